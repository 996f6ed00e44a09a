/**
 * The feed validator (a `feed` property, a network object): with the wording of the problems it
 * finds and of ids a feed lacks, and their German.
 */
export * from '../feed/validate.js';
export * from '../feed/check.js';
export * from '../feed/messages.js';
export { de as translations } from '../generated/locales/de-failures.js';
