// The failures the remote loader and the validator make: parts' code. The elements only show
// them (src/feed/errors.ts has the kinds).
import type { Failure, FeedErrorKind } from './errors.js';

/** A failed feed load, thrown and caught by the loader (src/feed/remote.ts). */
export class FeedError extends Error implements Failure {
  constructor(
    readonly kind: FeedErrorKind,
    readonly status?: number,
  ) {
    super(`network-elements: feed ${kind}${status ? ` (HTTP ${status})` : ''}`);
    this.name = 'FeedError';
  }
}

/** The failure of JSON that is not a usable feed: of a newer major version, or invalid. */
export function invalidFeed(problems: { code: string }[], status?: number): FeedError {
  return new FeedError(
    problems.some((p) => p.code === 'unsupported-version') ? 'unsupported-version' : 'invalid',
    status,
  );
}

/** Failures that may pass by themselves, so a load is tried again: no answer, a 5xx, a timeout. */
export function isTransient(kind: FeedErrorKind): boolean {
  return kind === 'network' || kind === 'server' || kind === 'timeout';
}
