/**
 * The elements' attributes, properties and events as plain types, for the framework typings in
 * `react.ts` and `vue.ts` (and for any other JSX setup). Derived from the classes, so a new
 * property shows up here without a second list to keep in step.
 */
import type { LitElement } from 'lit';
import type { ContactBox } from './elements/contact-box.js';
import type { NetworkCard } from './elements/network-card.js';
import type { NetworkList } from './elements/network-list.js';
import type { FeedErrorEvent, FeedLoadEvent } from './events.js';

/** The events every element fires, by name. */
export interface NetworkElementEvents {
  'feed-load': FeedLoadEvent;
  'feed-error': FeedErrorEvent;
}

/** An element's public, settable properties (not methods, not LitElement's own members), all optional. */
export type ElementProperties<E> = {
  -readonly [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** `headingLevel` → `heading-level`. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/**
 * The dashed attribute names of camel-cased properties (`heading-level`, `max-bytes`), as strings
 * or numbers; those of boolean properties (`structured-data`) as booleans (React 19 sets `true` as
 * an empty attribute and removes it for `false`).
 */
export type DashedAttributes<E> = {
  [K in keyof ElementProperties<E> as K extends string ? (Kebab<K> extends K ? never : Kebab<K>) : never]?: NonNullable<
    ElementProperties<E>[K]
  > extends boolean
    ? boolean
    : string | number;
};

/** What `<network-list>` takes: properties, plus dashed attribute names. */
export type NetworkListProps = ElementProperties<NetworkList> & DashedAttributes<NetworkList>;
/** What `<network-card>` takes: properties, plus dashed attribute names. */
export type NetworkCardProps = ElementProperties<NetworkCard> & DashedAttributes<NetworkCard>;
/** What `<contact-box>` takes: properties, plus dashed attribute names. */
export type ContactBoxProps = ElementProperties<ContactBox> & DashedAttributes<ContactBox>;

/** Each tag with its class and props. */
export interface NetworkElementTags {
  'network-list': { element: NetworkList; props: NetworkListProps };
  'network-card': { element: NetworkCard; props: NetworkCardProps };
  'contact-box': { element: ContactBox; props: ContactBoxProps };
}
