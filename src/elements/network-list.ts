import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { NetworkFeed } from '../generated/feed-types.js';
import { FeedElement } from './feed-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { listStyles } from './network-list.styles.js';
import { renderNetwork } from '../templates/network.js';
import { heading, headingLevel, paragraph, text } from '../templates/parts.js';

/**
 * Every network of a feed, grouped by category in feed order: each category a section with its
 * heading, its networks as cards in a list.
 *
 * @summary The European networks, grouped by category.
 *
 * @fires {FeedLoadEvent} feed-load - A remote feed (`src`) has loaded; `url` and `networks` (its number of networks).
 * @fires {FeedErrorEvent} feed-error - The feed cannot be shown; `url`, `kind` and, where there was a response, `status`.
 *
 * @cssproperty [--network-accent-color=light-dark(#0b5394, #9cc7f5)] - Links, focus ring and buttons.
 * @cssproperty [--network-link-color=var(--network-accent-color)] - Link text.
 * @cssproperty [--network-focus-color=var(--network-accent-color)] - The focus outline.
 * @cssproperty [--network-heading-color=inherit] - Headings.
 * @cssproperty [--network-border-color=color-mix(in srgb, currentColor 30%, transparent)] - Card borders.
 * @cssproperty [--network-card-background=transparent] - Card background.
 * @cssproperty [--network-card-padding=1rem 1.25rem] - Padding inside a card.
 * @cssproperty [--network-card-heading-size=1.25em] - Font size of card headings.
 * @cssproperty [--network-card-min-width=18rem] - Cards are laid out in as many columns of at least this width as fit.
 * @cssproperty [--network-radius=0.375rem] - Corner radius of cards and buttons.
 * @cssproperty [--network-gap=1rem] - Space between cards.
 * @cssproperty [--network-line-height=1.5] - Line height of the text.
 * @cssproperty [--network-error-color=light-dark(#b3261e, #ffb4ab)] - The mark beside error messages.
 * @cssproperty [--network-loading-min-height=6rem] - Space kept while a remote feed loads.
 * @cssproperty [--network-intro-max-width=48em] - The longest line of the introduction's paragraphs (with `intro`).
 *
 * @csspart base - The wrapper of everything the element renders; carries the `lang` in use.
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
 * @csspart links - A list of links.
 * @csspart link - A link.
 * @csspart notice - A message shown instead of content (unknown category, empty list).
 * @csspart status - The live region for loading and error messages.
 * @csspart error - An error message.
 * @csspart retry - The Retry button after a failed load.
 */
export class NetworkList extends FeedElement {
  static override styles = [sharedStyles, listStyles];

  /** Shows only the category with this id. */
  @property({ reflect: true }) category?: string;

  /** Also shows the feed's title and introduction; the categories' headings then go one level deeper. */
  @property({ type: Boolean, reflect: true }) intro = false;

  protected renderFeed(feed: NetworkFeed): TemplateResult {
    const locale = this.locale;
    const top = this.level;
    const showIntro = this.intro && (feed.title || feed.intro?.length);
    const categoryLevel = headingLevel(top, showIntro && feed.title ? 1 : 0);
    const cardLevel = headingLevel(categoryLevel, 1);
    const categories = this.category ? feed.categories.filter((c) => c.id === this.category) : feed.categories;
    return html`${showIntro
        ? html`<div part="intro">
            ${feed.title ? heading(top, text(feed.title, locale), 'title', 'title') : nothing}
            ${feed.intro?.map((p) => paragraph(p, locale))}
          </div>`
        : nothing}
      ${this.category && !categories.length
        ? this.renderNotice(msg(str`There is no category “${this.category}” in this feed.`))
        : nothing}
      ${!this.category && !feed.categories.length ? this.renderNotice(msg('This feed lists no networks.')) : nothing}
      ${categories.map((c) => {
        const networks = feed.networks.filter((n) => n.category === c.id);
        return html`<section part="category">
          ${heading(categoryLevel, text(c.name, locale), `category-${c.id}`, 'category-heading')}
          ${c.description ? paragraph(c.description, locale) : nothing}
          ${networks.length
            ? html`<ul part="list" role="list">
                ${networks.map((n) => html`<li>${renderNetwork(n, locale, cardLevel)}</li>`)}
              </ul>`
            : this.renderNotice(msg('There are no networks in this category.'))}
        </section>`;
      })}`;
  }
}
