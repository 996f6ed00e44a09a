import type { str as LitStr } from '@lit/localize';

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
