import type { html, render } from 'lit';
import type { Network, NetworkFeed } from '../generated/feed-types.js';
import type { Locale } from '../i18n/localize.js';
import { jsonLd, networkList, offices, organization, type Item } from './json-ld.js';

/** What an element with `structured-data` shows, as far as its JSON-LD goes. */
export interface Described extends HTMLElement {
  category?: string;
  network?: unknown;
  contact?: string;
}

/** Per element: what its JSON-LD was last built from, the text, and its script element. */
const kept = new WeakMap<Described, { key: unknown[]; json: string; script?: HTMLScriptElement }>();

/**
 * The schema.org items an element shows: a `<contact-box>` the offices of its contacts (each
 * with them as ContactPoints), a `<network-card>` its network as an Organization, a
 * `<network-list>` its networks (of its `category`) as an ItemList. `check`: the validator's
 * verdict on a network object given to a card.
 */
function items(el: Described, feed: NetworkFeed, locale: Locale, check: (n: unknown) => Network | undefined): Item[] {
  const { category, network, contact } = el;
  if ('contact' in el)
    return offices(feed, locale, contact ? feed.contacts.filter((c) => c.id === contact) : feed.contacts);
  if ('network' in el) {
    const n =
      typeof network === 'string' ? feed.networks.find((x) => x.id === network) : network ? check(network) : undefined;
    return n ? [organization(n, locale)] : [];
  }
  const list = networkList(feed, locale, category);
  return list.numberOfItems ? [list] : [];
}

/** The element's Lit, which this part (built without Lit) makes its script element with. */
export interface Lit {
  html: typeof html;
  render: typeof render;
}

/**
 * An empty JSON-LD script element. Made from a template, it is parsed with Lit's Trusted Types
 * policy and marked "already started": the browser never runs it, whatever text or type it gets
 * later, so its text needs no TrustedScript under `require-trusted-types-for 'script'`.
 */
function newScript({ html, render }: Lit): HTMLScriptElement {
  const fragment = document.createDocumentFragment();
  render(html`<script type="application/ld+json"></script>`, fragment);
  return fragment.querySelector('script')!;
}

/**
 * Keeps an element's `<script type="application/ld+json">` in its light DOM (`structured-data`):
 * describing `feed` in `locale`, or gone without a feed. Built again only when what it describes
 * changed (not for each chunk of a long list, each search or each hashchange).
 */
export function keepStructuredData(
  el: Described,
  feed: NetworkFeed | undefined,
  locale: Locale,
  lit: Lit,
  check: (n: unknown) => Network | undefined,
): void {
  const memo = kept.get(el) ?? { key: [], json: '' };
  kept.set(el, memo);
  // A network object counts as checked once the validator has (it may arrive after this part).
  const network = typeof el.network === 'object' && el.network ? check(el.network) : el.network;
  const key = [feed, locale, el.category, network, el.contact];
  if (key.some((v, i) => v !== memo.key[i])) {
    memo.key = key;
    const found = feed ? items(el, feed, locale, check) : [];
    memo.json = found.length ? jsonLd(found) : '';
  }
  if (memo.json) {
    const script = (memo.script ??= newScript(lit));
    if (script.text !== memo.json) script.replaceChildren(memo.json);
    if (script.parentNode !== el) el.append(script);
  } else memo.script?.remove();
}
