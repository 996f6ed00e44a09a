/**
 * Per-element localization on top of @lit/localize.
 *
 * `msg()` reads one page-wide locale, but two elements on one page may speak different
 * languages. We therefore use @lit/localize's *reentrant* runtime: the locale `msg()` sees is
 * whatever `withLocale()` has set for the synchronous render that is running now. Every element
 * renders inside `withLocale(this.locale, …)` (see `LocalizedElement`), so the strings in its
 * template come out in its own language. Translations still flow through the ordinary
 * @lit/localize-tools workflow: `lit-localize extract` → translate `locales/*.xlf` →
 * `lit-localize build`, which writes the statically imported modules in `src/generated/locales`
 * (static, because a dynamic import would split the single-file script-tag bundle).
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import * as de from '../generated/locales/de.js';
import { sourceLocale } from '../generated/locale-codes.js';

/** The interface languages this library ships. */
export type Locale = 'de' | 'en';

const targets: Record<string, { templates: typeof de.templates }> = { de };
let current: Locale = 'de';

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: ['de'],
    getLocale: () => current,
    loadLocaleSync: (locale) => targets[locale],
  });
} catch {
  // Another copy of this library, or the host application, configured the same
  // @lit/localize module first. msg() then still returns the English source strings.
  console.warn('network-elements: @lit/localize was configured elsewhere; interface texts fall back to English.');
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
