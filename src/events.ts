import type { FeedErrorKind } from './feed/errors.js';

/**
 * Fired when a remote feed (`src`) has loaded and passed validation. Bubbles and is composed.
 */
export class FeedLoadEvent extends Event {
  static readonly type = 'feed-load';
  constructor(
    /** The feed's URL. */
    readonly url: string,
    /** How many networks the feed has. */
    readonly networks: number,
  ) {
    super(FeedLoadEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired when a feed cannot be shown: a remote feed failed to load, or feed data is invalid.
 * Bubbles and is composed.
 */
export class FeedErrorEvent extends Event {
  static readonly type = 'feed-error';
  constructor(
    /** The feed's URL; undefined for data given as a property. */
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
