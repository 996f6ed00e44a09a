/**
 * What a search found, as the list says it: only once a search is in force, so these texts travel
 * with the search part (src/parts/search.ts, with their German). The element hands in its `msg()`.
 */
import { str } from '../i18n/str.js';
import type { msg as Msg } from '../i18n/localize.js';

/** How many networks a search found, for the live region. */
export function describeFound(msg: typeof Msg, n: number): string {
  return n === 0 ? msg('No networks found') : n === 1 ? msg('1 network found') : msg(str`${n} networks found`);
}

/** The button that clears a search that found nothing. */
export const showAll = (msg: typeof Msg): string => msg('Show all networks');
