/** The search part (src/lazy.ts, `searchable`): matching networks, and keeping a search in the address. */
export * from './match.js';
export { keepInAddress } from './address.js';
