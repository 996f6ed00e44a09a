// Server-side rendering for `npx network-elements render` (bin/network-elements.mjs): the
// elements' HTML with declarative shadow DOM, rendered by @lit-labs/ssr from the npm build in
// dist/ (the very code the browser runs), the same content as plain HTML (plain.mjs), and
// schema.org JSON-LD (json-ld.mjs). Node only; shipped in the package beside bin/.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Node's own fetch: the DOM shim installed below puts a node-fetch based one in its place. */
const nodeFetch = globalThis.fetch;

/** Thrown on import when @lit-labs/ssr (an optional peer dependency) is not installed. */
export const NO_SSR = 'ERR_NETWORK_ELEMENTS_NO_SSR';

// Lit's server rendering wants its DOM shim (HTMLElement, customElements, …) before Lit loads.
// @lit-labs/ssr is an optional peer dependency: browser apps never install it.
try {
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('@lit-labs/ssr')) throw e;
  throw Object.assign(
    new Error(
      'server rendering needs @lit-labs/ssr, which is not installed: npm install @lit-labs/ssr to render on the server',
    ),
    { code: NO_SSR },
  );
}
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, nothing } = await import('lit');
const dist = new URL('../../dist/', import.meta.url);
const { NetworkList, NetworkCard, ContactBox } = await import(new URL('classes.js', dist).href);
const { msg, withLocale } = await import(new URL('i18n/localize.js', dist).href);
const { validateFeed } = await import(new URL('feed/validate.js', dist).href);
const { describeProblem } = await import(new URL('feed/messages.js', dist).href);
const { bundledFeed } = await import(new URL('feed/bundled.js', dist).href);
// The elements load the validator when they first need it (a `feed` property, an id the feed
// lacks); a server render is one synchronous pass, so it is here before the first.
await (await import(new URL('loading/registry.js', dist).href)).load('validate');

/** The package's version, for the CDN address in the output's comment. */
export const VERSION = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')).version;

for (const [tag, element] of [
  ['network-list', NetworkList],
  ['network-card', NetworkCard],
  ['contact-box', ContactBox],
]) {
  if (!globalThis.customElements.get(tag)) globalThis.customElements.define(tag, element);
}

export const ELEMENTS = ['network-list', 'network-card', 'contact-box'];
export const LANGUAGES = ['de', 'en'];

/** A failure to report in one sentence (or a few lines), without a stack trace. */
export class CliError extends Error {}

/** How long a remote feed may take, and how large it may be (the elements' own limit). */
const FETCH_TIMEOUT_MS = 15_000;
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * The feed data from `source`: a JSON file's path, an http(s) URL, or (no source) the bundled
 * feed. Not yet validated. Returns `{ data, url }`, `url` for a remote feed.
 */
export async function loadFeed(source) {
  if (!source) return { data: bundledFeed };
  if (/^https?:\/\//i.test(source)) {
    let response;
    try {
      response = await nodeFetch(source, {
        signal: globalThis.AbortSignal.timeout(FETCH_TIMEOUT_MS),
        headers: { accept: 'application/json' },
      });
    } catch (e) {
      const reason =
        e?.name === 'TimeoutError'
          ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
          : (e?.cause?.message ?? e?.message);
      throw new CliError(`cannot load the feed ${source}: ${reason}`);
    }
    if (!response.ok) throw new CliError(`cannot load the feed ${source}: HTTP ${response.status}`);
    const text = await response.text();
    if (Buffer.byteLength(text) > MAX_BYTES) throw new CliError(`the feed ${source} is larger than ${MAX_BYTES} bytes`);
    return { data: parseJson(text, source), url: response.url || source };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
    throw new CliError(`--feed takes a file or an http(s) address, not ${source}`);
  let text;
  try {
    text = await readFile(resolve(source), 'utf8');
  } catch (e) {
    throw new CliError(`cannot read the feed file ${source}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  return { data: parseJson(text, source) };
}

function parseJson(text, source) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`the feed ${source} is not JSON: ${e.message}`);
  }
}

/**
 * Validates feed data with the elements' own validator. Invalid: a CliError listing each error
 * as `path: reason`. Valid: the checked feed and its warnings (fields left out), as lines.
 */
export function checkFeed(data, source = 'the bundled feed') {
  const { value, problems } = validateFeed(data);
  const lines = (severity) =>
    withLocale('en', () => problems.filter((p) => p.severity === severity).map((p) => `  ${describeProblem(msg, p)}`));
  if (!value) throw new CliError([`${source} is not a valid network feed:`, ...lines('error')].join('\n'));
  return { feed: value, warnings: lines('warning') };
}

/** Minifies the elements' own CSS a little: no comments, no runs of white space. */
const compactCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .trim();

/**
 * Where a template ends in a binding, Lit closes it with an empty comment, written `<?>` (lit/lit#2470):
 * browsers read that as a comment, but it is a parse error in HTML. Written as a conforming empty
 * comment instead, the same node for hydration. Lit's server renderer escapes `<` in every text and
 * attribute value, so that each `<?>` in its output is such a comment.
 */
const EMPTY_COMMENT = '<!---->';

/**
 * One element as HTML with declarative shadow DOM (`<template shadowrootmode="open">`), with
 * Lit's markers, which the hydrating script (network-elements.ssr.js) takes over.
 *
 * - `feed`: the checked feed data, or undefined for the bundled feed.
 * - `src`: the feed's address, set as the element's `src`.
 * - `deferHydration`: marks the element `defer-hydration`: the script then leaves it as rendered
 *   (its feed is not one the script would show in the same way).
 */
export function renderElement({ element, lang, headingLevel, network, contact, feed, src, deferHydration = false }) {
  const level = headingLevel ?? nothing;
  const defer = deferHydration;
  const source = src ?? nothing;
  // One template per tag: a tag name cannot be a binding.
  const template =
    element === 'network-card'
      ? html`<network-card lang=${lang} network=${network} heading-level=${level} src=${source} ?defer-hydration=${defer} .feed=${feed}></network-card>`
      : element === 'contact-box'
        ? html`<contact-box lang=${lang} contact=${contact ?? nothing} heading-level=${level} src=${source} ?defer-hydration=${defer} .feed=${feed}></contact-box>`
        : html`<network-list lang=${lang} heading-level=${level} src=${source} ?defer-hydration=${defer} .feed=${feed}></network-list>`;
  // The elements call msg() while they render; directives (the list's chunks) resolve while the
  // result is collected, after render() has returned: the whole collection runs in the language.
  const out = withLocale(lang, () => collectResultSync(render(template)));
  // The outer template's markers are of no use on the page: only the element's own are hydrated.
  return out
    .replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<([a-z-]+)\s+/, '<$1 ')
    .replace(/<style>([\s\S]*?)<\/style>/, (_, css) => `<style>${compactCss(css)}</style>`)
    .replaceAll('<?>', EMPTY_COMMENT);
}

/** The shadow root's content of an element rendered by renderElement(): its template's inside, styles left out. */
export function shadowContent(rendered) {
  const start = rendered.indexOf('>', rendered.indexOf('<template shadowroot')) + 1;
  const end = rendered.lastIndexOf('</template>');
  if (start <= 0 || end < start) throw new CliError('the element rendered no shadow root');
  return rendered.slice(start, end).replace(/^<style>[\s\S]*?<\/style>/, '');
}
