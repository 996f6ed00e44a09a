import type { Contact, LocalizedText, LocalizedWebUrl, Network, NetworkFeed } from '../generated/feed-types.js';
import type { Locale } from '../i18n/localize.js';
import { pick, pickUrl } from '../i18n/text.js';

// schema.org data for search engines, shared by the elements (`structured-data`) and the CLI
// (`render --json-ld`): offices as GovernmentOrganizations with a ContactPoint per contact, and
// networks as Organizations, in an ItemList in the order the list shows them. Only what the feed
// states: a field the feed lacks is left undefined, and JSON.stringify leaves it out. Nothing is
// derived from other fields except what the contact box shows too (a contact's e-mail and phone
// are the office's where the contact has none of their own). Contacts without an office have no
// organisation to belong to and are left out, and so are offices without contacts.

/** One schema.org node, as JSON. */
export type Item = Record<string, unknown>;

const text = (value: LocalizedText | undefined, locale: Locale) => (value && pick(value, locale).value) || undefined;
const url = (value: LocalizedWebUrl | undefined, locale: Locale) => value && pickUrl(value, locale).value;

/**
 * The offices of `contacts`, each as a GovernmentOrganization (name, postal address, web page,
 * e-mail, phone) with a ContactPoint for each of them.
 */
export function offices(feed: NetworkFeed, locale: Locale, contacts = feed.contacts): Item[] {
  return (feed.offices ?? []).flatMap((o) => {
    const mine = contacts.filter((c: Contact) => c.office === o.id);
    const a = o.address;
    return mine.length
      ? {
          '@type': 'GovernmentOrganization',
          name: text(o.name, locale),
          url: url(o.url, locale),
          email: o.email,
          telephone: o.phone,
          address: a && {
            '@type': 'PostalAddress',
            streetAddress: a.street,
            postalCode: a.postalCode,
            addressLocality: a.locality,
            addressCountry: a.country,
          },
          contactPoint: mine.map((c) => ({
            '@type': 'ContactPoint',
            name: c.name,
            contactType: text(c.role, locale),
            email: c.email ?? o.email,
            telephone: c.phone ?? o.phone,
          })),
        }
      : [];
  });
}

/** A network as an Organization: name, short name (`alternateName`), website, description, founding date. */
export function organization(n: Network, locale: Locale): Item {
  const name = text(n.name, locale);
  const short = text(n.shortName, locale);
  return {
    '@type': 'Organization',
    name,
    alternateName: short !== name ? short : undefined,
    url: url(n.website, locale),
    // Paragraphs apart by a blank line, spelled so that the minifier cannot put a line break into the
    // bundle (tests/node/bundle.test.mjs counts its lines).
    description: n.description?.map((p) => text(p, locale)).join(JSON.parse('"\\n\\n"') as string) || undefined,
    foundingDate: n.founded,
  };
}

/** The networks of the feed (of one category, with `category`) as an ItemList, category by category. */
export function networkList(feed: NetworkFeed, locale: Locale, category?: string): Item {
  const categories = feed.categories.filter((c) => !category || c.id === category);
  const networks = categories.flatMap((c) => feed.networks.filter((n) => n.category === c.id));
  return {
    '@type': 'ItemList',
    name: text(category ? categories[0]?.name : feed.title, locale),
    numberOfItems: networks.length,
    itemListElement: networks.map((n, i) => ({ '@type': 'ListItem', position: i + 1, item: organization(n, locale) })),
  };
}

/**
 * The JSON-LD text of a graph of items. `<`, `>` and `&` (and the JavaScript line separators) are
 * written as JSON escapes, so that no feed text can end the script element or open a comment in it.
 */
export const jsonLd = (items: Item[], space?: number): string =>
  JSON.stringify({ '@context': 'https://schema.org', '@graph': items }, null, space).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
