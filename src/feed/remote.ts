/**
 * Remote feeds, shared per URL.
 *
 * However many elements show one URL, and whenever they connect, there is one request and one
 * parsed, validated result per page: the first element to ask starts the load (its `timeout` and
 * `max-bytes` apply to it), the others join it, and a loaded feed stays for later elements.
 *
 * A load is a series of at most three attempts. Each attempt is one `fetch` with the browser's
 * default caching (so the partner's ETag and Cache-Control work as usual), aborted when it has not
 * finished — body included — within the timeout. Network errors, 5xx and timeouts are tried again
 * after about 1 s and 2 s (±25 %, so many pages do not retry in step); 4xx and bad content are
 * not. The failure is reported as soon as the first attempt fails, while the retries go on in the
 * background (a later success replaces the message); should the first attempt still be running
 * 10 s after the load began (a timeout set above 10 s), a `timeout` is reported then, so people
 * always learn within 10 s that something is wrong.
 *
 * When the last element lets go of a load under way (removed, or its `src` changed), the load is
 * aborted. Answers are only ever delivered to the elements following that URL, so a late answer
 * for an old `src` never reaches an element that moved on.
 *
 * Elements with `cache="local"` also see the last good copy of the feed kept in localStorage
 * (key `network-elements:feed:<absolute URL>`, value `{"savedAt": <ms>, "feed": {…}}`): it is
 * shown at once, as `stale`, while the feed is loaded again, and stays, with its age and the
 * failure, when that load fails. Every storage access is guarded: disabled storage, private
 * modes, a full quota or garbage under the key only mean there is no copy.
 */
import type { NetworkFeed } from '../generated/feed-types.js';
import { FeedError, isTransient } from './errors.js';
import { validateFeed, type Problem } from './validate.js';

/** How long one attempt may take, in milliseconds. */
export const DEFAULT_TIMEOUT = 8000;
/** The largest feed read, in bytes (2 MiB). */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Attempts after the first one, for transient failures. */
export const RETRIES = 2;
/** A failure is shown at most this long after a load began, whatever the timeout. */
export const MESSAGE_DEADLINE = 10_000;
/** The localStorage key of a URL's saved copy is this prefix and the absolute URL. */
export const STORAGE_PREFIX = 'network-elements:feed:';

export type RemoteState =
  | { status: 'loading' }
  | { status: 'ready'; feed: NetworkFeed; problems: Problem[] }
  /** `retrying`: the load goes on in the background and may still bring the feed. */
  | { status: 'error'; error: FeedError; problems: Problem[]; retrying: boolean }
  /** A saved copy (`cache="local"`), shown while the feed loads (no `error`) or after it failed. */
  | { status: 'stale'; feed: NetworkFeed; problems: Problem[]; savedAt: number; error?: FeedError; retrying: boolean };

type NetworkState = Exclude<RemoteState, { status: 'stale' }>;

export interface RemoteOptions {
  /** Milliseconds per attempt; default 8000. */
  timeout?: number;
  /** The largest feed read, in bytes; default 2 MiB. */
  maxBytes?: number;
  /** `local`: also show the copy saved in localStorage, and save good loads there. */
  cache?: 'local';
}

type Listener = (state: RemoteState) => void;

interface Saved {
  feed: NetworkFeed;
  problems: Problem[];
  savedAt: number;
}

interface Entry {
  url: string;
  state: NetworkState;
  /** Each listener, and whether it wants the saved copy. */
  listeners: Map<Listener, boolean>;
  timeout: number;
  maxBytes: number;
  /** Attempts made in the current series. */
  attempts: number;
  /** The attempt under way. */
  controller?: AbortController;
  backoff?: ReturnType<typeof setTimeout>;
  deadline?: ReturnType<typeof setTimeout>;
  /** The saved copy: undefined until read, null when there is none. */
  saved?: Saved | null;
  /** Whether good loads are saved (some listener asked for `cache="local"`). */
  persist: boolean;
  /** Whether this page saved the current feed already. */
  stored: boolean;
}

const entries = new Map<string, Entry>();

// Why an attempt was aborted. Aborts for a listener that left, or a new series, are silent.
const TIMED_OUT = new DOMException('timeout', 'TimeoutError');
const LEFT = new DOMException('unused', 'AbortError');

/** The absolute form of a feed address, resolved against the document: the key of its load. */
export function absoluteUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

/**
 * Follows the feed at `src`: `listener` hears the current state at once and every change after.
 * Returns the function that stops following.
 */
export function subscribe(src: string, listener: Listener, options: RemoteOptions = {}): () => void {
  const url = absoluteUrl(src);
  let entry = entries.get(url);
  if (!entry) {
    entry = {
      url,
      state: { status: 'loading' },
      listeners: new Map(),
      timeout: positive(options.timeout) ?? DEFAULT_TIMEOUT,
      maxBytes: positive(options.maxBytes) ?? DEFAULT_MAX_BYTES,
      attempts: 0,
      persist: false,
      stored: false,
    };
    entries.set(url, entry);
    begin(entry);
  }
  const local = options.cache === 'local';
  entry.listeners.set(listener, local);
  if (local) {
    entry.persist = true;
    if (entry.state.status === 'ready') save(entry, entry.state.feed);
  }
  listener(view(entry, local));
  const e = entry;
  return () => {
    if (!e.listeners.delete(listener) || e.listeners.size) return;
    // Let go a moment later: an element moved within the page disconnects and reconnects at
    // once, and should not cancel and restart its load.
    queueMicrotask(() => release(e));
  };
}

/** Loads `src` again after a failure (the Retry button), with a fresh series of attempts. */
export function retry(src: string) {
  const entry = entries.get(absoluteUrl(src));
  if (!entry || entry.state.status === 'ready') return;
  if (entry.state.status === 'loading' && entry.controller) return;
  stop(entry);
  set(entry, { status: 'loading' });
  begin(entry);
}

