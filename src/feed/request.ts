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

/** Requests `url` before the remote part is here. How it ends is for the part to tell. */
export function requestEarly(url: string): EarlyRequest {
  const controller = new AbortController();
  const response = requestFeed(url, controller.signal);
  response.catch(() => {});
  return Object.assign(controller, { response });
}
