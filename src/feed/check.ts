import type { Network } from '../generated/feed-types.js';
import { invalidFeed } from './feed-error.js';
import type { RemoteState } from './state.js';
import { validateFeed, validateNetwork, type ValidationResult } from './validate.js';
import { namedSource, reportFailure } from './report.js';

// Data given as a property (a `feed`, a card's `network` object) is checked once per object, as
// a fetched feed is once per load: the elements render it again and again (languages, chunks).
// A WeakMap refuses numbers and other primitives (set by scripts): the last one is kept aside.
interface Memo<T> {
  objects: WeakMap<object, T>;
  last?: [unknown, T];
}
const feeds: Memo<RemoteState> = { objects: new WeakMap() };
const networks: Memo<ValidationResult<Network>> = { objects: new WeakMap() };

function once<T>(memo: Memo<T>, data: unknown, check: () => T): T {
  if (data === null || typeof data !== 'object') {
    if (!memo.last || !Object.is(memo.last[0], data)) memo.last = [data, check()];
    return memo.last[1];
  }
  let result = memo.objects.get(data);
  if (!result) memo.objects.set(data, (result = check()));
  return result;
}

/** What an element shows for feed data given as a property: the checked feed, or why it cannot. */
export const checkFeed = (data: unknown): RemoteState =>
  once(feeds, data, () => {
    const { value, problems } = validateFeed(data);
    if (value) return { status: 'ready', feed: value, problems };
    const error = invalidFeed(problems);
    reportFailure(undefined, error, problems);
    return { status: 'error', error, problems, retrying: false, source: namedSource(data) };
  });

/** A network object given to a `<network-card>`, checked. */
export const checkNetwork = (data: unknown): ValidationResult<Network> =>
  once(networks, data, () => validateNetwork(data));
