/**
 * What only a remote feed (`src`) needs, loaded on first use (src/lazy.ts): the loader, and how
 * its failures read (with the age of a saved copy, `cache="local"`).
 */
export * from './remote.js';
export * from '../templates/messages.js';
