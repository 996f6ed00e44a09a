import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NetworkFeed } from '../generated/feed-types.js';
import { bundledFeed } from '../feed/bundled.js';
import { MESSAGE_DEADLINE, type Failure, type FeedErrorKind } from '../feed/errors.js';
import type { RemoteState } from '../feed/remote.js';
import { absoluteUrl } from '../feed/safe-url.js';
import { requestEarly, takeEarly, type EarlyRequest } from '../feed/request.js';
import { FeedErrorEvent, FeedLoadEvent } from '../events.js';
import { failed, loaded, type Parts } from '../loading/registry.js';
import type { PartLoader } from './part-loader.js';

/** What an element without `src` or `feed` shows: the bundled feed. */
const BUNDLED: RemoteState = { status: 'ready', feed: bundledFeed, problems: [] };

/** A load that failed before any feed was read: of the feed, or of a part it needs. */
const failedLoad = (kind: FeedErrorKind, retrying = false): RemoteState => ({
  status: 'error',
  error: { kind },
  problems: [],
  retrying,
});

/** What data to check shows when the validator could not be loaded (one state, so one `feed-error`). */
const NO_VALIDATOR = failedLoad('part');

/** The failure a state shows, if any: an error's, or a saved copy's that could not be refreshed. */
export const failure = (s: RemoteState) => (s as { error?: Failure }).error;

/** The feed a state shows, if any: a loaded one, or a saved copy. */
export const shown = (s: RemoteState) => (s as { feed?: NetworkFeed }).feed;

/**
 * The `feed` property's `hasChanged`: data equal to the shown data (the same object, or one with
 * the same content: a framework passing a new but equal object on every render) changes nothing,
 * so it is not validated, rendered or reported again. Data that is no JSON (a cycle): by identity.
 */
export const feedChanged = (data: unknown, old: unknown) => {
  try {
    return JSON.stringify(data) !== JSON.stringify(old);
  } catch {
    return data !== old;
  }
};

/** What a feed element tells its source. */
export interface FeedHost extends ReactiveControllerHost, EventTarget {
  src?: string;
  feed?: unknown;
  cache?: 'local';
  timeout?: number;
  maxBytes?: number;
  readonly isConnected: boolean;
}

/**
 * Where an element's feed comes from, and its state: a `feed` property (checked by the validator
 * part), a remote `src` (src/feed/remote.ts, in the remote part), or the bundled feed. Reports a
 * newly loaded feed (`feed-load`) and each new failure (`feed-error`) once.
 */
export class FeedSource implements ReactiveController {
  /** What is shown. */
  state: RemoteState = BUNDLED;
  /** Retry was pressed and the new load has not ended: the button stays (and keeps focus). */
  reloading = false;

  readonly #host: FeedHost;
  readonly #parts: PartLoader;
  #unsubscribe?: () => void;
  /** The `src` and `cache` followed now. */
  #following?: [src: string, cache: 'local' | undefined];

  constructor(host: FeedHost, parts: PartLoader) {
    (this.#host = host).addController(this);
    this.#parts = parts;
  }

  hostConnected() {
    this.follow();
  }

  hostDisconnected() {
    this.#unfollow();
  }

  /**
   * Picks the source and follows it. A `feed` property is shown even before the element is
   * connected (server-side rendering never connects it); a remote feed only while connected.
   */
  follow() {
    const host = this.#host;
    const validator = loaded('validate');
    if (host.feed !== undefined) {
      this.#unfollow();
      // Until the validator is here (the element loads it and holds its update), the data waits.
      this.#set(validator ? validator.checkFeed(host.feed) : failed('validate') ? NO_VALIDATOR : { status: 'loading' });
    } else if (!host.isConnected) {
      // Loads wait for the element to be connected.
    } else if (host.src) {
      const src = host.src;
      const cache = host.cache === 'local' ? 'local' : undefined;
      if (this.#following?.[0] === src && this.#following[1] === cache) return;
      this.#unfollow();
      this.#following = [src, cache];
      const url = absoluteUrl(src);
      const remote = loaded('remote');
      if (remote) this.#subscribe(remote, src, url, cache);
      else this.#loadRemote(src, url, cache);
    } else {
      this.#unfollow();
      this.#set(BUNDLED);
    }
  }

  /** Loads `src` again after a failure (the Retry button). */
  retry() {
    const src = this.#host.src;
    if (!src || this.reloading) return;
    this.reloading = true;
    this.#host.requestUpdate();
    // Following (or the loader on its way): the load is tried again. The loader failed to load:
    // it is loaded again.
    if (this.#unsubscribe) loaded('remote')?.retry(src);
    else {
      this.#following = undefined;
      this.follow();
    }
  }

  /** Each subscription hears only its own `src`; the check is a second guard against an older one's answer. */
  #subscribe(remote: Parts['remote'], src: string, url: string, cache?: 'local', first?: EarlyRequest) {
    const { timeout, maxBytes } = this.#host;
    this.#unsubscribe = remote.subscribe(src, (s) => this.#following?.[0] === src && this.#set(s, url), {
      timeout,
      maxBytes,
      cache,
      first,
    });
  }

  /**
   * The loader comes first, and the feed's request beside it (src/feed/request.ts). While the
   * loader loads, `waiting` stands in for the subscription: once the element has moved on (src
   * changed, removed), it no longer is, and the loader is not used for this `src`; the request
   * is aborted after the elements still waiting have taken it. A loader that fails to load, or
   * is still missing after the 10 s in which remote.ts promises a message, shows as a failed load
   * of the feed (Retry loads it again). With `cache="local"` updates wait for the loader
   * (briefly), so that a saved copy shows at once.
   */
  #loadRemote(src: string, url: string, cache?: 'local') {
    const waiting = (this.#unsubscribe = () => {});
    requestEarly(url);
    this.#set({ status: 'loading' }, url);
    this.#parts.load('remote', {
      hold: !!cache,
      use: (remote) =>
        this.#unsubscribe === waiting
          ? this.#subscribe(remote, src, url, cache, takeEarly(url))
          : // Once the elements still waiting (their `use` runs in this same task) had their turn.
            setTimeout(() => takeEarly(url)?.abort()),
      failed: () => {
        takeEarly(url)?.abort();
        if (this.#unsubscribe !== waiting) return;
        this.#unsubscribe = undefined;
        this.#set(failedLoad('part'), url);
      },
    });
    setTimeout(() => this.#unsubscribe === waiting && this.#set(failedLoad('timeout', true), url), MESSAGE_DEADLINE);
  }

  #unfollow() {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#following = undefined;
  }

  #set(s: RemoteState, url?: string) {
    const previous = this.state;
    const host = this.#host;
    this.state = s;
    host.requestUpdate();
    const error = failure(s);
    if (s.status === 'ready' || error) this.reloading = false;
    if (s.status === 'ready' && url && !(previous.status === 'ready' && previous.feed === s.feed)) {
      host.dispatchEvent(new FeedLoadEvent(url, s.feed.networks.length));
    }
    if (error && error !== failure(previous)) host.dispatchEvent(new FeedErrorEvent(url, error.kind, error.status));
  }
}
