/**
 * Per-element localization, independent of any @lit/localize configuration on the page.
 *
 * Two elements on one page may speak different languages, and the application around them may
 * configure @lit/localize for its own texts (before importing the elements, after, or never).
 * So the elements have a `msg()` and a `str` of their own: `msg()` answers in whatever locale
 * `withLocale()` has set for the synchronous render running now (see FeedElement.update).
 *
 * They carry @lit/localize's types, which is how `lit-localize extract` finds the texts: the
 * translators' workflow stays (`npm run localize` → translate `locales/de.xlf`). Instead of
 * `lit-localize build` and its hash-keyed runtime, `npm run generate` turns the XLIFF into a
 * table keyed by the English source text (src/generated/locales/de.ts); the texts only parts use
 * come with those parts (see addTranslations). The table is imported statically: a dynamic
 * import would split the single-file bundle.
 */
import type { msg as LitMsg } from '@lit/localize';
import { de } from '../generated/locales/de.js';
import type { StrResult } from './str.js';

export { str } from './str.js';

/** The interface languages this library ships. */
export type Locale = 'de' | 'en';

let current: Locale = 'de';

/** A text in the current locale: the translation with its `{N}` filled in, or the English source. */
export const msg = ((template: string | StrResult): string => {
  const strings = typeof template === 'string' ? [template] : template.strings;
  const values = typeof template === 'string' ? [] : template.values;
  const translation = current === 'de' ? de[strings.join('{}')] : undefined;
  return translation !== undefined
    ? translation.replace(/\{(\d+)\}/g, (_, i) => String(values[+i]))
    : strings.reduce((text, s, i) => text + String(values[i - 1]) + s);
}) as unknown as typeof LitMsg;

/** Adds German texts that a part brings (src/parts/): those of failures, of what a search found. */
export function addTranslations(table: Record<string, string>): void {
  Object.assign(de, table);
}

/** Runs `render` with `msg()` answering in `locale`. Renders are synchronous, so this nests safely. */
export function withLocale<T>(locale: Locale, render: () => T): T {
  const previous = current;
  current = locale;
  try {
    return render();
  } finally {
    current = previous;
  }
}
