/**
 * Vue 3 typings for the three elements: template type checking (vue-tsc, Volar) of their props
 * and events. Load them once in a Vue project:
 *
 *     import type {} from 'network-elements/vue';
 *
 * Vue must also be told that these tags are custom elements (`compilerOptions.isCustomElement`,
 * see the README). This module holds types only and registers nothing.
 */
import type { DefineComponent } from 'vue';
import type { ElementProperties, NetworkElementEvents, NetworkElementTags } from './jsx.js';

/** `onFeedLoad`, `onFeedError`: what `@feed-load` and `@feed-error` are checked against. */
export interface VueEventProps {
  onFeedLoad?: (event: NetworkElementEvents['feed-load']) => void;
  onFeedError?: (event: NetworkElementEvents['feed-error']) => void;
}

/** The props of one of the elements in Vue templates (Vue maps `heading-level` to `headingLevel`). */
export type VueProps<Tag extends keyof NetworkElementTags> = ElementProperties<NetworkElementTags[Tag]['element']> &
  VueEventProps;

declare module 'vue' {
  interface GlobalComponents {
    'network-list': DefineComponent<VueProps<'network-list'>>;
    'network-card': DefineComponent<VueProps<'network-card'>>;
    'contact-box': DefineComponent<VueProps<'contact-box'>>;
  }
}
