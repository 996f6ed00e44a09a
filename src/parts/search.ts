/**
 * The search (`searchable`): matching networks, keeping a search in the address, and saying what
 * it found, in German too.
 */
export * from '../search/match.js';
export { keepInAddress } from '../search/address.js';
export * from '../search/results.js';
export { de as translations } from '../generated/locales/de-search.js';
