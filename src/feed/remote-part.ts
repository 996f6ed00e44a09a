/**
 * What only a remote feed (`src`) needs, loaded on first use (src/lazy.ts): the loader, the age
 * of a saved copy (`cache="local"`), which only the loader provides, and the texts of the
 * failures a load may end in.
 */
export * from './remote.js';
export { formatAge } from '../i18n/format.js';
export * from '../templates/messages.js';
