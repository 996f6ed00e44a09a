import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, type Locale } from '../i18n/localize.js';
import type { Network, NetworkFeed } from '../generated/feed-types.js';
import { text } from '../templates/parts.js';
import { failed, loaded } from '../loading/registry.js';
import type { PartLoader } from '../elements/part-loader.js';
import { CATEGORY, QUERY } from './address.js';

/** What a searchable list tells its search. */
export interface SearchHost extends ReactiveControllerHost, HTMLElement {
  searchable: boolean;
  /** The list's own `category`: then there are no category buttons. */
  category?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The search of a `<network-list searchable>`: the field, the category buttons and the number
 * found; what is in force; and keeping it in the page's address (`?network-search=…&
 * network-category=…`, replaced, never added to the history), so that a filtered list can be
 * shared. The matching, the address and the words for what was found come with the search part
 * (src/parts/search.ts), loaded when the reader first types or picks a category, or at once for
 * a search in the address. Should it fail to load (offline, no CORS), the field stays and finds
 * networks by name, in any case: a control never vanishes under the reader's hands.
 */
export class SearchController implements ReactiveController {
  readonly #host: SearchHost;
  readonly #parts: PartLoader;
  /** The words typed (applied after a pause) and the category chosen. */
  #query = '';
  #category = '';
  #typingTimer?: ReturnType<typeof setTimeout>;
  /** The search to keep in the address: what `set` applied last, if anything. */
  #address?: [query: string, category: string];

  constructor(host: SearchHost, parts: PartLoader) {
    (this.#host = host).addController(this);
    this.#parts = parts;
  }

  /**
   * A search from the address (where the search writes it, so a move in the page keeps it), or
   * the one applied here and not yet written (the search part still on its way).
   */
  hostConnected() {
    if (!this.#host.searchable) return;
    const p = new URLSearchParams(location.search);
    [this.#query, this.#category] = this.#address ?? [p.get(QUERY) ?? '', p.get(CATEGORY) ?? ''];
    // With a search in the address, the first render waits for the search part, so that it
    // applies (and says what it found) at once; without one, it loads when first used.
    if (this.#query || this.#category) this.#load(true);
  }

  /**
   * The search in force: the category chosen (unless the list's `category` picks one) and the
   * words typed, folded (in lower case only, without the search part). Until the search part is
   * there or has failed to load (a moment, on a slow network), the words are not.
   */
  inForce(): [category: string, query: string] {
    if (!this.#host.searchable) return ['', ''];
    const search = loaded('search');
    const query = search ? search.fold(this.#query) : failed('search') ? this.#query.toLowerCase() : '';
    return [this.#host.category ? '' : this.#category, query.trim()];
  }

  /** Whether `n` matches the words in force (`query`, folded); without the search part, in its names. */
  matches(n: Network, query: string, locale: Locale) {
    const search = loaded('search');
    return (
      !query ||
      (search ? search.matches(n, query, locale) : Object.values(n.name).join('\n').toLowerCase().includes(query))
    );
  }

  /** The field, the category buttons (for a feed of several categories) and the number found (`false`: none said). */
  render(feed: NetworkFeed, category: string, found: number | false, locale: Locale): TemplateResult {
    const search = loaded('search');
    return html`<search part="search">
      <label>${msg('Search networks')}<input part="search-input" type="search" .value=${this.#query} @input=${this.#input} /></label>
      ${
        !this.#host.category && feed.categories.length > 1
          ? html`<div part="filters" role="group" aria-label=${msg('Category')}>
            ${[['', msg('All')], ...feed.categories.map((c) => [c.id, text(c.name, locale)])].map(
              ([id, label]) =>
                html`<button aria-pressed=${id === category} @click=${() => this.set(this.#query, id === category ? '' : (id as string))}>
                  ${label}
                </button>`,
            )}
          </div>`
          : nothing
      }
      <p part="results" role="status">${found === false || !search ? '' : search.describeFound(msg, found)}</p>
    </search>`;
  }

  /** The button that clears a search that found nothing. */
  renderShowAll(): TemplateResult | typeof nothing {
    const search = loaded('search');
    return search
      ? html`<p part="no-results"><button @click=${this.#reset}>${search.showAll(msg)}</button></p>`
      : nothing;
  }

  /**
   * Applies a search and keeps it in the address (src/search/address.ts). The search part does
   * that: a category chosen before it is there is written once it is.
   */
  set(query: string, category: string) {
    clearTimeout(this.#typingTimer);
    this.#query = query;
    this.#category = category;
    // The field shows the search in force (a reset or a deep link may clear it).
    const input = this.#host.renderRoot.querySelector('input');
    if (input) input.value = query;
    this.#host.requestUpdate();
    this.#address = [query, category];
    const search = loaded('search');
    if (search) search.keepInAddress(query, category);
    else this.#load();
  }

  /** Typing filters once it pauses (300 ms): the list, the number found and the address change once, not per keystroke. */
  #input = (e: Event) => {
    this.#load();
    // The field itself: once the event is dispatched, its target no longer points into the shadow root.
    const input = e.target as HTMLInputElement;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => this.#host.isConnected && this.set(input.value, this.#category), 300);
  };

  #reset = () => {
    this.set('', '');
    this.#host.renderRoot.querySelector('input')!.focus();
  };

  /** Loads the search part once, unless it is here or could not be loaded; then writes a search waiting for it. */
  #load(hold?: boolean) {
    if (loaded('search') || failed('search')) return;
    this.#parts.loadOnce('search', {
      hold,
      // Not for a list removed meanwhile: the page may have moved on (a new route).
      use: (search) => this.#address && this.#host.isConnected && search.keepInAddress(...this.#address),
    });
  }
}
