/**
 * Interface texts that are not part of one template: feed problems and load failures.
 * Called during render only, so `msg()` answers in the rendering element's language.
 */
import { msg, str } from '../i18n/localize.js';
import type { FeedError } from '../feed/errors.js';
import type { Problem } from '../feed/validate.js';

/** The reason part of a problem, as in "networks[3].name: is missing". */
function reason(p: Problem): string {
  const d = p.detail ?? '';
  switch (p.code) {
    case 'object':
      return msg('must be an object');
    case 'array':
      return msg('must be a list');
    case 'string':
      return msg('must be a text');
    case 'integer':
      return msg('must be a whole number from 0');
    case 'required':
      return msg('is missing');
    case 'empty':
      return msg('must not be empty');
    case 'too-long':
      return msg(str`is too long (at most ${d} characters)`);
    case 'too-many':
      return msg(str`has too many entries (at most ${d})`);
    case 'format':
      return msg(str`must be written like “${d}”`);
    case 'duplicate':
      return msg(str`repeats the id “${d}”`);
    case 'unknown-category':
      return msg(str`names the unknown category “${d}”`);
    case 'unknown-office':
      return msg(str`names the unknown office “${d}”`);
    case 'unsupported-version':
      return msg(str`unsupported feed version ${d}: these elements read version 1`);
  }
}

/**
 * "networks[3].name: is missing", in the reader's language. A warning says that the value was
 * left out ("website: must be written like “https://…” and was left out").
 */
export function describeProblem(p: Problem): string {
  const r = reason(p);
  return `${p.path || msg('feed')}: ${p.severity === 'warning' ? msg(str`${r} and was left out`) : r}`;
}

/** What went wrong with a feed, in one sentence for people. */
export function describeError(error: FeedError): string {
  const s = error.status ?? '';
  switch (error.kind) {
    case 'not-found':
      return msg(str`The network feed was not found (HTTP ${s}).`);
    case 'client':
      return msg(str`The feed’s server refused the request (HTTP ${s}).`);
    case 'server':
      return msg(str`The feed’s server had an error (HTTP ${s}).`);
    case 'timeout':
      return msg('The feed’s server did not answer in time.');
    case 'network':
      return msg('The feed could not be loaded: you may be offline, or the feed’s server does not allow this site to read it (CORS).');
    case 'too-large':
      return msg('The feed is too large to load.');
    case 'not-json':
      return msg('The feed is not JSON data: its address may lead to a web page instead.');
    case 'invalid':
      return msg('The data is not a valid network feed.');
    case 'unsupported-version':
      return msg('The feed uses an unsupported feed version: these elements read version 1.');
  }
}
