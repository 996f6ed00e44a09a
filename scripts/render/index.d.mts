import type { NetworkFeed } from '../../dist/generated/feed-types.js';

export type { NetworkFeed };

/** What to render: the same choices as `network-elements render`'s options. */
export interface RenderOptions {
  /** The element (default `network-list`). */
  element?: 'network-list' | 'network-card' | 'contact-box';
  /** The language (default `de`). */
  lang?: 'de' | 'en';
  /**
   * A feed instead of the bundled Heidelberg feed: feed data, or a JSON file's path or an http(s)
   * address to load it from. It is validated like a fetched feed; the element is marked
   * `defer-hydration`, so the hydrating script leaves it as rendered.
   */
  feed?: NetworkFeed | string;
  /** The network a `network-card` shows (required for it): a network id from the feed. */
  network?: string;
  /** Only this contact in a `contact-box`. */
  contact?: string;
  /** The level of the element's top headings, 2–6 (default 2). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Also the same content as plain, styled HTML without custom elements or script (`result.plain`). */
  plain?: boolean;
  /** Also schema.org JSON-LD for the feed (`result.jsonLd`), to add once per page. */
  jsonLd?: boolean;
}

/** The rendered HTML. */
export interface RenderResult {
  /**
   * The element with declarative shadow DOM: it shows without a script; load
   * `dist/cdn/network-elements.ssr.js` on the page to make it live (hydration).
   */
  html: string;
  /** With `plain`: a scoped `<style>` and the content as plain HTML (classes `ne-…`). */
  plain?: string;
  /** With `jsonLd`: a `<script type="application/ld+json">` element. */
  jsonLd?: string;
  /** Values of the feed the validator left out (the feed is shown without them), one line each. */
  warnings: string[];
}

/**
 * Renders one element to HTML on the server (Node), as `network-elements render` does. Needs
 * `@lit-labs/ssr` (an optional peer dependency: `npm install @lit-labs/ssr`). Rejects with an
 * error whose message lists the problems for an invalid feed or an unknown id. The first call
 * installs Lit's DOM shim (`HTMLElement`, `customElements`, …) in the global scope.
 */
export function render(options?: RenderOptions): Promise<RenderResult>;
