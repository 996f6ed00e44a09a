/**
 * The validator as a part (src/lazy.ts), with the texts of the problems it finds: a page that
 * loads it can describe them, in German too.
 */
export * from './validate.js';
export * from './check.js';
export * from '../templates/messages.js';
