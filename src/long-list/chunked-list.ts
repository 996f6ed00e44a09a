import type { noChange, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Network } from '../generated/feed-types.js';

import { CHUNK, FIRST_BATCH } from './batches.js';

// How these numbers were chosen: bench/ measures them, and the README's performance section says why.
/** The time a later batch should take: its size follows the cost measured per network. */
const BATCH_MS = 30;
/** The largest batch: beyond it, the style and layout a batch causes make tasks too long. */
const MAX_BATCH = 300;
/** A chunk on screen that only needs new text (language, heading level) costs about a tenth of a new one. */
const REWRITE_DISCOUNT = 10;

/**
 * What one chunk on screen shows: a run of a group's networks from `start`, and `look`, whatever
 * else the cards' text depends on (language and heading level).
 */
type ShownChunk = [networks: Network[], start: number, look: string];

type Host = ReactiveControllerHost & HTMLElement & { hasUpdated: boolean };

/**
 * Renders a long list's cards in chunks, and the chunks in batches (the long-list part), so that
 * the first screenful shows at once and no task grows with the feed. The first update renders
 * FIRST_BATCH networks, as the list did before the part came (firstChunks); the
 * rest follow in batches sized to take BATCH_MS: batches of new cards one per frame, batches that
 * only rewrite cards on screen (a language or heading-level change) as tasks. A chunk on screen
 * as it should be is passed to Lit as `noChange`; until its turn, a chunk to rewrite keeps its
 * older text. New chunks only add to the end, so nothing on screen moves.
 */
export class ChunkedList implements ReactiveController {
  readonly #host: Host;
  /** The host's Lit's `noChange` (a part has no Lit of its own). */
  readonly #noChange: typeof noChange;
  /** The chunks the current render shows, by group; and those the render before showed. */
  #shown: ShownChunk[][] = [];
  #onScreen: ShownChunk[][] = [];
  /** Networks the next update may render, and the size of the batch after it. */
  #budget = FIRST_BATCH;
  #batchSize = FIRST_BATCH;
  /** When the current batch's update began (0 outside one), and how many networks it rendered. */
  #batchStart = 0;
  #renderedCount = 0;
  /** Chunks wait for a later batch. */
  #pending = false;
  /** The last render added cards (not only new text for cards on screen). */
  #addedCards = false;
  #nextBatch?: Promise<void>;

  constructor(host: Host, unchanged: typeof noChange) {
    (this.#host = host).addController(this);
    this.#noChange = unchanged;
  }

  /** Chunks pause while the list is out of the document, and go on when it is back. */
  hostConnected() {
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  /**
   * Each update starts afresh: a chunk is left alone only where the last render put it. After a
   * render without the list (loading, a failure), whose parts Lit has discarded, every chunk is
   * rendered anew.
   */
  hostUpdate() {
    this.#onScreen = this.#shown;
    this.#shown = [];
  }

  /**
   * The cards of each group, as chunks (arrays of cards, or `noChange`), as far as this update's
   * budget goes: groups the budget does not reach are left out. `look` names what else the cards
   * depend on.
   */
  render(groups: Network[][], look: string, card: (n: Network) => unknown): unknown[][] {
    let budget = this.#budget;
    let stopped = false;
    this.#renderedCount = budget;
    this.#budget = FIRST_BATCH;
    const out: unknown[][] = [];
    for (const networks of groups) {
      const before = this.#onScreen[this.#shown.length] ?? [];
      const shown: ShownChunk[] = [];
      const chunks: unknown[] = [];
      this.#shown.push(shown);
      for (let start = 0; start < networks.length && !stopped; start += CHUNK) {
        const prev = before[shown.length];
        const same = prev?.[0] === networks && prev[1] === start;
        if (same && prev[2] === look) {
          shown.push(prev);
          chunks.push(this.#noChange);
        } else if (budget > 0) {
          budget -= Math.min(CHUNK, networks.length - start) / (same ? REWRITE_DISCOUNT : 1);
          this.#addedCards ||= !same;
          shown.push([networks, start, look]);
          chunks.push(networks.slice(start, start + CHUNK).map(card));
        } else if (same) {
          // Its older text, until a later batch.
          this.#pending = true;
          shown.push(prev);
          chunks.push(this.#noChange);
        } else {
          stopped = this.#pending = true;
          break;
        }
      }
      if (stopped && !chunks.length) break;
      out.push(chunks);
    }
    this.#renderedCount -= budget;
    return out;
  }

  /**
   * Schedules the next batch: right after the next frame is painted after a run's first batch
   * (so that no batch holds back the frame that shows it) and after a batch of new cards (so that
   * each frame lays out one batch's); as a task after a batch that only rewrote cards.
   */
  hostUpdated() {
    const afterFrame = !this.#batchStart || this.#addedCards;
    this.#addedCards = false;
    if (this.#batchStart) {
      const cost = performance.now() - this.#batchStart;
      if (this.#renderedCount)
        this.#batchSize = Math.max(
          CHUNK,
          Math.min(2 * this.#batchSize, MAX_BATCH, Math.round((this.#renderedCount * BATCH_MS) / cost)),
        );
      this.#batchStart = 0;
    } else this.#batchSize = FIRST_BATCH; // A new run of batches (new data, language, level) starts small.
    if (this.#pending)
      this.#nextBatch ??= new Promise((resolve) =>
        (afterFrame ? (f: () => void) => requestAnimationFrame(() => setTimeout(f)) : setTimeout)(() => {
          this.#nextBatch = undefined;
          this.#budget = this.#batchSize;
          if (this.#host.isConnected) {
            this.#batchStart = performance.now();
            this.#host.requestUpdate();
          }
          resolve();
        }),
      );
    this.#pending = false;
  }

  /** Resolves when the last batch has rendered (or the list has left the document). */
  async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let done = await updateComplete();
    while (this.#nextBatch && this.#host.isConnected) {
      await this.#nextBatch;
      done = await updateComplete();
    }
    return done;
  }
}
