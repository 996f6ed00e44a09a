import type { Network } from '../generated/feed-types.js';
import { invalidFeed } from './errors.js';
import type { RemoteState } from './remote.js';
import { validateFeed, validateNetwork, type ValidationResult } from './validate.js';

// Data given as a property (a `feed`, a card's `network` object) is checked once per object, as
// a fetched feed is once per load: the elements render it again and again (languages, chunks).
const feeds = new WeakMap<object, RemoteState>();
const networks = new WeakMap<object, ValidationResult<Network>>();

function once<T>(memo: WeakMap<object, T>, data: unknown, check: () => T): T {
  // A WeakMap refuses numbers and other primitives (set by scripts): those are checked each time.
  if (data === null || typeof data !== 'object') return check();
  let result = memo.get(data);
  if (!result) memo.set(data, (result = check()));
  return result;
}

/** What an element shows for feed data given as a property: the checked feed, or why it cannot. */
export const checkFeed = (data: unknown): RemoteState =>
  once(feeds, data, () => {
    const { value, problems } = validateFeed(data);
    return value
      ? { status: 'ready', feed: value, problems }
      : { status: 'error', error: invalidFeed(problems), problems, retrying: false };
  });

/** A network object given to a `<network-card>`, checked. */
export const checkNetwork = (data: unknown): ValidationResult<Network> =>
  once(networks, data, () => validateNetwork(data));
