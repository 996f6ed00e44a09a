/**
 * How a feed is requested: without cookies (a feed is public), asking for JSON. The first request
 * of a feed is made by the elements while the remote part loads (src/elements/feed-source.ts),
 * a round trip sooner than the part could; the part takes it as its first attempt and makes any
 * others (src/feed/remote.ts).
 */
export const requestFeed = (url: string, signal: AbortSignal, cache?: RequestCache) =>
  fetch(url, { signal, cache, credentials: 'omit', headers: { accept: 'application/json' } });

/** A request made before the remote part was here; aborting it ends the request. */
export interface EarlyRequest extends AbortController {
  response: Promise<Response>;
}

/** The early requests by URL: one for all the elements waiting for the part. */
const early = new Map<string, EarlyRequest>();

/**
 * Requests `url` before the remote part is here, unless it is requested already. Not where the
 * browser would block it as mixed content (an http: feed on an https: page, read from the base
 * URI, which a srcdoc frame shares with its page): the part says so. How it ends is for the part
 * to tell.
 */
export function requestEarly(url: string) {
  if (early.has(url) || (/^https:/.test(document.baseURI) && /^http:/.test(url))) return;
  const controller = new AbortController();
  const response = requestFeed(url, controller.signal);
  response.catch(() => {});
  early.set(url, Object.assign(controller, { response }));
}

/** Takes `url`'s early request, if any: for the part's first attempt, or to abort it. */
export function takeEarly(url: string): EarlyRequest | undefined {
  const request = early.get(url);
  early.delete(url);
  return request;
}
