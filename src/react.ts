/**
 * React 19 typings for the three elements (React 19 renders custom elements natively: a prop the
 * element has as a property is set as that property, any other as an attribute; `on<event>`
 * listens to that event). Load them once in a React project:
 *
 *     import type {} from 'network-elements/react';
 *
 * and `<network-card network={data} onfeed-error={(e) => e.kind} />` type-checks. This module
 * holds types only and registers nothing.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NetworkElementEvents, NetworkElementTags } from './jsx.js';

/** `onfeed-load`, `onfeed-error`: the event names as React 19 passes them to `addEventListener`. */
export type ReactEventProps = {
  [K in keyof NetworkElementEvents as `on${K}`]?: (event: NetworkElementEvents[K]) => void;
};

/** The JSX props of one of the elements in React 19. */
export type ReactProps<Tag extends keyof NetworkElementTags> = DetailedHTMLProps<
  HTMLAttributes<NetworkElementTags[Tag]['element']>,
  NetworkElementTags[Tag]['element']
> &
  NetworkElementTags[Tag]['props'] &
  ReactEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'network-list': ReactProps<'network-list'>;
      'network-card': ReactProps<'network-card'>;
      'contact-box': ReactProps<'contact-box'>;
    }
  }
}
