/**
 * Why a remote feed could not be shown:
 * - `not-found`: HTTP 404 or 410;
 * - `client`: any other 4xx (the request was refused);
 * - `server`: HTTP 5xx;
 * - `timeout`: no complete answer within the element's `timeout`;
 * - `network`: no answer at all — offline, or the server does not allow this site to read the
 *   feed (CORS); browsers do not tell scripts which of the two it was;
 * - `too-large`: over the element's `max-bytes`;
 * - `not-json`: the answer is not JSON (often an HTML page: a login or an error page);
 * - `invalid`: JSON that is not a valid network feed;
 * - `unsupported-version`: a feed of another major format version (this library reads 1.x);
 * - `not-modified`: HTTP 304 where there is no copy to show (asked again past the cache, too);
 * - `redirect`: the address redirects in a loop or too often;
 * - `insecure`: an `http:` feed on an `https:` page, which browsers block (mixed content);
 * - `charset`: the answer declares a character set other than UTF-8;
 * - `part`: a part of this library the element needs (src/parts/: the remote loader, the
 *   validator) could not be loaded — offline, its file missing beside the script, or served from
 *   another origin without CORS; the browser console names its address.
 */
export type FeedErrorKind =
  | 'not-found'
  | 'client'
  | 'server'
  | 'timeout'
  | 'network'
  | 'too-large'
  | 'not-json'
  | 'invalid'
  | 'unsupported-version'
  | 'not-modified'
  | 'redirect'
  | 'insecure'
  | 'charset'
  | 'part';

/** A failure as the elements show it: its kind, and the HTTP status where there was a response. */
export interface Failure {
  readonly kind: FeedErrorKind;
  readonly status?: number;
}

/** A failure is shown at most this long after a load began, whatever the timeout (src/feed/remote.ts). */
export const MESSAGE_DEADLINE = 10_000;
