/**
 * What an element shows of its feed: loading, the feed, a failure, or a saved copy
 * (`cache="local"`). Types only; the remote loader (remote.ts) makes these states, the check of
 * property data (check.ts) too, and messages.ts words their failures.
 */
import type { NetworkFeed } from '../generated/feed-types.js';
import type { Failure } from './errors.js';
import type { Problem } from './validate.js';

export type RemoteState =
  | { status: 'loading' }
  | { status: 'ready'; feed: NetworkFeed; problems: Problem[] }
  /**
   * `retrying`: the load goes on in the background and may still bring the feed. `source`: the
   * page that JSON which is not a usable feed names as its source (a safe web address), if any.
   */
  | { status: 'error'; error: Failure; problems: Problem[]; retrying: boolean; source?: string }
  /** A saved copy (`cache="local"`), shown while the feed loads (no `error`) or after it failed. */
  | { status: 'stale'; feed: NetworkFeed; problems: Problem[]; savedAt: number; error?: Failure; retrying: boolean };
