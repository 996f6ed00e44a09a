// How old a saved copy is, for the texts of failures (src/feed/messages.ts): a part's code.
import type { Locale } from './localize.js';
import { formatter } from './format.js';

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
