/**
 * What only a remote feed (`src`) needs, loaded on first use (src/lazy.ts): the loader, and the
 * age of a saved copy (`cache="local"`), which only the loader provides.
 */
export * from './remote.js';
export { formatAge } from '../i18n/format.js';
