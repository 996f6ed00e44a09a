// `render --json-ld`: the feed as schema.org JSON-LD for search engines, in one language: each
// office a GovernmentOrganization (name, postal address, web page, e-mail, phone) with a
// ContactPoint per contact of that office, and the networks as an ItemList of Organizations in
// the order the list shows them (name, short name, website, description, founding date). Only
// what the feed states: a missing field stays missing, nothing is derived from other fields
// except what the contact box shows too (a contact's e-mail and phone are the office's where the
// contact has none of their own). Contacts without an office have no organisation to belong to
// and are left out.
const dist = new URL('../../dist/', import.meta.url);
const { pick, pickUrl } = await import(new URL('i18n/text.js', dist).href);

/** An object without its undefined fields and empty lists. */
function clean(object) {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)));
}

/** The schema.org graph of a checked feed, texts in `locale`. */
export function feedGraph(feed, locale) {
  const text = (value) => (value ? pick(value, locale).value : undefined);
  const url = (value) => (value ? pickUrl(value, locale).value : undefined);
  const offices = (feed.offices ?? []).map((o) =>
    clean({
      '@type': 'GovernmentOrganization',
      name: text(o.name),
      url: url(o.url),
      email: o.email,
      telephone: o.phone,
      address: o.address
        ? clean({
            '@type': 'PostalAddress',
            streetAddress: o.address.street,
            postalCode: o.address.postalCode,
            addressLocality: o.address.locality,
            addressCountry: o.address.country,
          })
        : undefined,
      contactPoint: feed.contacts
        .filter((c) => c.office === o.id)
        .map((c) =>
          clean({
            '@type': 'ContactPoint',
            name: c.name,
            contactType: text(c.role),
            email: c.email ?? o.email,
            telephone: c.phone ?? o.phone,
          }),
        ),
    }),
  );
  const networks = feed.categories.flatMap((c) => feed.networks.filter((n) => n.category === c.id));
  const list = clean({
    '@type': 'ItemList',
    name: text(feed.title),
    numberOfItems: networks.length,
    itemListElement: networks.map((n, i) => {
      const name = text(n.name);
      const short = text(n.shortName);
      return {
        '@type': 'ListItem',
        position: i + 1,
        item: clean({
          '@type': 'Organization',
          name,
          alternateName: short !== name ? short : undefined,
          url: url(n.website),
          description: n.description?.map((p) => text(p)).join('\n\n'),
          foundingDate: n.founded,
        }),
      };
    }),
  });
  return { '@context': 'https://schema.org', '@graph': [...offices, list] };
}

/**
 * The graph as a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as
 * JSON escapes, so no feed text can end the script element or open a comment in it.
 */
export function jsonLdScript(feed, locale) {
  const json = JSON.stringify(feedGraph(feed, locale), null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json">\n${json}\n</script>`;
}