function positive(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** What one listener sees: the load's state, or the saved copy while there is no fresh feed. */
function view(entry: Entry, local: boolean): RemoteState {
  const s = entry.state;
  if (s.status === 'ready' || !local) return s;
  if (entry.saved === undefined) entry.saved = read(entry.url);
  const saved = entry.saved;
  if (!saved) return s;
  return {
    status: 'stale',
    ...saved,
    error: s.status === 'error' ? s.error : undefined,
    retrying: s.status === 'error' && s.retrying,
  };
}

function set(entry: Entry, state: NetworkState) {
  entry.state = state;
  for (const [listener, local] of entry.listeners) listener(view(entry, local));
}

function release(entry: Entry) {
  if (entry.listeners.size || entries.get(entry.url) !== entry) return;
  // A loaded feed stays: later elements on this page show it without a request.
  if (entry.state.status === 'ready') return;
  stop(entry);
  entries.delete(entry.url);
}

/** Ends the series under way: the attempt, the wait before the next one, the deadline. */
function stop(entry: Entry) {
  entry.controller?.abort(LEFT);
  entry.controller = undefined;
  clearTimeout(entry.backoff);
  clearTimeout(entry.deadline);
  entry.backoff = entry.deadline = undefined;
}

/** Starts a series of attempts. */
function begin(entry: Entry) {
  entry.attempts = 0;
  entry.deadline = setTimeout(() => {
    entry.deadline = undefined;
    if (entry.state.status === 'loading') set(entry, { status: 'error', error: new FeedError('timeout'), problems: [], retrying: true });
  }, MESSAGE_DEADLINE);
  void attempt(entry);
}

async function attempt(entry: Entry) {
  const controller = (entry.controller = new AbortController());
  entry.attempts++;
  const timer = setTimeout(() => controller.abort(TIMED_OUT), entry.timeout);
  let state: NetworkState;
  try {
    const { json, status } = await load(entry.url, controller.signal, entry.maxBytes);
    const { value, problems } = validateFeed(json);
    state = value
      ? { status: 'ready', feed: value, problems }
      : {
          status: 'error',
          error: new FeedError(problems.some((p) => p.code === 'unsupported-version') ? 'unsupported-version' : 'invalid', status),
          problems,
          retrying: false,
        };
  } catch (e) {
    const error = e instanceof FeedError ? e : new FeedError(controller.signal.reason === TIMED_OUT ? 'timeout' : 'network');
    state = { status: 'error', error, problems: [], retrying: false };
  } finally {
    clearTimeout(timer);
  }
  // Aborted because no element needs it any more, or superseded by a new series.
  if (entry.controller !== controller) return;
  entry.controller = undefined;
  clearTimeout(entry.deadline);
  entry.deadline = undefined;

  if (state.status === 'error' && isTransient(state.error.kind) && entry.attempts <= RETRIES) {
    state.retrying = true;
    const delay = 1000 * 2 ** (entry.attempts - 1) * (0.75 + Math.random() * 0.5);
    entry.backoff = setTimeout(() => {
      entry.backoff = undefined;
      void attempt(entry);
    }, delay);
  }
  const previous = entry.state;
  // The same failure again keeps its error object, so elements do not report it twice.
  if (
    state.status === 'error' &&
    previous.status === 'error' &&
    previous.error.kind === state.error.kind &&
    previous.error.status === state.error.status
  ) {
    state.error = previous.error;
  }
  if (state.status === 'ready') {
    entry.stored = false;
    entry.saved = null;
    if (entry.persist) save(entry, state.feed);
  }
  set(entry, state);
}

/** One request: the parsed JSON, or a FeedError; aborts reject with the signal's reason. */
async function load(url: string, signal: AbortSignal, maxBytes: number): Promise<{ json: unknown; status: number }> {
  const response = await fetch(url, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
  const status = response.status;
  if (!response.ok) {
    discard(response);
    throw new FeedError(status === 404 || status === 410 ? 'not-found' : status >= 500 ? 'server' : 'client', status);
  }
  // Refused before reading when the size is declared; counted while reading when it is not (or
  // when it is the compressed size).
  if (Number(response.headers.get('content-length')) > maxBytes) {
    discard(response);
    throw new FeedError('too-large', status);
  }
  const text = await readText(response, maxBytes);
  try {
    return { json: JSON.parse(text), status };
  } catch {
    throw new FeedError('not-json', status);
  }
}

async function readText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => {});
      throw new FeedError('too-large', response.status);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Closes a response whose body is not wanted, so the connection is not held open. */
function discard(response: Response) {
  response.body?.cancel().catch(() => {});
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The saved copy of a feed, checked like a fetched one; garbage is removed. */
function read(url: string): Saved | null {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(STORAGE_PREFIX + url);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const data: unknown = JSON.parse(raw);
    const savedAt = (data as { savedAt?: unknown } | null)?.savedAt;
    if (typeof savedAt === 'number' && Number.isFinite(savedAt)) {
      const { value, problems } = validateFeed((data as { feed?: unknown }).feed);
      if (value) return { feed: value, problems, savedAt };
    }
  } catch {
    // Not JSON: removed below.
  }
  try {
    storage()?.removeItem(STORAGE_PREFIX + url);
  } catch {
    // Nothing more to do.
  }
  return null;
}

function save(entry: Entry, feed: NetworkFeed) {
  if (entry.stored) return;
  entry.stored = true;
  try {
    storage()?.setItem(STORAGE_PREFIX + entry.url, JSON.stringify({ savedAt: Date.now(), feed }));
  } catch {
    // Quota, private mode or disabled storage: the page shows the feed all the same.
  }
}
