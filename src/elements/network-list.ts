import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { addTranslations, msg } from '../i18n/localize.js';
import type { LocalizedText, Network, NetworkFeed } from '../generated/feed-types.js';
import { FeedElement } from './feed-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { listStyles } from './network-list.styles.js';
import { renderNetwork } from '../templates/network.js';
import { inline } from '../templates/inline.js';
import { heading, headingLevel, paragraph, text, type HeadingLevel } from '../templates/parts.js';
import type { Locale } from '../i18n/localize.js';
import type * as Search from '../search/part.js';
import { CATEGORY, QUERY } from '../search/address.js';
import { DeepLink } from '../search/deep-link.js';

// Long lists render in chunks, so that the first screenful shows at once and no task grows with
// the feed. The first update renders FIRST networks (more than a large screen shows); the rest
// follow in batches, each as large as renders in about CHUNK_MS (timed as they go, so slower
// devices get smaller batches): batches of new cards one per frame, batches that only change
// the text of cards on screen as tasks (see updated()). A language or heading-level change goes
// through the chunks the same way, from the top, counting such chunks at a tenth (RELOCALIZED);
// until a chunk's turn, it keeps its older text.
// A chunk of CHUNK networks already on screen as it should be is passed to Lit as `noChange`, so
// it is not evaluated again (as `guard` would, without its bytes); new chunks only add to the
// end, so nothing on screen moves. `updateComplete` waits for the last chunk. The cards of such
// long lists (class `long`) are laid out only near the screen (network-list.styles.ts):
// otherwise each frame would lay out the whole list again. bench/ measures all this.
const CHUNK = 20;
const FIRST = 100;
const CHUNK_MS = 30;
// A batch's time is measured without the style, layout and garbage collection it causes, which
// grow with its size: beyond this many networks, batches of 10,000-network lists made tasks of
// 110–200 ms (bench/).
const MAX_BATCH = 300;
// A chunk already on screen in another language or heading level costs about a tenth of a new
// one: Lit only rewrites its text, and the style work of a language change happens at once
// anyway. Counted so, a language switch of 1,000 networks is one task of about 30 ms, 1.3× the
// floor, where batches of new-network size made it 2× (bench/).
const RELOCALIZED = 10;

