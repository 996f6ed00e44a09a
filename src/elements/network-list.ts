import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, type Locale } from '../i18n/localize.js';
import type { Category, Network, NetworkFeed } from '../generated/feed-types.js';
import { FeedElement } from './feed-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { listStyles } from './network-list.styles.js';
import { renderNetwork } from '../templates/network.js';
import { inline } from '../templates/inline.js';
import { heading, headingLevel, paragraph, text } from '../templates/parts.js';
import { DeepLink } from '../search/deep-link.js';
import { SearchController } from '../search/search-controller.js';
import { firstChunks, FIRST_BATCH, isLong } from '../long-list/batches.js';
import type { ChunkedList } from '../long-list/chunked-list.js';

/**
 * Every network of a feed, grouped by category in feed order: each category a section with its
 * heading, its networks as cards in a list.
 *
 * With `searchable`, a search field and category buttons filter the networks as one types
 * (ignoring case and accents); the number found is announced, and the search is kept in the
 * page's address (`?network-search=…&network-category=…`, replaced, never added to the history)
 * so that a filtered list can be shared. A fragment naming a network (`#eccar`) scrolls to its
 * card and focuses its heading, clearing a search that hides it.
 *
 * @summary The European networks, grouped by category.
 *
 * @cssproperty [--network-card-heading-size=1.25em] - Font size of card headings.
 * @cssproperty [--network-card-min-width=18em] - Cards are laid out in as many columns of at least this width as fit.
 * @cssproperty [--network-gap=1em] - Space between cards.
 * @cssproperty [--network-intro-max-width=48em] - The longest line of the introduction's paragraphs (with `intro`).
 *
 * @csspart intro - The title and introduction (with `intro`).
 * @csspart title - The feed's title.
 * @csspart category - The section of one category.
 * @csspart category-heading - A category's heading.
 * @csspart list - The list of cards in a category.
 * @csspart card - One network.
 * @csspart card-heading - A network's name.
 * @csspart short-name - A network's short name, beside its name.
 * @csspart description - A paragraph of a network's description.
 * @csspart facts - The description list of a network's facts.
 * @csspart fact - One term and its values.
 * @csspart fact-term - A fact's term.
 * @csspart fact-value - A fact's value.
 * @csspart search - The search field, category buttons and number found (with `searchable`).
 * @csspart search-input - The search field.
 * @csspart filters - The group of category buttons.
 * @csspart results - The number of networks found, a polite live region.
 * @csspart no-results - Holds the button that clears a search that found nothing.
 */
export class NetworkList extends FeedElement {
  static override styles = [sharedStyles, listStyles];
  static override properties = {
    category: { reflect: true },
    intro: { type: Boolean, reflect: true },
    searchable: { type: Boolean, reflect: true },
  };

  /** Shows only the category with this id. */
  category?: string;

  /** Also shows the feed's title and introduction; the categories' headings then go one level deeper. */
  intro = false;

  /**
   * Adds a search field and category buttons that filter the networks as one types; the search
   * is kept in the page's address and restored from it.
   */
  searchable = false;

