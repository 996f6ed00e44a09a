/**
 * What a search found, as the list says it: only once a search is in force, which loads the
 * search part first (src/lazy.ts), so these texts and their German (generated into
 * src/generated/locales/de-search.ts) travel with that part, not in the script-tag bundles. The
 * element hands in its `msg()` (see messages.ts for the same pattern).
 */
import { str } from '@lit/localize/internal/str-tag.js';
import type { msg as Msg } from '../i18n/localize.js';

export { de as searchTranslations } from '../generated/locales/de-search.js';

/** How many networks a search found, for the live region. */
export function describeFound(msg: typeof Msg, n: number): string {
  return n === 0 ? msg('No networks found') : n === 1 ? msg('1 network found') : msg(str`${n} networks found`);
}

/** The button that clears a search that found nothing. */
export const showAll = (msg: typeof Msg): string => msg('Show all networks');
