/** The search part (src/lazy.ts, `searchable`): matching networks, keeping a search in the address, and saying what it found. */
export * from './match.js';
export { keepInAddress } from './address.js';
export * from './results.js';
