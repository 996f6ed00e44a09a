/**
 * What the elements check before they link or load: an `href` (the last guard), and a feed
 * address made absolute. The checks of a feed's own web addresses, which the validator makes, are
 * src/feed/web-url.ts: a part's code, not the elements'.
 */

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
