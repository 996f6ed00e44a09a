/**
 * The wording of failures: feed problems, failed loads, and ids the feed lacks. Only the parts
 * that produce failures carry it (src/parts/remote.ts and validate.ts, with its German), so it is
 * not in the script-tag bundles. A part has neither Lit nor a `msg()` of its own: the element
 * hands in its `html`, `nothing` and `msg()` while it renders, so that it answers in its language.
 */
import type { html, nothing } from 'lit';
import { str } from '../i18n/str.js';
import type { Locale, msg as Msg } from '../i18n/localize.js';
import { MAX_PROBLEMS, type Failure } from './errors.js';
import type { RemoteState } from './remote.js';
import type { Problem } from './validate.js';
import { formatAge } from '../i18n/format.js';

type Msg = typeof Msg;

/** How many validation messages a failure shows; the rest are counted. */
const SHOWN_PROBLEMS = 5;

/** A state that shows a failure: an error, or a saved copy whose refresh failed. */
export type FailedState = Extract<RemoteState, { status: 'error' | 'stale' }> & { error: Failure };

/** A saved copy shown while the feed loads. */
export type SavedState = Extract<RemoteState, { status: 'stale' }>;

/** What an element renders with: its Lit and its `msg()`. */
export interface Kit {
  html: typeof html;
  nothing: typeof nothing;
  msg: Msg;
}

/** The reason part of a problem, as in "networks[3].name: is missing". */
function reason(msg: Msg, p: Problem): string {
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
    case 'misleading-label':
      return msg(str`is the address of another host (${d}) than its link’s`);
  }
}

/**
 * "networks[3].name: is missing", in the reader's language. A warning says that the value was
 * left out ("website: must be written like “https://…” and was left out").
 */
export function describeProblem(msg: Msg, p: Problem): string {
  const r = reason(msg, p);
  return `${p.path || msg('feed')}: ${p.severity === 'warning' ? msg(str`${r} and was left out`) : r}`;
}

/** "The network data is not valid." and its first error: a network object given to a card. */
export function describeInvalidNetwork(msg: Msg, problems: Problem[]): string {
  const first = problems.find((p) => p.severity === 'error');
  return `${msg('The network data is not valid.')}${first ? ` ${describeProblem(msg, first)}` : ''}`;
}

/** What an element can find missing from a feed. */
export type Missing = 'category' | 'network' | 'contact' | 'networks' | 'feed';

/**
 * What an element was told to show and the feed lacks; a card without a network (`network`, '');
 * a category without networks (`networks`), which only a feed from a part can have; no feed at
 * all (`feed`): no `src` or `feed` in the bundle without the Heidelberg feed.
 */
export function describeMissing(msg: Msg, kind: Missing, id = ''): string {
  if (kind === 'feed') return msg('No feed given: set the src attribute to a feed’s address.');
  if (kind === 'networks') return msg('There are no networks in this category.');
  if (kind === 'category') return msg(str`There is no category “${id}” in this feed.`);
  if (kind === 'contact') return msg(str`There is no contact “${id}” in this feed.`);
  return id
    ? msg(str`There is no network “${id}” in this feed.`)
    : msg('No network was chosen: set the network attribute to a network’s id.');
}

/** What the live region says while Retry loads the feed again. */
export const tryingAgain = (msg: Msg) => msg('Trying again…');

/** What went wrong with a feed, in one sentence for people. */
export function describeError(msg: Msg, error: Failure): string {
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
      return msg(
        'The feed could not be loaded: you may be offline, or the feed’s server does not allow this site to read it (CORS).',
      );
    case 'too-large':
      return msg('The feed is too large to load.');
    case 'not-json':
      return msg('The feed is not JSON data: its address may lead to a web page instead.');
    case 'invalid':
      return msg('The data is not a valid network feed.');
    case 'unsupported-version':
      return msg('The feed uses an unsupported feed version: these elements read version 1.');
    case 'not-modified':
      return msg(str`The feed’s server answered “not modified” (HTTP ${s}), but there is no copy to show.`);
    case 'redirect':
      return msg('The feed’s address redirects in a loop or too often.');
    case 'insecure':
      return msg(
        'The feed’s address starts with http:, which browsers block on this https: page: use its https: address.',
      );
    case 'charset':
      return msg('The feed is not encoded as UTF-8: its server declares another character set.');
    case 'part':
      return msg('Loading failed. Please try again later.');
  }
}

/**
 * A failure, in the element's status region (or, for a saved copy shown while the feed loads,
 * the note that it is one, and its age): whether a saved copy is shown (and its age), what
 * went wrong, the first validation messages and how many more there are (`at least` where the
 * validator stopped counting), and whether the load goes on.
 */
export function renderFailure({ html, nothing, msg }: Kit, s: FailedState | SavedState, locale: Locale) {
  // A saved copy shown while the feed loads: marked as such, with its age (no error).
  if (!s.error) {
    const age = formatAge((s as SavedState).savedAt, Date.now(), locale);
    return html`<p>${msg(str`Showing a saved copy (as of ${age}) while the current feed loads.`)}</p>`;
  }
  const errors =
    s.status === 'error' && s.error.kind === 'invalid' ? s.problems.filter((p) => p.severity === 'error') : [];
  const more = errors.length - SHOWN_PROBLEMS;
  const age = s.status === 'stale' && formatAge(s.savedAt, Date.now(), locale);
  return html`<div part="error">
    ${age ? html`<p>${msg(str`Showing a saved copy (as of ${age}): the feed could not be refreshed.`)}</p>` : nothing}
    <p>${describeError(msg, s.error)}</p>
    ${
      errors.length
        ? html`<ul>
          ${errors.slice(0, SHOWN_PROBLEMS).map((p) => html`<li>${describeProblem(msg, p)}</li>`)}
          ${
            more > 0
              ? html`<li>${s.problems.length < MAX_PROBLEMS ? msg(str`and ${more} more`) : msg(str`and at least ${more} more`)}</li>`
              : nothing
          }
        </ul>`
        : nothing
    }
    ${s.retrying ? html`<p>${msg('Trying again automatically…')}</p>` : nothing}
  </div>`;
}
