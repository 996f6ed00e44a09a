import type { FeedErrorKind } from './feed/errors.js';

/**
 * Fired when a remote feed (`src`) has loaded and passed validation, by each element showing it
 * (also by elements that connect later and show the already loaded feed). A copy saved with
 * `cache="local"` does not fire it; the fresh feed replacing it does. Bubbles and is composed.
 */
export class FeedLoadEvent extends Event {
  static readonly type = 'feed-load';
  constructor(
    /** The feed's absolute URL. */
    readonly url: string,
    /** How many networks the feed has. */
    readonly networks: number,
  ) {
    super(FeedLoadEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired when a feed cannot be shown: a remote feed failed to load (also when a saved copy is shown
 * instead), or feed data given as a property is invalid. Fired once per failure an element shows,
 * not once per attempt: after a failure that may pass (`network`, `server`, `timeout`) the
 * remaining retries go on in the background, and a `feed-load` follows if one succeeds. Bubbles
 * and is composed.
 */
export class FeedErrorEvent extends Event {
  static readonly type = 'feed-error';
  constructor(
    /** The feed's absolute URL; undefined for data given as a property. */
    readonly url: string | undefined,
    /** What went wrong. */
    readonly kind: FeedErrorKind,
    /** The HTTP status, where there was a response. */
    readonly status?: number,
  ) {
    super(FeedErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'feed-load': FeedLoadEvent;
    'feed-error': FeedErrorEvent;
  }
}
