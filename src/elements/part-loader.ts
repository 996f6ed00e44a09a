import type { ReactiveControllerHost } from 'lit';
import { load, type PartName, type Parts } from '../loading/registry.js';

/** The longest an update is held for a part: then it renders, "Loading…" or unfiltered. */
const HOLD_MS = 1000;

export interface LoadOptions<K extends PartName> {
  /** Called with the part once it is here, before the element renders again. */
  use?: (part: Parts[K]) => unknown;
  /** Called when it cannot be loaded; the element renders again too. */
  failed?: () => unknown;
  /** Updates wait for the part (HOLD_MS at most), so that the next render has it. */
  hold?: boolean;
  /** The request starts once the page has been painted (for what no reader waits for). */
  afterPaint?: boolean;
}

/**
 * Loads parts (src/parts/) for one element: renders again when a part arrives, lets
 * `updateComplete` wait for it, and holds updates for it where asked.
 */
export class PartLoader {
  readonly #host: ReactiveControllerHost;
  /** The last part loaded for this element; never rejects. */
  loading?: Promise<unknown>;
  /** While a part that updates wait for is on its way. */
  holding?: Promise<unknown>;
  /** The parts asked for by `loadOnce`. */
  readonly #asked = new Set<PartName>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  load<K extends PartName>(name: K, { use, failed, hold, afterPaint }: LoadOptions<K> = {}) {
    const painted = afterPaint && new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const p = (this.loading = Promise.resolve(painted)
      .then(() => load(name))
      .then(
        (part) => use?.(part),
        () => failed?.(),
      )
      .then(() => this.#host.requestUpdate()));
    if (hold) this.#hold(p);
  }

  /** Like `load`, once per element: later calls are ignored. */
  loadOnce<K extends PartName>(name: K, options?: LoadOptions<K>) {
    if (this.#asked.has(name)) return;
    this.#asked.add(name);
    this.load(name, options);
  }

  /** Holds updates until `p` settles, HOLD_MS at most; with a hold already under way, for both. */
  #hold(p: Promise<unknown>) {
    const h: Promise<unknown> = Promise.race([
      Promise.allSettled([this.holding, p]),
      new Promise((r) => setTimeout(r, HOLD_MS)),
    ]).then(() => {
      if (this.holding === h) this.holding = undefined;
    });
    this.holding = h;
  }
}
