// The parts' code (src/feed/report.ts, messages.ts): a module of its own, so that an app's bundler,
// which puts what the elements and the parts share into the elements' first load, leaves it out.
import type { msg as LitMsg } from '@lit/localize';
import type { StrResult } from './str.js';

/**
 * `msg()` that always answers in English (the source text): for the browser console, where a
 * part (which has no `msg()` of its own) tells webmasters the details of a failure.
 */
export const english = ((template: string | StrResult): string =>
  typeof template === 'string'
    ? template
    : template.strings.reduce((text, s, i) => text + String(template.values[i - 1]) + s)) as unknown as typeof LitMsg;
