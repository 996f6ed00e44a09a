/**
 * The remote feed loader (`src`): loads, checks and shares feeds by address, with the wording of
 * its failures (also the age of a saved copy, `cache="local"`) and their German.
 */
export * from '../feed/remote.js';
export * from '../feed/messages.js';
export { de as translations } from '../generated/locales/de-failures.js';
