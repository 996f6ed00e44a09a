import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '../i18n/localize.js';
import type { Network, NetworkFeed } from '../generated/feed-types.js';
import { FeedElement } from './feed-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { listStyles } from './network-list.styles.js';
import { renderNetwork } from '../templates/network.js';
import { heading, headingLevel, paragraph, text, type HeadingLevel } from '../templates/parts.js';
import type { Locale } from '../i18n/localize.js';

// Long lists render in chunks, so that the first screenful shows at once and no task grows with
// the feed. The first update renders FIRST networks (more than a large screen shows); the rest
// follow one batch per frame, each as large as renders in about CHUNK_MS (timed as they go, so
// slower devices get smaller batches). A language or heading-level change goes
// through the chunks the same way, from the top; until a chunk's turn, it keeps its older text.
// Each chunk of CHUNK networks is a template behind `guard`, so chunks already rendered are not
// evaluated again; new chunks only add to the end, so nothing on screen moves. `updateComplete`
// waits for the last chunk. The cards of such long lists (class `long`) are laid out only near
// the screen (network-list.styles.ts): otherwise each frame would lay out the whole list again.
// bench/ measures all this.
const CHUNK = 20;
const FIRST = 100;
const CHUNK_MS = 30;

/** A feed's networks by category id, in feed order: the same arrays on every render. */
const grouped = new WeakMap<NetworkFeed, Record<string, Network[]>>();
function networksIn(feed: NetworkFeed, category: string): Network[] {
  let groups = grouped.get(feed);
  if (!groups) {
    grouped.set(feed, (groups = {}));
    for (const n of feed.networks) (groups[n.category] ??= []).push(n);
  }
  return groups[category] ?? [];
}

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
  static override properties = { category: { reflect: true }, intro: { type: Boolean, reflect: true } };

  /** Shows only the category with this id. */
  category?: string;

  /** Also shows the feed's title and introduction; the categories' headings then go one level deeper. */
  intro = false;

  /** The guard key of each chunk on screen, in display order: [networks, start, locale, level]. */
  #chunks: unknown[][] = [];
  /** The networks the next update may render, and the size of the next batch. */
  #budget = FIRST;
  #perBatch = FIRST;
  /** When the update of the current batch began (0 outside such an update), and how many networks it rendered. */
  #chunkStart = 0;
  #rendered = 0;
  #unfinished = false;
  /** The next chunk frame, while chunks wait. */
  #nextFrame?: Promise<void>;

  override connectedCallback() {
    super.connectedCallback();
    // Chunks pause while the element is out of the document, and go on when it is back.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (this.#chunkStart) {
      // The next batch: as many networks as this one's cost per network fits into CHUNK_MS.
      const cost = performance.now() - this.#chunkStart;
      if (this.#rendered) this.#perBatch = Math.max(CHUNK, Math.min(2 * this.#perBatch, Math.round((this.#rendered * CHUNK_MS) / cost)));
      this.#chunkStart = 0;
    } else this.#perBatch = FIRST; // A new run of batches (new data, language, level) starts small.
    if (this.#unfinished)
      this.#nextFrame ??= new Promise((resolve) =>
        // Right after the next frame is painted, so that a batch never holds back a frame that
        // could show the networks before it.
        requestAnimationFrame(() =>
          setTimeout(() => {
            this.#nextFrame = undefined;
            this.#budget = this.#perBatch;
            if (this.isConnected) {
              this.#chunkStart = performance.now();
              this.requestUpdate();
            }
            resolve();
          }),
        ),
      );
    this.#unfinished = false;
  }

  /** Resolves when the last chunk is rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#nextFrame && this.isConnected) {
      await this.#nextFrame;
      done = await super.getUpdateComplete();
    }
    return done;
  }

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
      ${this.#renderCategories(feed, categories, locale, cardLevel, categoryLevel)}`;
  }

  /**
   * The categories and their networks, chunk by chunk: a chunk rendered with the same key stays;
   * others are rendered while the budget lasts; after that, a chunk of the same networks keeps
   * its older language or level until a later frame, and the rest waits. A category shows once
   * its first chunk does.
   */
  #renderCategories(
    feed: NetworkFeed,
    categories: NetworkFeed['categories'],
    locale: Locale,
    cardLevel: HeadingLevel,
    categoryLevel: HeadingLevel,
  ) {
    const old = this.#chunks;
    const keys: unknown[][] = (this.#chunks = []);
    const long = categories.reduce((sum, c) => sum + networksIn(feed, c.id).length, 0) > FIRST;
    // A server render (never connected) has one pass: it renders every network.
    let budget = this.isConnected ? this.#budget : Infinity;
    let stopped = false;
    this.#rendered = budget;
    this.#budget = FIRST;
    const sections = [];
    for (const c of categories) {
      const networks = networksIn(feed, c.id);
      const chunks = [];
      for (let start = 0; start < networks.length && !stopped; start += CHUNK) {
        const prev = old[keys.length];
        const same = prev?.[0] === networks && prev[1] === start;
        let key = prev;
        if (!same || prev[2] !== locale || prev[3] !== cardLevel) {
          if (budget > 0) {
            budget -= Math.min(CHUNK, networks.length - start);
            key = [networks, start, locale, cardLevel];
          } else if (same) this.#unfinished = true;
          else {
            stopped = this.#unfinished = true;
            break;
          }
        }
        keys.push(key);
        chunks.push(guard(key, () => networks.slice(start, start + CHUNK).map((n) => html`<li>${renderNetwork(n, locale, cardLevel)}</li>`)));
      }
      if (stopped && !chunks.length) break;
      sections.push(html`<section part="category">
        ${heading(categoryLevel, text(c.name, locale), `category-${c.id}`, 'category-heading')}
        ${c.description ? paragraph(c.description, locale) : nothing}
        ${networks.length
          ? html`<ul part="list" role="list" class=${long ? 'long' : nothing}>
              ${chunks}
            </ul>`
          : this.renderNotice(msg('There are no networks in this category.'))}
      </section>`);
    }
    this.#rendered -= budget;
    return sections;
  }
}
