/**
 * Per-element localization on top of @lit/localize.
 *
 * `msg()` normally reads one page-wide locale, but two elements on one page may speak different
 * languages. So the locale `msg()` answers in is whatever `withLocale()` has set for the
 * synchronous render running now, and every element renders inside `withLocale(this.locale, …)`
 * (see FeedElement.update): the strings of its template come out in its own language.
 *
 * Texts are written with `msg()`/`str` and extracted with the @lit/localize-tools workflow
 * (`lit-localize extract` → translate `locales/de.xlf`). Instead of `lit-localize build` and
 * its hash-keyed runtime, `npm run generate` turns the XLIFF into a table keyed by the English
 * source text (src/generated/locales/de.ts; the texts that only parts use, of failures and of
 * what a search found, in de-failures.ts and de-search.ts: see addTranslations), and the
 * implementation of `msg()` installed below looks strings up there: the same workflow for
 * translators, but no id hashing in the script-tag bundle, whose every byte lands on someone
 * else's page. The table is imported statically: a dynamic import would split the single-file
 * bundle.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { de } from '../generated/locales/de.js';
import { ownLocalize } from '../lazy.js';

// msg() and str from the modules that define them: the package's index would bring along its
// whole runtime (configureLocalization, id hashing), which the bundler cannot drop.
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';

/** The interface languages this library ships. */
export type Locale = 'de' | 'en';

let current: Locale = 'de';

/** What `str` makes of a template literal. */
interface StrResult {
  strings: readonly string[];
  values: unknown[];
}

/** A text in the current locale: the translation with its `{N}` filled in, or the English source. */
function localized(template: string | StrResult): string {
  const strings = typeof template === 'string' ? [template] : template.strings;
  const values = typeof template === 'string' ? [] : template.values;
  const translation = current === 'de' ? de[strings.join('{}')] : undefined;
  return translation !== undefined
    ? translation.replace(/\{(\d+)\}/g, (_, i) => String(values[+i]))
    : strings.reduce((text, s, i) => text + String(values[i - 1]) + s);
}

try {
  _installMsgImplementation(localized as never);
} catch {
  // The host application configured the same @lit/localize module first (npm build only: a
  // script-tag bundle's own copy cannot be, so it leaves this text out): msg() then answers as
  // that configuration says, in English where it has no translation.
  if (!ownLocalize)
    console.warn('network-elements: @lit/localize was configured elsewhere; interface texts may not be in German.');
}

/**
 * Adds German texts that a part brings (src/lazy.ts), not the script-tag bundle: those of
 * failures with the parts that produce them (src/templates/messages.ts), those of what a search
 * found with the search (src/search/results.ts).
 */
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
