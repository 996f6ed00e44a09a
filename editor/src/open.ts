/**
 * Opening a feed: its text parsed, with the place where JSON is broken (jsonc-parser, as in
 * `npx network-elements validate`), and a feed fetched from an address.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isObject, type Obj } from './draft.js';

/** Why a feed could not be opened; `line` and `column` (from 1) where the JSON is broken. */
export type OpenError =
  | { kind: 'syntax'; code: string; line: number; column: number }
  | { kind: 'not-object' }
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'too-large' }
  | { kind: 'address' };

export type Opened = { feed: Obj } | { error: OpenError };

/** The elements' own limit for a remote feed. */
const MAX_BYTES = 2 * 1024 * 1024;

/** Line and column (from 1) of an offset in a text. */
function position(text: string, offset: number) {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** A feed's text as an object to edit, or why not. */
export function parseFeed(raw: string): Opened {
  const text = raw.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    // Whatever was still expected, at the very end the data was cut short.
    const code = !first || first.offset >= text.trimEnd().length ? 'end' : printParseErrorCode(first.error);
    if (!first) return { error: { kind: 'syntax', code, ...position(text, text.length) } };
    return { error: { kind: 'syntax', code, ...position(text, first.offset) } };
  }
  return isObject(data) ? { feed: data } : { error: { kind: 'not-object' } };
}

/** A feed from an address, fetched as the elements fetch one (no cookies, JSON asked for). */
export async function fetchFeed(address: string): Promise<Opened> {
  let url: URL;
  try {
    url = new URL(address, document.baseURI);
    if (!/^https?:$/.test(url.protocol)) throw new TypeError('not a web address');
  } catch {
    return { error: { kind: 'address' } };
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } });
  } catch {
    return { error: { kind: 'network' } };
  }
  if (!response.ok) return { error: { kind: 'http', status: response.status } };
  const text = await response.text();
  if (new Blob([text]).size > MAX_BYTES) return { error: { kind: 'too-large' } };
  return parseFeed(text);
}
