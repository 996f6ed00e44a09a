/**
 * Feed URLs are untrusted. Only absolute `https:` and `http:` addresses from a feed become
 * links (`mailto:` and `tel:` links are built from checked e-mail and phone fields). The WHATWG
 * URL parser does the normalising that obfuscations rely on — it strips leading spaces and
 * control characters, tabs and newlines inside the scheme, and lower-cases it — so
 * `" jav\tascript:…"` is seen as `javascript:` and refused. Entities are not decoded (a feed is
 * JSON, not HTML), so `javascript&#58;…` is no absolute URL at all.
 */
const WEB = new Set(['https:', 'http:']);

/** The normalised address if `value` is an absolute http(s) URL with a host, else undefined. */
export function webUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return WEB.has(url.protocol) && url.hostname !== '' ? url.href : undefined;
}

/** Whether `href` may be rendered as a link: the last guard before any `href` binding. */
export function isSafeHref(href: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:', 'tel:'].includes(new URL(href).protocol);
  } catch {
    return false;
  }
}
