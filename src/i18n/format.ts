import type { Locale } from './localize.js';

// Intl formatters are costly to build and cheap to reuse: one per locale and kind.
const numbers = new Map<Locale, Intl.NumberFormat>();
const months = new Map<Locale, Intl.DateTimeFormat>();

/** `1000` → "1.000" (de) or "1,000" (en). */
export function formatNumber(value: number, locale: Locale): string {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(value);
}

/** `"2023"` → "2023"; `"2023-10"` → "Oktober 2023" (de) or "October 2023" (en). */
export function formatYearMonth(value: string, locale: Locale): string {
  const [year, month] = value.split('-').map(Number);
  if (!month) return String(year);
  let f = months.get(locale);
  if (!f) months.set(locale, (f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })));
  return f.format(Date.UTC(year, month - 1, 1));
}