/** The search (src/search/part.ts), once loaded: lists with `searchable` load it (src/lazy.ts). */
let search: typeof Search | undefined;
/** A script-tag bundle could not load it: lists show no search (rather than one that does nothing), and do not ask again. */
let searchFailed = false;

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
 * @csspart search - The search field, category buttons and number found (with `searchable`).
 * @csspart search-input - The search field.
 * @csspart filters - The group of category buttons.
 * @csspart results - The number of networks found, a polite live region.
 * @csspart no-results - Holds the button that clears a search that found nothing.
 * @csspart status - The live region for loading and error messages.
 * @csspart error - An error message.
 * @csspart retry - The Retry button after a failed load.
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

  /** The search in force (typing applies it after a pause) and the category chosen. */
  #query = '';
  #category = '';
  #timer?: ReturnType<typeof setTimeout>;
  #searching?: boolean;
  /** The search to keep in the address: what #set applied last, if anything. */
  #address?: [query: string, category: string];
  #link = new DeepLink(this);
  /**
   * The networks shown by category, in feed order: [feed, locale and search, groups]. The same
   * arrays on every render while the feed (and search) stay: chunks are kept by them.
   */
  #memo: unknown[] = [];

  /**
   * What each chunk on screen shows, [networks, start, locale, level], by category section and
   * position: as rendered by the last render that showed the list (empty after one that did not).
   */
  #chunks: unknown[][][] = [];
  #shown: unknown[][][] = [];
  /** The networks the next update may render, and the size of the next batch. */
  #budget = FIRST;
  #perBatch = FIRST;
  /** When the update of the current batch began (0 outside such an update), and how many networks it rendered. */
  #chunkStart = 0;
  #rendered = 0;
  #unfinished?: boolean;
  /** The last render made new cards (not only new text for cards on screen). */
  #fresh?: boolean;
  /** The next batch, while chunks wait. */
  #nextBatch?: Promise<void>;

  override connectedCallback() {
    super.connectedCallback();
    // Chunks pause while the element is out of the document, and go on when it is back.
    if (this.hasUpdated) this.requestUpdate();
    // A search from the address (where the element writes it, so a move in the page keeps it),
    // or the one applied here and not yet written (the search part still on its way).
    if (this.searchable) {
      const p = new URLSearchParams(location.search);
      [this.#query, this.#category] = this.#address ?? [p.get(QUERY) ?? '', p.get(CATEGORY) ?? ''];
      // With a search in the address, the first render waits for the search code, so that it
      // applies (and says what it found) at once; without one, the list renders at once and the
      // code loads when first used.
      if (this.#query || this.#category) this.#loadSearch(true);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // A deep link to a network of this list that the search hides clears the search.
    const n = (this.feedState as { feed?: NetworkFeed }).feed?.networks.find((x) => x.id === this.#link.id);
    const [category, query] = this.#inForce();
    if (
      n &&
      (!this.category || n.category === this.category) &&
      ((category && n.category !== category) || (query && !search!.matches(n, query, this.locale)))
    )
      this.#set('', '');
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // Right after the next frame is painted: after a run's first batch, so that no batch holds
    // back the frame that shows it, and after a batch of new cards, so that each frame lays out
    // one batch's (batches as tasks piled several into one frame of 10,000-network lists, over
    // 100 ms). Batches that only change the text of cards on screen follow as tasks.
    const afterFrame = !this.#chunkStart || this.#fresh;
    this.#fresh = false;
    if (this.#chunkStart) {
      // The next batch: as many networks as this one's cost per network fits into CHUNK_MS.
      const cost = performance.now() - this.#chunkStart;
      if (this.#rendered)
        this.#perBatch = Math.max(
          CHUNK,
          Math.min(2 * this.#perBatch, MAX_BATCH, Math.round((this.#rendered * CHUNK_MS) / cost)),
        );
      this.#chunkStart = 0;
    } else this.#perBatch = FIRST; // A new run of batches (new data, language, level) starts small.
    if (this.#unfinished)
      this.#nextBatch ??= new Promise((resolve) =>
        (afterFrame ? (f: () => void) => requestAnimationFrame(() => setTimeout(f)) : setTimeout)(() => {
          this.#nextBatch = undefined;
          this.#budget = this.#perBatch;
          if (this.isConnected) {
            this.#chunkStart = performance.now();
            this.requestUpdate();
          }
          resolve();
        }),
      );
    this.#unfinished = false;
  }

  /** Resolves when the last chunk is rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#nextBatch && this.isConnected) {
      await this.#nextBatch;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override render(): TemplateResult {
    // A chunk is left alone (noChange) only where the last render put it: after a render without
    // the list (loading, a failure), whose parts Lit has discarded, every chunk is rendered anew.
    this.#shown = this.#chunks;
    this.#chunks = [];
    return super.render();
  }

  protected renderFeed(feed: NetworkFeed): TemplateResult {
    const locale = this.locale;
    const top = this.level;
    const showIntro = this.intro && (feed.title || feed.intro?.length);
    const categoryLevel = headingLevel(top, showIntro && feed.title ? 1 : 0);
    const cardLevel = headingLevel(categoryLevel, 1);
    const categories = this.category ? feed.categories.filter((c) => c.id === this.category) : feed.categories;
    const [category, query] = this.#inForce();
    // Without a search, the key is the same in every language: a language switch keeps the chunks.
    const key = query && locale + query;
    if (this.#memo[0] !== feed || this.#memo[1] !== key) {
      const groups: Record<string, Network[]> = {};
      for (const n of feed.networks)
        if (!query || search!.matches(n, query, locale)) (groups[n.category] ??= []).push(n);
      this.#memo = [feed, key, groups];
    }
    const groups = this.#memo[2] as Record<string, Network[]>;
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
      ${
        this.category && !categories.length
          ? this.renderFailureNotice((t) => t.describeMissing(msg, 'category', this.category))
          : nothing
      }
      ${!this.category && !feed.categories.length ? this.renderNotice(msg('This feed lists no networks.')) : nothing}
      ${this.searchable && !searchFailed ? this.#renderSearch(feed, category, active && total, locale) : nothing}
      ${
        active && !total && search
          ? html`<p part="no-results"><button @click=${this.#reset}>${search.showAll(msg)}</button></p>`
          : nothing
      }
      ${this.#renderCategories(shown, total > FIRST, locale, cardLevel, categoryLevel, feed.member)}`;
  }

  /** The search field, the category buttons (for a feed of several categories) and the live region. */
  #renderSearch(feed: NetworkFeed, category: string, n: number | false, locale: Locale) {
    return html`<search part="search">
      <label>${msg('Search networks')}<input part="search-input" type="search" .value=${this.#query} @input=${this.#input} /></label>
      ${
        !this.category && feed.categories.length > 1
          ? html`<div part="filters" role="group" aria-label=${msg('Category')}>
            ${[['', msg('All')], ...feed.categories.map((c) => [c.id, text(c.name, locale)])].map(
              ([id, label]) =>
                html`<button aria-pressed=${id === category} @click=${() => this.#set(this.#query, id === category ? '' : (id as string))}>
                  ${label}
                </button>`,
            )}
          </div>`
          : nothing
      }
      <p part="results" role="status">${n === false || !search ? '' : search.describeFound(msg, n)}</p>
    </search>`;
  }

  /** Typing filters once it pauses (300 ms): the list, the number found and the address change once, not per keystroke. */
  #input(e: Event) {
    // The search code is loaded when first used: typing (or a search in the address).
    this.#loadSearch();
    // The field itself: once the event is dispatched, its target no longer points into the shadow root.
    const input = e.target as HTMLInputElement;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.isConnected && this.#set(input.value, this.#category), 300);
  }

  /**
   * The search in force: the category chosen (unless `category` picks one) and the words typed,
   * folded. Until the search code is there (a moment, on a slow network), the words are not.
   */
  #inForce(): [category: string, query: string] {
    // Without the search code, there are no buttons to undo a category either.
    if (!this.searchable || searchFailed) return ['', ''];
    return [this.category ? '' : this.#category, search ? search.fold(this.#query).trim() : ''];
  }

  /** Loads the search part once for this element (see searchFailed); then writes a search waiting for it. */
  #loadSearch(hold?: boolean) {
    if (search || searchFailed || this.#searching) return;
    this.#searching = true;
    const loaded = (m: typeof Search) => {
      search = m;
      addTranslations(m.searchTranslations);
      // Not for a list removed meanwhile: the page may have moved on (a new route).
      if (this.#address && this.isConnected) m.keepInAddress(...this.#address);
    };
    this.loadPart('search', loaded, hold, () => {
      searchFailed = true;
      this.requestUpdate();
    });
  }

  #reset() {
    this.#set('', '');
    this.renderRoot.querySelector('input')!.focus();
  }

  /**
   * Applies a search and keeps it in the address (src/search/address.ts). The search part does
   * that: a category chosen before it is there is written once it is.
   */
  #set(query: string, category: string) {
    clearTimeout(this.#timer);
    this.#query = query;
    this.#category = category;
    // The field shows the search in force (a reset or a deep link may clear it).
    const input = this.renderRoot.querySelector('input');
    if (input) input.value = query;
    this.requestUpdate();
    this.#address = [query, category];
    if (search) search.keepInAddress(query, category);
    else this.#loadSearch();
  }

  /**
   * The categories and their networks, chunk by chunk: a chunk rendered with the same key stays;
   * others are rendered while the budget lasts; after that, a chunk of the same networks keeps
   * its older language or level until a later batch, and the rest waits. A category shows once
   * its first chunk does.
   */
  #renderCategories(
    shown: (readonly [NetworkFeed['categories'][number], Network[]])[],
    long: boolean,
    locale: Locale,
    cardLevel: HeadingLevel,
    categoryLevel: HeadingLevel,
    // A new feed brings new network arrays, so the chunks' keys cover its member too.
    member: LocalizedText | undefined,
  ) {
    const old = this.#shown;
    const keys: unknown[][][] = (this.#chunks = []);
    // A server render (never connected) has one pass: it renders every network.
    let budget = this.isConnected ? this.#budget : Infinity;
    let stopped = false;
    this.#rendered = budget;
    this.#budget = FIRST;
    const sections = [];
    for (const [c, networks] of shown) {
      const chunks: unknown[] = [];
      const before = old[keys.length] ?? [];
      const section: unknown[][] = [];
      keys.push(section);
      for (let start = 0; start < networks.length && !stopped; start += CHUNK) {
        const prev = before[section.length];
        const same = prev?.[0] === networks && prev[1] === start;
        if (same && prev[2] === locale && prev[3] === cardLevel) {
          // On screen as it should be, in the same place: left alone.
          section.push(prev);
          chunks.push(noChange);
        } else if (budget > 0) {
          budget -= Math.min(CHUNK, networks.length - start) / (same ? RELOCALIZED : 1);
          this.#fresh ||= !same;
          section.push([networks, start, locale, cardLevel]);
          // Each card one template (src/templates/inline.ts): a quarter less time per card (bench/).
          chunks.push(
            networks
              .slice(start, start + CHUNK)
              .map((n) => inline(html`<li>${renderNetwork(n, locale, cardLevel, member)}</li>`)),
          );
        } else if (same) {
          // Its older language or level, until a later batch.
          this.#unfinished = true;
          section.push(prev);
          chunks.push(noChange);
        } else {
          stopped = this.#unfinished = true;
          break;
        }
      }
      if (stopped && !chunks.length) break;
      sections.push(html`<section part="category">
        ${heading(categoryLevel, text(c.name, locale), `category-${c.id}`, 'category-heading')}
        ${c.description ? paragraph(c.description, locale) : nothing}
        ${
          networks.length
            ? html`<ul part="list" role="list" class=${long ? 'long' : nothing}>
              ${chunks}
            </ul>`
            : this.renderFailureNotice((t) => t.describeMissing(msg, 'networks'))
        }
      </section>`);
    }
    this.#rendered -= budget;
    return sections;
  }
}
