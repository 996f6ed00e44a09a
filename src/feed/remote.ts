/**
 * Remote feeds, shared per URL: however many elements show one URL, and whenever they connect,
 * there is one request and one parsed, validated result. When the last element lets go of a
 * request still under way, it is aborted.
 */
import type { NetworkFeed } from '../generated/feed-types.js';
import { FeedError } from './errors.js';
import { validateFeed, type Problem } from './validate.js';

export type RemoteState =
  | { status: 'loading' }
  | { status: 'ready'; feed: NetworkFeed; problems: Problem[] }
  | { status: 'error'; error: FeedError; problems: Problem[] };

type Listener = (state: RemoteState) => void;

interface Entry {
  state: RemoteState;
  listeners: Set<Listener>;
  abort?: AbortController;
}

const entries = new Map<string, Entry>();

/**
 * Follows the feed at `url`: `listener` hears the current state at once and every change after.
 * Returns the function that stops following.
 */
export function subscribe(url: string, listener: Listener): () => void {
  let entry = entries.get(url);
  if (!entry) {
    entry = { state: { status: 'loading' }, listeners: new Set() };
    entries.set(url, entry);
    start(url, entry);
  }
  entry.listeners.add(listener);
  listener(entry.state);
  const e = entry;
  return () => {
    e.listeners.delete(listener);
    if (e.listeners.size === 0 && e.state.status === 'loading') {
      e.abort?.abort();
      entries.delete(url);
    }
  };
}

/** Loads `url` again after a failure (the Retry button). */
export function retry(url: string) {
  const entry = entries.get(url);
  if (!entry || entry.state.status === 'loading') return;
  set(entry, { status: 'loading' });
  start(url, entry);
}

function set(entry: Entry, state: RemoteState) {
  entry.state = state;
  entry.listeners.forEach((l) => l(state));
}

async function start(url: string, entry: Entry) {
  const abort = (entry.abort = new AbortController());
  try {
    const response = await fetch(url, { signal: abort.signal, credentials: 'omit' });
    if (!response.ok) {
      const s = response.status;
      throw new FeedError(s === 404 || s === 410 ? 'not-found' : s >= 500 ? 'server' : 'client', s);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new FeedError('not-json', response.status);
    }
    const { value, problems } = validateFeed(json);
    if (!value) {
      const unsupported = problems.some((p) => p.code === 'unsupported-version');
      set(entry, { status: 'error', error: new FeedError(unsupported ? 'unsupported-version' : 'invalid'), problems });
    } else {
      set(entry, { status: 'ready', feed: value, problems });
    }
  } catch (e) {
    if (abort.signal.aborted) return;
    set(entry, { status: 'error', error: e instanceof FeedError ? e : new FeedError('network'), problems: [] });
  }
}
