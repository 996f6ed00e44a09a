/**
 * Remote feeds, shared per URL.
 *
 * However many elements show one URL, and whenever they connect, there is one request and one
 * parsed, validated result per page: the first element to ask starts the load, the others join
 * it. Where they ask for different `timeout`s or `max-bytes`, the most generous applies to all,
 * whatever the order they came in (a load that failed on a lower limit starts again). A loaded
 * feed stays for later elements while elements show it, and the KEPT feeds let go last stay
 * after that; older ones are released.
 *
 * A load is a series of at most three attempts. Each attempt is one `fetch` with the browser's
 * default caching (so the partner's ETag and Cache-Control work as usual), aborted when it has not
 * finished — body included — within the timeout; the first may be the request the elements made
 * while this module loaded (src/feed/request.ts). Network errors, 5xx and timeouts are tried again
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
 * modes, a full quota or garbage under the key only mean there is no copy. A copy dated in the
 * future (beyond 5 minutes of clock skew) or older than MAX_AGE is removed unshown. All copies
 * together stay within STORAGE_BUDGET (see `save`).
 */
import type { NetworkFeed } from '../generated/feed-types.js';
import { MESSAGE_DEADLINE } from './errors.js';
import { FeedError, invalidFeed, isTransient } from './feed-error.js';
import { validateFeed, type Problem } from './validate.js';
import { absoluteUrl } from './safe-url.js';
import type { RemoteState } from './state.js';
import { namedSource, reportFailure } from './report.js';
import { requestFeed, type EarlyRequest } from './request.js';

/** How long one attempt may take, in milliseconds. */
export const DEFAULT_TIMEOUT = 8000;
/** The largest feed read, in bytes (2 MiB). */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/**
 * The longest `timeout` used: the largest delay `setTimeout` takes (2^31 − 1 ms, about 24.8
 * days); a larger one would wrap and fire at once.
 */
export const MAX_TIMEOUT = 2 ** 31 - 1;
/** The largest `max-bytes` used (1 GiB). */
export const MAX_BYTES = 2 ** 30;
/** Attempts after the first one, for transient failures. */
export const RETRIES = 2;
export { MESSAGE_DEADLINE } from './errors.js';
/** The localStorage key of a URL's saved copy is this prefix and the absolute URL. */
export const STORAGE_PREFIX = 'network-elements:feed:';
/**
 * All saved copies together take at most this many characters of localStorage, keys included
 * (1 Mi, a fifth of the usual 5 Mi quota): the least recently saved go first.
 */
export const STORAGE_BUDGET = 1024 * 1024;
/** A saved copy older than this (30 days) is removed, and so is one dated more than SKEW ahead. */
export const MAX_AGE = 30 * 24 * 60 * 60 * 1000;
const SKEW = 5 * 60 * 1000;

// The states, in a module of their own: the wording of failures (messages.ts) reads them, and
// the loader reports its failures with that wording (report.ts).
export type { RemoteState } from './state.js';

type NetworkState = Exclude<RemoteState, { status: 'stale' }>;

export interface RemoteOptions {
  /** Milliseconds per attempt; default 8000. */
  timeout?: number;
  /** The largest feed read, in bytes; default 2 MiB. */
  maxBytes?: number;
  /** `local`: also show the copy saved in localStorage, and save good loads there. */
  cache?: 'local';
  /** The request the elements made while this module loaded (src/feed/request.ts): the first attempt's. */
  first?: EarlyRequest;
}

type Listener = (state: RemoteState) => void;

interface Saved {
  feed: NetworkFeed;
  problems: Problem[];
  savedAt: number;
}

// Why an attempt was aborted. Aborts for a listener that left, or a new series, are silent.
const TIMED_OUT = new DOMException('timeout', 'TimeoutError');
const LEFT = new DOMException('unused', 'AbortError');

/** The load of one feed URL, shared by every element that follows it. */
class Load {
  state: NetworkState = { status: 'loading' };
  /** Each listener, and whether it wants the saved copy. */
  readonly listeners = new Map<Listener, boolean>();
  readonly #url: string;
  #timeout = 0;
  #maxBytes = 0;
  /** When the attempt under way began, and its timer. */
  #started = 0;
  #timer?: ReturnType<typeof setTimeout>;
  /** Attempts made in the current series. */
  #attempts = 0;
  /** The attempt under way. */
  #controller?: AbortController;
  #backoff?: ReturnType<typeof setTimeout>;
  #deadline?: ReturnType<typeof setTimeout>;
  /** The saved copy: undefined until read, null when there is none. */
  #saved?: Saved | null;
  /** Whether good loads are saved (some listener asked for `cache="local"`). */
  #persist = false;
  /** Whether this page saved the current feed already. */
  #stored = false;
  /** The request made before the load began, for its first attempt. */
  #first?: EarlyRequest;

