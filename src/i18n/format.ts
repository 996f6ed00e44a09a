import type { Locale } from './localize.js';

// Intl formatters are costly to build and cheap to reuse: one per locale and kind.
const cache = new Map<string, Intl.NumberFormat & Intl.DateTimeFormat & Intl.RelativeTimeFormat>();
export function formatter<T>(kind: string, locale: Locale, make: () => T): T {
  const key = kind + locale;
  if (!cache.has(key)) cache.set(key, make() as never);
  return cache.get(key) as T;
}

/** `1000` → "1.000" (de) or "1,000" (en). */
export function formatNumber(value: number, locale: Locale): string {
  return formatter('n', locale, () => new Intl.NumberFormat(locale)).format(value);
}

/** `"2023"` → "2023"; `"2023-10"` → "Oktober 2023" (de) or "October 2023" (en). */
export function formatYearMonth(value: string, locale: Locale): string {
  const [year, month] = value.split('-').map(Number);
  if (!month) return String(year);
  return formatter(
    'm',
    locale,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  ).format(Date.UTC(year, month - 1, 1));
}
