/**
 * Feed URLs are untrusted. Only absolute `https:` and `http:` addresses from a feed become
 * links (`mailto:` and `tel:` links are built from checked e-mail and phone fields). A feed's
 * address must literally start with `http://` or `https://` (in any case) and hold no spaces or
 * control characters, so the obfuscations that rely on the URL parser's normalising — leading
 * spaces or control characters, tabs or newlines inside the scheme (`" jav\tascript:…"`) — are
 * refused before parsing; it must then parse with a host. Entities are not decoded (a feed is
 * JSON, not HTML), so `javascript&#58;…` is no absolute URL either.
 */
const WEB = /^https?:\/\/[^\s\p{Cc}]+$/iu;

/** Whether `value` is an absolute http(s) URL (the parser demands a host for these schemes). */
export function isWebUrl(value: string): boolean {
  try {
    return WEB.test(value) && !!new URL(value);
  } catch {
    return false;
  }
}

/**
 * Whether `href` may be rendered as a link: the last guard before any `href` binding. Its scheme
 * must be one of the four, written out at its very start: the URL parser reads no other scheme
 * from such a string (this refuses what it would clean up first: leading blanks, tabs or line
 * breaks in the scheme). No parsing: long lists check thousands of links per render.
 */
export const isSafeHref = (href: string): boolean => /^(https?|mailto|tel):/i.test(href);

/**
 * The absolute form of a feed address, resolved against the document: the key of its load
 * (src/feed/remote.ts) and the `url` of the elements' events.
 */
export function absoluteUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}