  constructor(url: string, options: RemoteOptions) {
    this.#url = url;
    this.#first = options.first;
    this.raise(options);
    this.begin();
  }

  get busy() {
    return !!this.#controller;
  }

  add(listener: Listener, local: boolean) {
    this.listeners.set(listener, local);
    if (local) {
      this.#persist = true;
      if (this.state.status === 'ready') this.#save(this.state.feed);
    }
    listener(this.#view(local));
  }

  /**
   * Raises the limits to the most generous of the elements following this load, whichever came
   * first: the attempt under way gets the longer time and reads on to the larger size, and a
   * load that failed on a lower limit starts again.
   */
  raise(options: RemoteOptions) {
    const timeout = Math.min(positive(options.timeout) ?? DEFAULT_TIMEOUT, MAX_TIMEOUT);
    const maxBytes = Math.min(positive(options.maxBytes) ?? DEFAULT_MAX_BYTES, MAX_BYTES);
    const s = this.state;
    const kind = s.status === 'error' && s.error.kind;
    const again =
      (kind === 'timeout' && timeout > this.#timeout) || (kind === 'too-large' && maxBytes > this.#maxBytes);
    if (timeout > this.#timeout && this.#controller) {
      const c = this.#controller;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => c.abort(TIMED_OUT), this.#started + timeout - Date.now());
    }
    this.#timeout = Math.max(this.#timeout, timeout);
    this.#maxBytes = Math.max(this.#maxBytes, maxBytes);
    if (again && !this.#controller) {
      this.stop();
      this.set({ status: 'loading' });
      this.begin();
    }
  }

  /** Ends the series under way: the attempt, the wait before the next one, the deadline. */
  stop() {
    this.#controller?.abort(LEFT);
    this.#controller = undefined;
    clearTimeout(this.#backoff);
    clearTimeout(this.#deadline);
  }

  /** Starts a series of attempts. */
  begin() {
    this.#attempts = 0;
    this.#deadline = setTimeout(() => {
      if (this.state.status === 'loading')
        this.set({ status: 'error', error: new FeedError('timeout'), problems: [], retrying: true });
    }, MESSAGE_DEADLINE);
    void this.#attempt();
  }

  set(state: NetworkState) {
    const previous = this.state;
    this.state = state;
    // A new failure is told in the console; the same one again (a retry's) keeps its error object.
    if (state.status === 'error' && !(previous.status === 'error' && previous.error === state.error))
      reportFailure(this.#url, state.error, state.problems);
    for (const [listener, local] of this.listeners) listener(this.#view(local));
  }

  /** What one listener sees: the load's state, or the saved copy while there is no fresh feed. */
  #view(local: boolean): RemoteState {
    const s = this.state;
    if (s.status === 'ready' || !local) return s;
    if (this.#saved === undefined) this.#saved = read(this.#url);
    const saved = this.#saved;
    if (!saved) return s;
    return {
      status: 'stale',
      ...saved,
      error: s.status === 'error' ? s.error : undefined,
      retrying: s.status === 'error' && s.retrying,
    };
  }

  async #attempt() {
    // The first attempt may be a request made before the load began: its time counts from here.
    const first = this.#first;
    this.#first = undefined;
    const controller = (this.#controller = first ?? new AbortController());
    this.#attempts++;
    this.#started = Date.now();
    this.#timer = setTimeout(() => controller.abort(TIMED_OUT), this.#timeout);
    let state: NetworkState;
    try {
      const { json, status } = await load(this.#url, controller.signal, () => this.#maxBytes, first?.response);
      const { value, problems } = validateFeed(json);
      state = value
        ? { status: 'ready', feed: value, problems }
        : {
            status: 'error',
            error: invalidFeed(problems, status),
            problems,
            retrying: false,
            source: namedSource(json),
          };
    } catch (e) {
      const error =
        e instanceof FeedError ? e : new FeedError(controller.signal.reason === TIMED_OUT ? 'timeout' : 'network');
      state = { status: 'error', error, problems: [], retrying: false };
    }
    clearTimeout(this.#timer);
    // The request is over: a body left unread (a refused size, a wrong type) must not hold the
    // connection. Cancelling the body alone leaves it open in Firefox; an abort closes it. (After
    // a complete answer, this does nothing.)
    controller.abort();
    // Aborted because no element needs it any more, or superseded by a new series.
    if (this.#controller !== controller) return;
    this.#controller = undefined;
    clearTimeout(this.#deadline);

    if (state.status === 'error' && isTransient(state.error.kind) && this.#attempts <= RETRIES) {
      state.retrying = true;
      const delay = 1000 * 2 ** (this.#attempts - 1) * (0.75 + Math.random() * 0.5);
      this.#backoff = setTimeout(() => this.#attempt(), delay);
    }
    const previous = this.state;
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
      this.#stored = false;
      this.#saved = null;
      if (this.#persist) this.#save(state.feed);
    }
    this.set(state);
  }

  #save(feed: NetworkFeed) {
    if (this.#stored) return;
    this.#stored = true;
    save(this.#url, feed);
  }
}

const loads = new Map<string, Load>();
/** Loaded feeds no element follows, the one let go last at the end. */
const idle = new Set<string>();
/** How many loaded feeds that no element shows are kept. */
export const KEPT = 4;

/** How many feeds this module holds (loads under way, and loaded feeds): for tests. */
export const heldFeeds = () => loads.size;

/**
 * Follows the feed at `src`: `listener` hears the current state at once and every change after.
 * Returns the function that stops following.
 */
export function subscribe(src: string, listener: Listener, options: RemoteOptions = {}): () => void {
  const url = absoluteUrl(src);
  let load = loads.get(url);
  if (!load) loads.set(url, (load = new Load(url, options)));
  else {
    load.raise(options);
    options.first?.abort();
  }
  idle.delete(url);
  load.add(listener, options.cache === 'local');
  const l = load;
  return () => {
    if (!l.listeners.delete(listener) || l.listeners.size) return;
    // Let go a moment later: an element moved within the page disconnects and reconnects at
    // once, and should not cancel and restart its load.
    queueMicrotask(() => {
      if (l.listeners.size || loads.get(url) !== l) return;
      // A loaded feed stays a while (the KEPT last let go), so that later elements on this page
      // show it without a request; older ones are released.
      if (l.state.status === 'ready') {
        idle.add(url);
        for (const old of idle) {
          if (idle.size <= KEPT) break;
          idle.delete(old);
          loads.delete(old);
        }
        return;
      }
      l.stop();
      loads.delete(url);
    });
  };
}

/** Loads `src` again after a failure (the Retry button), with a fresh series of attempts. */
export function retry(src: string) {
  const load = loads.get(absoluteUrl(src));
  if (!load || load.state.status === 'ready' || (load.state.status === 'loading' && load.busy)) return;
  load.stop();
  load.set({ status: 'loading' });
  load.begin();
}

function positive(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * One request (or the answer to `early`, one made already): the parsed JSON, or a FeedError;
 * aborts reject with the signal's reason.
 */
async function load(
  url: string,
  signal: AbortSignal,
  limit: () => number,
  early?: Promise<Response>,
): Promise<{ json: unknown; status: number }> {
  if (blockedAsMixed(url)) throw new FeedError('insecure');
  let response;
  try {
    response = await (early ?? requestFeed(url, signal));
    // A 304 reaches a script only when the server sends one to a request without validators (or
    // the HTTP cache lost its copy): asked once more, past the cache, it must send the feed.
    if (response.status === 304) response = await requestFeed(url, signal, 'reload');
  } catch (e) {
    // The browser follows redirects itself, and ends a loop (or more than 20) in a network error
    // that cannot be told from being offline: one request that does not follow tells, so a loop
    // is reported as such and not tried again.
    if (!signal.aborted && (await redirects(url, signal))) throw new FeedError('redirect');
    throw e;
  }
  const status = response.status;
  const body = response.body;
  const charset = /charset\s*=\s*"?([^";\s]*)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  // Refused before reading when the size is declared; counted while reading when it is not (or
  // when it is the compressed size). A feed is UTF-8 (JSON's only encoding on the web): one
  // declared otherwise would be misread.
  const error = !response.ok
    ? new FeedError(
        status === 304
          ? 'not-modified'
          : status === 404 || status === 410
            ? 'not-found'
            : status >= 500
              ? 'server'
              : 'client',
        status,
      )
    : Number(response.headers.get('content-length')) > limit()
      ? new FeedError('too-large', status)
      : charset && !/^utf-?8$/i.test(charset)
        ? new FeedError('charset', status)
        : undefined;
  const reader = body?.getReader();
  if (error) {
    // Close the body that is not wanted, so the connection is not held open.
    reader?.cancel().catch(() => {});
    throw error;
  }
  const chunks: BlobPart[] = [];
  for (let size = 0; reader;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as BlobPart);
    if ((size += value.byteLength) > limit()) {
      reader.cancel().catch(() => {});
      throw new FeedError('too-large', status);
    }
  }
  try {
    return { json: JSON.parse(await new Blob(chunks).text()), status };
  } catch {
    throw new FeedError('not-json', status);
  }
}

/** Whether `url` redirects: a request that does not follow redirects answers with one. */
const redirects = (url: string, signal: AbortSignal) =>
  fetch(url, { signal, credentials: 'omit', redirect: 'manual', cache: 'no-store' }).then(
    (r) => r.type === 'opaqueredirect',
    () => false,
  );

/**
 * Whether browsers block `url` as mixed content on the page at `page` (the document's base URI,
 * which a srcdoc frame shares with its page): an `http:` feed on an `https:` page, unless it is
 * on this computer (localhost, 127.x.x.x, [::1]). Known before any request, and not tried again.
 * (The elements' early request, src/feed/request.ts, skips every `http:` feed on such a page.)
 */
export const blockedAsMixed = (url: string, page = document.baseURI): boolean =>
  /^https:/i.test(page) &&
  /^http:/i.test(url) &&
  !/^http:\/\/(([^/?#]*\.)?localhost|127(\.\d{1,3}){3}|\[::1\])(:\d*)?([/?#]|$)/i.test(url);

/** Whether a copy saved at `savedAt` may be shown: not expired, not dated in the future. */
const plausible = (savedAt: unknown, now = Date.now()) =>
  typeof savedAt === 'number' && savedAt <= now + SKEW && savedAt >= now - MAX_AGE;

/** Removes keys from localStorage, whatever happens. */
const remove = (...keys: string[]) =>
  keys.forEach((key) => {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing more to do.
    }
  });

/** The saved copies' keys, dates (read from the value's start, without parsing the feed) and sizes. */
function savedCopies() {
  const copies = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (!key.startsWith(STORAGE_PREFIX)) continue;
    const value = localStorage.getItem(key) ?? '';
    copies.push({
      key,
      savedAt: Number(/^\{"savedAt":([-+.\deE]+),/.exec(value)?.[1]),
      size: key.length + value.length,
    });
  }
  return copies;
}

/**
 * Saves a good load. The other copies are kept newest first while they fit in STORAGE_BUDGET
 * beside it; the rest, and those expired or garbled, are removed. Should the page's quota still
 * refuse it, the page comes first: every saved copy is removed, so that the page's own
 * `setItem` finds the room they took.
 */
function save(url: string, feed: NetworkFeed) {
  const key = STORAGE_PREFIX + url;
  try {
    const value = JSON.stringify({ savedAt: Date.now(), feed });
    let total = key.length + value.length;
    const copies = savedCopies().filter((c) => c.key !== key);
    for (const c of copies.sort((a, b) => (b.savedAt || 0) - (a.savedAt || 0))) {
      if (plausible(c.savedAt) && total + c.size <= STORAGE_BUDGET) total += c.size;
      else remove(c.key);
    }
    if (total > STORAGE_BUDGET) return remove(key);
    localStorage.setItem(key, value);
  } catch {
    // Quota, private mode or disabled storage: the page shows the feed all the same.
    try {
      remove(key, ...savedCopies().map((c) => c.key));
    } catch {
      // Storage that cannot even be listed holds nothing of ours to remove.
    }
  }
}

/** The saved copy of a feed, checked like a fetched one; garbage, expired and future copies are removed. */
function read(url: string): Saved | null {
  const key = STORAGE_PREFIX + url;
  try {
    const data = JSON.parse(localStorage.getItem(key) ?? 'null');
    const savedAt = data?.savedAt;
    if (data === null) return null;
    if (plausible(savedAt)) {
      const { value, problems } = validateFeed(data.feed);
      if (value) return { feed: value, problems, savedAt };
    }
    localStorage.removeItem(key);
  } catch {
    // Storage disabled or refused, or garbage that is not JSON: there is no copy.
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing more to do.
    }
  }
  return null;
}
