/**
 * What webmasters learn of a failed feed: the details the page keeps in a disclosure, written to
 * the browser console in English, once per failure, where the failure is made (the loader, the
 * check of a `feed` property), not while rendering. Part code (src/parts/): not in the bundles.
 */
import { english } from '../i18n/english.js';
import type { Failure } from './errors.js';
import { isWebUrl } from './web-url.js';
import { describeError, describeProblem } from './messages.js';
import type { Problem } from './validate.js';

/**
 * One warning: the feed's address (none for a `feed` property), what went wrong with the HTTP
 * status, and every problem the validator kept, one a line.
 */
export function reportFailure(url: string | undefined, error: Failure, problems: readonly Problem[]): void {
  const what = describeError(english, error);
  const status = error.status && !what.includes(`HTTP ${error.status}`) ? ` (HTTP ${error.status})` : '';
  console.warn(
    [
      `network-elements: ${url ?? 'the feed property'}: ${what}${status}`,
      ...problems.map((p) => `  ${describeProblem(english, p)}`),
    ].join('\n'),
  );
}

/**
 * The page a feed that cannot be shown names as its `source`, if it is a web address that leads
 * where it says: its readers' way on. Data that throws when read names none.
 */
export function namedSource(data: unknown): string | undefined {
  try {
    const source = (data as { source?: unknown } | null | undefined)?.source;
    return typeof source === 'string' && isWebUrl(source) ? source : undefined;
  } catch {
    return undefined;
  }
}
