// The app's own @lit/localize setup: English source, German from locales/de.ts, in the page's
// language. Configuring twice would throw: the elements never configure it themselves.
import { configureLocalization } from '@lit/localize';
import * as de from './locales/de.js';

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => de,
});

await setLocale(document.documentElement.lang === 'de' ? 'de' : 'en');
