/**
 * The wording of failures: feed problems, failed loads, and ids the feed lacks. Only the parts
 * that produce failures carry it (src/parts/remote.ts and validate.ts, with its German), so it is
 * not in the script-tag bundles. A part has neither Lit nor a `msg()` of its own: the element
 * hands in its `html`, `nothing` and `msg()` while it renders, so that it answers in its language.
 *
 * The page speaks to its readers: one plain sentence, and a way on (a link to the page the feed
 * names as its `source`, trying again). The details are for webmasters: in a disclosure, and in
 * the browser console (src/feed/report.ts; here, once each, for the notices).
 */
import type { html, nothing } from 'lit';
import { english } from '../i18n/english.js';
import { str } from '../i18n/str.js';
import type { Locale, msg as Msg } from '../i18n/localize.js';
import type { Failure, FeedErrorKind } from './errors.js';
import type { RemoteState } from './state.js';
import { isSafeHref } from './safe-url.js';
import { isWebUrl } from './web-url.js';
import { MAX_PROBLEMS, type Problem } from './validate.js';
import { formatAge } from '../i18n/age.js';

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

/** What was said in the console already: a notice is rendered again and again, and told once. */
const told = new Set<string>();
const toldOf = new WeakSet<object>();
function tellOnce(key: string | object, text: string) {
  const seen = typeof key === 'string' ? told : toldOf;
  if (seen.has(key as never)) return;
  seen.add(key as never);
  console.warn(`network-elements: ${text}`);
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

/**
 * A network object given to a card that is not valid: a sentence for readers; its problems (the
 * array checkNetwork keeps for that object, so told once) in the console.
 */
export function describeInvalidNetwork(msg: Msg, problems: Problem[]): string {
  tellOnce(
    problems,
    [
      'the network object given to <network-card> is not valid:',
      // The object itself (no path) is the network, not a feed.
      ...problems.map((p) => `  ${describeProblem(english, { ...p, path: p.path || 'network' })}`),
    ].join('\n'),
  );
  return msg('This network cannot be shown: its data contains errors.');
}

/** What an element can find missing from a feed. */
export type Missing = 'category' | 'network' | 'contact' | 'networks' | 'feed';

/**
 * What an element was told to show and the feed lacks; a card without a network (`network`, '');
 * a category without networks (`networks`), which only a feed from a part can have; no feed at
 * all (`feed`): no `src` or `feed` in the bundle without the Heidelberg feed. Readers learn what
 * is missing; webmasters, in the console, which attribute to mend.
 */
export function describeMissing(msg: Msg, kind: Missing, id = ''): string {
  if (kind === 'networks') return msg('There are no networks in this category.');
  if (kind === 'feed') {
    tellOnce(kind, 'no feed given: set the src attribute to a feed’s address');
    return msg('There is nothing to show here: the page does not say where the information comes from.');
  }
  const tag = kind === 'category' ? 'network-list' : kind === 'contact' ? 'contact-box' : 'network-card';
  tellOnce(
    kind + id,
    id
      ? `the feed has no ${kind} “${id}”: see the ${kind} attribute of <${tag}>`
      : `<${tag}> has no network: set its network attribute to a network’s id`,
  );
  if (kind === 'category') return msg(str`The category “${id}” was not found.`);
  if (kind === 'contact') return msg(str`The contact “${id}” was not found.`);
  return id ? msg(str`The network “${id}” was not found.`) : msg('No network was chosen to be shown here.');
}

/** What the live region says while Retry loads the feed again. */
export const tryingAgain = (msg: Msg) => msg('Trying again…');

/** What went wrong with a feed, in one plain sentence for its readers, and what they can do. */
function describeForReaders(msg: Msg, kind: FeedErrorKind): string {
  switch (kind) {
    case 'part':
      // As the elements say it without any part (src/elements/feed-element.ts).
      return msg('Loading failed. Please try again later.');
    case 'network':
      return msg('This information could not be loaded: please check your internet connection and try again.');
    case 'timeout':
      return msg('The server with this information is not answering at the moment: please try again later.');
    case 'server':
      return msg('The server with this information has a fault at the moment: please try again later.');
    case 'not-found':
      return msg('This information could not be found.');
    case 'client':
      return msg('The server with this information refused access to it.');
    case 'not-modified':
      return msg('The server with this information sent an answer that cannot be used.');
    case 'redirect':
      return msg('This information cannot be reached: its address leads round in circles.');
    case 'insecure':
      return msg('This information cannot be shown: it would be loaded over an insecure connection.');
    case 'too-large':
      return msg('This information is too large to be shown here.');
    case 'invalid':
      return msg('This information contains errors and cannot be shown.');
    default:
      // not-json, unsupported-version, charset
      return msg('This information is in a format that this page cannot read.');
  }
}

/** What went wrong with a feed, for webmasters: the cause, with the HTTP status where it matters. */
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
      return msg(
        'A file of network-elements could not be loaded (offline, missing beside the script, or from another origin without CORS): the browser console names it.',
      );
  }
}

/**
 * A failure, in the element's status region (or, for a saved copy shown while the feed loads,
 * the note that it is one, and its age). What the region announces: what went wrong in a plain
 * sentence (or that a saved copy is shown, and its age), whether the load goes on, and the link
 * to the page the feed (or the saved copy) names as its `source`. Then, in a disclosure that is
 * not announced (aria-live="off": the reader opens it), the details for webmasters: the cause
 * with its HTTP status, the first validation messages and how many more there are (`at least`
 * where the validator stopped counting).
 */
export function renderFailure({ html, nothing, msg }: Kit, s: FailedState | SavedState, locale: Locale) {
  // A saved copy shown while the feed loads: marked as such, with its age (no error).
  if (!s.error) {
    const age = formatAge((s as SavedState).savedAt, Date.now(), locale);
    return html`<p>${msg(str`This is a saved copy (as of ${age}); the current version is loading.`)}</p>`;
  }
  const errors =
    s.status === 'error' && s.error.kind === 'invalid' ? s.problems.filter((p) => p.severity === 'error') : [];
  const more = errors.length - SHOWN_PROBLEMS;
  const source = s.status === 'stale' ? s.feed.source : s.source;
  const href = source && isWebUrl(source) && isSafeHref(source) ? source : undefined;
  const age = s.status === 'stale' && formatAge(s.savedAt, Date.now(), locale);
  return html`<div part="error">
    <p>${
      age
        ? msg(str`This is a saved copy (as of ${age}): the current version could not be loaded.`)
        : describeForReaders(msg, s.error.kind)
    }</p>
    ${s.retrying ? html`<p>${msg('Trying again automatically…')}</p>` : nothing}
    ${href ? html`<p><a part="link" href=${href}>${msg(str`Read this information on ${new URL(href).host}`)}</a></p>` : nothing}
    <details aria-live="off">
      <summary>${msg('Technical details (for webmasters)')}</summary>
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
    </details>
  </div>`;
}