  #link = new DeepLink(this);
  #search = new SearchController(this, this.parts);
  /** The batches of a long list's cards, once the long-list part is here. */
  #batches?: ChunkedList;
  /**
   * The networks by category id, for a feed and a search (the same arrays on every render while
   * they stay: the chunks of cards are kept by them).
   */
  #groups: { feed?: NetworkFeed; search?: string; byCategory: Record<string, Network[]> } = { byCategory: {} };

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // A deep link to a network of this list that the search hides clears the search.
    const n = (this.feedState as { feed?: NetworkFeed }).feed?.networks.find((x) => x.id === this.#link.id);
    const [category, query] = this.#search.inForce();
    if (
      n &&
      (!this.category || n.category === this.category) &&
      ((category && n.category !== category) || !this.#search.matches(n, query, this.locale))
    )
      this.#search.set('', '');
  }

  /** Resolves when the last batch of cards is rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.#batches ? this.#batches.settled(() => super.getUpdateComplete()) : done;
  }

  protected renderFeed(feed: NetworkFeed): TemplateResult {
    const locale = this.locale;
    const top = this.level;
    const showIntro = this.intro && (feed.title || feed.intro?.length);
    const categoryLevel = headingLevel(top, showIntro && feed.title ? 1 : 0);
    const cardLevel = headingLevel(categoryLevel, 1);
    const categories = this.category ? feed.categories.filter((c) => c.id === this.category) : feed.categories;
    const [category, query] = this.#search.inForce();
    const groups = this.#group(feed, query, locale);
    const active = !!(category || query);
    const shown = categories
      .filter((c) => !category || c.id === category)
      .map((c) => [c, groups[c.id] ?? []] as const)
      .filter((g) => !active || g[1].length);
    const total = shown.reduce((sum, g) => sum + g[1].length, 0);
    return html`${
      showIntro
        ? html`<div part="intro">
            ${feed.title ? heading(top, text(feed.title, locale), 'title', 'title') : nothing}
            ${feed.intro?.map((p) => paragraph(p, locale))}
          </div>`
        : nothing
    }
      ${this.category && !categories.length ? this.renderMissing('category', this.category) : nothing}
      ${!this.category && !feed.categories.length ? this.renderNotice(msg('This feed lists no networks.')) : nothing}
      ${this.searchable ? this.#search.render(feed, category, active && total, locale) : nothing}
      ${active && !total ? this.#search.renderShowAll() : nothing}
      ${this.#renderCategories(shown, isLong(total), locale + cardLevel, (n) =>
        // Each card one template (src/templates/inline.ts): a quarter less time per card (bench/).
        inline(html`<li>${renderNetwork(n, locale, cardLevel, feed.member)}</li>`),
      ).map(([c, cards]) => this.#renderCategory(c, cards, categoryLevel, locale))}`;
  }

  /**
   * The networks by category, in feed order, that match the search. Without a search the key is
   * the same in every language: a language switch keeps the chunks.
   */
  #group(feed: NetworkFeed, query: string, locale: Locale) {
    const search = query && locale + query;
    if (this.#groups.feed !== feed || this.#groups.search !== search) {
      const byCategory: Record<string, Network[]> = {};
      for (const n of feed.networks)
        if (this.#search.matches(n, query, locale)) (byCategory[n.category] ??= []).push(n);
      this.#groups = { feed, search, byCategory };
    }
    return this.#groups.byCategory;
  }

  /**
   * The categories the cards reach in this update, each with its cards in chunks. A long list
   * loads the long-list part and shows its first batch until then; a server render (never
   * connected) shows every card in one pass.
   */
  #renderCategories(
    shown: (readonly [Category, Network[]])[],
    long: boolean,
    look: string,
    card: (n: Network) => unknown,
  ): [Category, unknown][] {
    const groups = shown.map(([, networks]) => networks);
    if (long && this.isConnected && !this.#batches)
      this.parts.loadOnce('long-list', { use: (part) => (this.#batches = new part.ChunkedList(this, noChange)) });
    const chunks = this.#batches
      ? this.#batches.render(groups, look, card)
      : firstChunks(groups, card, long && this.isConnected ? FIRST_BATCH : Infinity);
    return chunks.map((cards, i) => [
      shown[i][0],
      shown[i][1].length
        ? html`<ul part="list" role="list" class=${long ? 'long' : nothing}>
              ${cards}
            </ul>`
        : this.renderMissing('networks'),
    ]);
  }

  #renderCategory(c: Category, cards: unknown, level: ReturnType<typeof headingLevel>, locale: Locale) {
    return html`<section part="category">
        ${heading(level, text(c.name, locale), `category-${c.id}`, 'category-heading')}
        ${c.description ? paragraph(c.description, locale) : nothing}
        ${cards}
      </section>`;
  }
}
