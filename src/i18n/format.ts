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

const relative = new Map<Locale, Intl.RelativeTimeFormat>();

/**
 * How long ago `then` was, seen from `now` (both in ms): "vor 3 Tagen", "gestern" (de) or
 * "3 days ago", "yesterday" (en). At least a minute, so a clock that is a little off never
 * gives "in 2 seconds".
 */
export function formatAge(then: number, now: number, locale: Locale): string {
  let f = relative.get(locale);
  if (!f) relative.set(locale, (f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  const minutes = Math.max(1, Math.round((now - then) / 60_000));
  if (minutes < 60) return f.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return f.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 7) return f.format(-days, 'day');
  if (days < 30) return f.format(-Math.round(days / 7), 'week');
  if (days < 365) return f.format(-Math.max(1, Math.round(days / 30.44)), 'month');
  return f.format(-Math.round(days / 365.25), 'year');
}
