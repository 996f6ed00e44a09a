// `render --json-ld`: the feed as schema.org JSON-LD for search engines, in one language: each
// office a GovernmentOrganization with a ContactPoint per contact, and all the networks as an
// ItemList of Organizations. Built by the elements' own builder (src/structured-data/json-ld.ts,
// in the npm build in dist/), which gives `structured-data` on the elements the same shapes.
const dist = new URL('../../dist/', import.meta.url);
const { jsonLd, networkList, offices } = await import(new URL('structured-data/json-ld.js', dist).href);

/** The schema.org items of a checked feed, texts in `locale`: its offices, then its networks. */
export const feedItems = (feed, locale) => [...offices(feed, locale), networkList(feed, locale)];

/** The items as a `<script type="application/ld+json">` block; `<`, `>` and `&` are JSON escapes. */
export function jsonLdScript(feed, locale) {
  return `<script type="application/ld+json">\n${jsonLd(feedItems(feed, locale), 2)}\n</script>`;
}
