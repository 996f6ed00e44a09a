/**
 * Svelte typings for the three elements (Svelte 4 and 5, through `svelte/elements`): template type
 * checking (svelte-check, the Svelte language tools) of their attributes, properties and events.
 * Load them once in a Svelte project, e.g. in `src/app.d.ts`:
 *
 *     import type {} from 'network-elements/svelte';
 *
 * Svelte sets a name the element has as a property (`headingLevel`, `feed`, `structuredData`) as
 * that property, any other (`heading-level`) as an attribute; `onfeed-error` (Svelte 5) and
 * `on:feed-error` (Svelte 4) listen to the event. This module holds types only and registers nothing.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { NetworkElementEvents, NetworkElementTags } from './jsx.js';

/** `onfeed-load` (Svelte 5) and `on:feed-load` (Svelte 4), and the same for `feed-error`. */
export type SvelteEventProps = {
  [K in keyof NetworkElementEvents as `on${K}` | `on:${K}`]?: (event: NetworkElementEvents[K]) => void;
};

/** The template props of one of the elements in Svelte. */
export type SvelteProps<Tag extends keyof NetworkElementTags> = HTMLAttributes<NetworkElementTags[Tag]['element']> &
  NetworkElementTags[Tag]['props'] &
  SvelteEventProps;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'network-list': SvelteProps<'network-list'>;
    'network-card': SvelteProps<'network-card'>;
    'contact-box': SvelteProps<'contact-box'>;
  }
}
