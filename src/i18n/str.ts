import type { msg as LitMsg, str as LitStr } from '@lit/localize';

/** What `str` makes of a template literal: the text's pieces and the values between them. */
export interface StrResult {
  strings: readonly string[];
  values: unknown[];
}

/**
 * Marks a text with values, `msg(str`… ${n} …`)`. A module of its own, free of imports, so that
 * the parts written with it (src/parts/) carry no more than these lines.
 */
export const str = ((strings: readonly string[], ...values: unknown[]): StrResult => ({
  strings,
  values,
})) as unknown as typeof LitStr;

/**
 * `msg()` that always answers in English (the source text): for the browser console, where a
 * part (which has no `msg()` of its own) tells webmasters the details of a failure.
 */
export const english = ((template: string | StrResult): string =>
  typeof template === 'string'
    ? template
    : template.strings.reduce((text, s, i) => text + String(template.values[i - 1]) + s)) as unknown as typeof LitMsg;
