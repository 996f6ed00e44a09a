// Type tests of network-elements/svelte: what a Svelte template (svelte-check) checks an element's
// attributes, properties and events against — `svelte/elements`' SvelteHTMLElements, which
// Svelte's `svelteHTML.IntrinsicElements` extends. Compiled by tests/node/package.test.mjs.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'network-elements/svelte';
import type { FeedErrorKind, NetworkFeed } from 'network-elements/classes';

declare const feed: NetworkFeed;
type List = SvelteHTMLElements['network-list'];
type Card = SvelteHTMLElements['network-card'];
type Box = SvelteHTMLElements['contact-box'];

export const listOk: List = {
  src: '/feed.json',
  category: 'cross-topic',
  intro: true,
  searchable: false,
  'structured-data': true,
  'heading-level': 3,
  lang: 'en',
  class: 'networks',
  'onfeed-error': (e) => e.kind satisfies FeedErrorKind,
  'on:feed-load': (e) => e.networks satisfies number,
};
export const cardOk: Card = { network: 'eccar', headingLevel: 4, structuredData: false, feed };
export const boxOk: Box = { contact: 'europe-office', 'max-bytes': 100_000, cache: 'local' };

// @ts-expect-error A misspelt attribute.
export const typo: List = { categroy: 'cross-topic' };
// @ts-expect-error intro is a boolean.
export const wrongBoolean: List = { intro: 'yes please' };
// @ts-expect-error structured-data is a boolean attribute.
export const wrongDashedBoolean: List = { 'structured-data': 'no' };
// @ts-expect-error A network is an id or a network object, not a number.
export const wrongNetwork: Card = { network: 42 };
// @ts-expect-error A feed is feed data.
export const wrongFeed: Box = { feed: { networks: 'none' } };
// @ts-expect-error feed-load carries no error kind.
export const wrongEvent: List = { 'onfeed-load': (e) => e.kind };
// @ts-expect-error cache is "local" or nothing.
export const wrongCache: Box = { cache: 'session' };
