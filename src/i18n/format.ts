import type { Locale } from './localize.js';

// Intl formatters are costly to build and cheap to reuse: one per locale and kind.
const cache = new Map<string, Intl.NumberFormat & Intl.DateTimeFormat & Intl.RelativeTimeFormat>();
function formatter<T>(kind: string, locale: Locale, make: () => T): T {
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

/** Each unit of an age, with how many of it make the next. */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 30.44 / 7],
  ['month', 365.25 / 30.44],
  ['year', Infinity],
];

/**
 * How long ago `then` was, seen from `now` (both in ms): "vor 3 Tagen", "gestern" (de) or
 * "3 days ago", "yesterday" (en). At least a minute, so a clock that is a little off never
 * gives "in 2 seconds".
 */
export function formatAge(then: number, now: number, locale: Locale): string {
  const f = formatter('r', locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  let amount = Math.max(1, (now - then) / 60_000);
  for (const [unit, next] of UNITS) {
    if (Math.round(amount) < next) return f.format(-Math.max(1, Math.round(amount)), unit);
    amount /= next;
  }
  return '';
}
