// Helpers for the search tests and deep-link.test.ts (not a test file itself).
import type { LitElement } from 'lit';
import type { NetworkList } from '../../src/index.js';
import { bundledFeed } from '../../src/feed/bundled.js';
import { all, clean, one } from './elements-helpers.js';

const initialUrl = location.href;

/** Puts the page's address back as it was (query and fragment), without a history entry or hashchange. */
export function restoreUrl() {
  history.replaceState(history.state, '', initialUrl);
}

/** Sets the page's query and fragment as if the page had been opened with them. */
export function openWith(searchAndHash: string) {
  history.replaceState(history.state, '', new URL(searchAndHash, initialUrl));
}

/** A `<network-list searchable>` in English added to the page, after its first update. */
export async function searchableList(): Promise<NetworkList> {
  const el = document.createElement('network-list') as NetworkList;
  el.searchable = true;
  el.lang = 'en';
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Presses the category button for the topic-specific networks (the third: All, cross-topic, topic-specific). */
export const pickTopicSpecific = (el: Element) =>
  one<HTMLButtonElement>(el, '[part="filters"] button:nth-child(3)').click();

/** The names of the networks on screen, in order. */
export const cards = (el: Element) => all(el, '[part="card-heading"]').map((h) => clean(h));

/** The search field. */
export const field = (el: Element) => one<HTMLInputElement>(el, 'input[type="search"]');

/** The live region that reports the number found. */
export const results = (el: Element) => one(el, '[part="results"]');

/** The category buttons: [text, aria-pressed] each. */
export const buttons = (el: Element) =>
  all(el, '[part="filters"] button').map((b) => [clean(b), b.getAttribute('aria-pressed')]);

/** Types into the search field as a script-driven input would: value, then an input event. */
export function typeInto(el: Element, value: string) {
  const input = field(el);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Waits past the pause after which typing applies (300 ms), and for the render. */
export async function paused(el: LitElement) {
  await new Promise((resolve) => setTimeout(resolve, 350));
  await el.updateComplete;
}

/** Types a search and waits until it applies. */
export async function typed(el: LitElement, value: string) {
  typeInto(el, value);
  await paused(el);
}

/** `count` networks made from the bundled feed's, in turn, with numbered ids and names (`… n12`). */
export function longFeed(count: number) {
  const base = structuredClone(bundledFeed) as unknown as { networks: { id: string; name: Record<string, string> }[] };
  const networks = Array.from({ length: count }, (_, i) => {
    const n = structuredClone(base.networks[i % base.networks.length]);
    n.id = `n${i + 1}-${n.id}`;
    for (const lang of Object.keys(n.name)) n.name[lang] = `${n.name[lang]} n${i + 1}`;
    return n;
  });
  return { ...base, networks };
}
