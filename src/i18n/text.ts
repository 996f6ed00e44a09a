import type { LocalizedText, LocalizedWebUrl } from '../generated/feed-types.js';
import type { Locale } from './localize.js';

/** A feed string with the language it is really in. */
export interface Picked {
  value: string;
  lang: string;
}

/**
 * Picks the text for `locale`: that language, else the other interface language, else the
 * first the feed has. The caller marks the result with `lang` when it differs from the element's.
 */
export function pick(text: LocalizedText, locale: Locale): Picked {
  const other: Locale = locale === 'de' ? 'en' : 'de';
  const lang = text[locale] !== undefined ? locale : text[other] !== undefined ? other : Object.keys(text)[0];
  return { value: text[lang] ?? '', lang };
}

/** The address of a site in `locale` where it has language versions. */
export function pickUrl(url: LocalizedWebUrl, locale: Locale): Picked {
  return typeof url === 'string' ? { value: url, lang: '' } : pick(url, locale);
}
