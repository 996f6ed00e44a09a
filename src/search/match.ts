import type { Network } from '../generated/feed-types.js';
import type { Locale } from '../i18n/localize.js';
import { pick } from '../i18n/text.js';

/**
 * Text as search compares it: without accents and case, ß as ss, and ae/oe/ue as a/o/u (as
 * German is typed without umlauts), so that `bundnis`, `Bündnis`, `buendnis` and `BÜNDNIS` are
 * all the same, as are `strasse` and `Straße`.
 */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/([aou])e/g, '$1');

const folded = new WeakMap<Network, Partial<Record<Locale, string>>>();

/**
 * Whether a network matches every word of a search (folded). Names and short names count in every
 * language of the feed (a reader may know either name of a network); the description only in the
 * language shown, so that a word matches only what the reader can see.
 */
export function matches(n: Network, search: string, locale: Locale): boolean {
  let f = folded.get(n);
  if (!f) folded.set(n, (f = {}));
  const text = (f[locale] ??= fold(
    [
      ...Object.values(n.name),
      ...Object.values(n.shortName ?? {}),
      ...(n.description ?? []).map((d) => pick(d, locale).value),
    ].join('\n'),
  ));
  return search.split(/\s+/).every((w) => text.includes(w));
}
