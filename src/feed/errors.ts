/** Why a remote feed could not be shown. */
export type FeedErrorKind =
  | 'not-found'
  | 'client'
  | 'server'
  | 'timeout'
  | 'network'
  | 'too-large'
  | 'not-json'
  | 'invalid'
  | 'unsupported-version';

/** A failed feed load: its kind, and the HTTP status where there was one. */
export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    readonly status?: number,
  ) {
    super(`network-elements: feed ${kind}${status ? ` (HTTP ${status})` : ''}`);
    this.name = 'FeedError';
  }
}
