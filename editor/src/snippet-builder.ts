/**
 * `<snippet-builder>`: choose an element, its attributes and a build; see the element live and
 * the exact code to paste, and copy it. The live element is made afresh from the same choices
 * whenever they change, as a page pasting the code would make it.
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { isObject, type Json } from './draft.js';
import { formStyles } from './editor.styles.js';
import { heidelbergFeed, type Lang } from './library.js';
import { fetchFeed } from './open.js';
import { ATTRIBUTES_OF, BUILD_FILES, INTEGRITY, snippet, type Attributes, type Build, type Tag } from './snippet.js';
import { TEXTS, type Texts } from './texts.js';

/** What the id lists offer: an id and a name to read. */
interface Choice {
  id: string;
  name: string;
}
type Ids = Record<'categories' | 'networks' | 'contacts', Choice[]>;

/** The ids of a feed's categories, networks and contacts, named in `lang`. */
function idsOf(feed: Record<string, Json>, lang: Lang): Ids {
  const list = (key: string): Choice[] => {
    const items = feed[key];
    return Array.isArray(items)
      ? items.flatMap((item) => {
          if (!isObject(item) || typeof item.id !== 'string') return [];
          const name = isObject(item.name) ? (item.name[lang] ?? item.name.de ?? item.name.en) : item.name;
          return [{ id: item.id, name: typeof name === 'string' ? name : item.id }];
        })
      : [];
  };
  return { categories: list('categories'), networks: list('networks'), contacts: list('contacts') };
}

const TAGS: Tag[] = ['network-list', 'network-card', 'contact-box'];
const HEIDELBERG = heidelbergFeed() as Record<string, Json>;

@customElement('snippet-builder')
export class SnippetBuilder extends LitElement {
  static override styles = [
    formStyles,
    css`
      .builder {
        display: grid;
        gap: 1.5rem;
        grid-template-columns: minmax(0, 1fr);
      }
      @media (min-width: 64rem) {
        .builder {
          grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
          align-items: start;
        }
      }
      .choice label,
      .check label {
        font-weight: 400;
      }
      .choice label {
        display: flex;
        gap: 0.5rem;
        align-items: baseline;
        margin: 0 0 0.25rem;
        overflow-wrap: anywhere;
      }
      code,
      pre {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.9375rem;
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        margin: 0 0 0.75rem;
        padding: 0.75rem 1rem;
        border-radius: 6px;
        background: var(--tint);
        border: 1px solid var(--soft-rule);
      }
      .live {
        border: 1px dashed var(--rule);
        border-radius: 6px;
        padding: 1rem;
        min-width: 0;
      }
      .with-button {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin: 0 0 0.75rem;
      }
      section + section {
        margin-top: 1.5rem;
      }
    `,
  ];

  /** The builder's language (its labels), `de` or `en`. */
  @property({ reflect: true }) override lang = 'de';

  @state() private tag: Tag = 'network-list';
  @state() private build: Build = 'full';
  @state() private attrs: Attributes = {};
  /** The ids the lists offer: the Heidelberg feed's, or those of the feed at `src` once loaded. */
  @state() private loaded?: Record<string, Json>;
  @state() private status = '';

  private get uiLang(): Lang {
    return this.lang.toLowerCase().startsWith('en') ? 'en' : 'de';
  }

  private get t(): Texts['snippet'] {
    return TEXTS[this.uiLang].snippet;
  }

  /** The snippet as shown and copied. */
  get code(): string {
    return snippet(this.tag, this.build, this.attrs);
  }

  private set<K extends keyof Attributes>(name: K, value: Attributes[K]) {
    this.attrs = { ...this.attrs, [name]: value };
    this.status = '';
  }

  private choose(tag: Tag) {
    this.tag = tag;
    // A card needs a network: the first one, until another is chosen.
    if (tag === 'network-card' && !this.attrs.network) this.set('network', this.ids.networks[0]?.id ?? undefined);
    this.status = '';
  }

  private get ids(): Ids {
    return idsOf(this.loaded ?? HEIDELBERG, this.uiLang);
  }

  private async loadIds() {
    const src = this.attrs.src;
    if (!src) return;
    const result = await fetchFeed(src);
    if ('error' in result) {
      this.status = TEXTS[this.uiLang].openError(result.error);
      return;
    }
    this.loaded = result.feed as Record<string, Json>;
    this.status = this.t.feedLoaded(this.ids.networks.length);
  }

  private async copy() {
    const code = this.code;
    try {
      await navigator.clipboard.writeText(code);
      this.status = this.t.copied;
    } catch {
      // No clipboard for this page (not a secure context, or not allowed): the code is selected instead.
      const pre = this.renderRoot.querySelector('#code');
      if (pre) getSelection()?.selectAllChildren(pre);
      this.status = this.t.copyFailed;
    }
  }

  protected override render() {
    const t = this.t;
    return html`<div class="builder">
      <form @submit=${(e: Event) => e.preventDefault()}>
        ${this.renderChoices()} ${this.renderAttributes()}
      </form>
      <div>
        <section aria-labelledby="h-code">
          <h2 id="h-code">${t.code}</h2>
          <p class="hint">${t.codeHint}</p>
          ${INTEGRITY[BUILD_FILES[this.build]] ? nothing : html`<p class="hint">${t.integrityMissing}</p>`}
          <pre id="code"><code>${this.code}</code></pre>
          <button type="button" class="primary" @click=${this.copy}>${t.copy}</button>
          <p class="status" role="status">${this.status}</p>
        </section>
        <section aria-labelledby="h-live">
          <h2 id="h-live">${t.live}</h2>
          <div class="live">${keyed(this.code, this.renderLive())}</div>
        </section>
      </div>
    </div>`;
  }

  private renderChoices() {
    const t = this.t;
    return html`<fieldset class="choice">
        <legend>${t.element}</legend>
        ${TAGS.map(
          (tag) =>
            html`<label
              ><input
                type="radio"
                name="tag"
                value=${tag}
                .checked=${live(this.tag === tag)}
                @change=${() => this.choose(tag)}
              /><code>&lt;${tag}&gt;</code></label
            >`,
        )}
      </fieldset>
      <fieldset class="choice">
        <legend>${t.build}</legend>
        ${(['full', 'nodata', 'all'] as Build[]).map(
          (build) =>
            html`<label
              ><input
                type="radio"
                name="build"
                value=${build}
                .checked=${live(this.build === build)}
                @change=${() => ((this.build = build), (this.status = ''))}
              />${build === 'full' ? t.buildFull : build === 'nodata' ? t.buildNodata : t.buildAll}</label
            >`,
        )}
      </fieldset>`;
  }

  private select(name: 'category' | 'network' | 'contact', label: string, choices: Choice[], empty?: string) {
    const value = this.attrs[name] ?? '';
    const known = choices.some((c) => c.id === value);
    return html`<div class="field">
      <label for="a-${name}">${label}</label>
      <select id="a-${name}" @change=${(e: Event) => this.set(name, (e.target as HTMLSelectElement).value || undefined)}>
        ${empty !== undefined ? html`<option value="" ?selected=${!value}>${empty}</option>` : nothing}
        ${choices.map((c) => html`<option value=${c.id} ?selected=${c.id === value}>${c.name} (${c.id})</option>`)}
        ${value && !known ? html`<option value=${value} selected>${value}</option>` : nothing}
      </select>
    </div>`;
  }

  private check(name: 'intro' | 'searchable' | 'cache' | 'structured-data', label: string, disabled = false) {
    return html`<div class="check">
      <input
        type="checkbox"
        id="a-${name}"
        ?disabled=${disabled}
        .checked=${live(!!this.attrs[name])}
        @change=${(e: Event) => this.set(name, (e.target as HTMLInputElement).checked)}
      />
      <label for="a-${name}">${label}</label>
    </div>`;
  }

  private renderAttributes() {
    const t = this.t;
    const offered = ATTRIBUTES_OF[this.tag];
    const ids = this.ids;
    const src = this.attrs.src ?? '';
    return html`<fieldset>
      <legend>${t.attributes}</legend>
      ${offered.includes('network') ? this.select('network', t.network, ids.networks) : nothing}
      ${offered.includes('category') ? this.select('category', t.category, ids.categories, t.all) : nothing}
      ${offered.includes('contact') ? this.select('contact', t.contact, ids.contacts, t.all) : nothing}
      ${offered.includes('intro') ? this.check('intro', t.intro) : nothing}
      ${offered.includes('searchable') ? this.check('searchable', t.searchable) : nothing}
      <div class="field">
        <label for="a-heading-level">${t.headingLevel}</label>
        <select
          id="a-heading-level"
          @change=${(e: Event) => {
            const level = (e.target as HTMLSelectElement).value;
            this.set('heading-level', level === '2' ? undefined : level);
          }}
        >
          ${['2', '3', '4', '5', '6'].map(
            (n) =>
              html`<option value=${n} ?selected=${(this.attrs['heading-level'] ?? '2') === n}>
                &lt;h${n}&gt;
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="a-lang">${t.lang}</label>
        <select id="a-lang" @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!this.attrs.lang}>${t.langPage}</option>
          <option value="de" ?selected=${this.attrs.lang === 'de'}>de – Deutsch</option>
          <option value="en" ?selected=${this.attrs.lang === 'en'}>en – English</option>
        </select>
      </div>
      <div class="field">
        <label for="a-src">${t.src}</label>
        <p class="hint" id="a-src-h">${t.srcHint}</p>
        <input
          id="a-src"
          type="text"
          inputmode="url"
          spellcheck="false"
          placeholder="https://"
          aria-describedby="a-src-h${this.build === 'nodata' && !src ? ' a-src-m' : ''}"
          .value=${live(src)}
          @change=${(e: Event) => this.set('src', (e.target as HTMLInputElement).value.trim() || undefined)}
        />
        ${this.build === 'nodata' && !src ? html`<p class="messages" id="a-src-m">${t.nodataNeedsSrc}</p>` : nothing}
      </div>
      ${
        src
          ? html`<div class="with-button">
            <button type="button" @click=${this.loadIds}>${t.loadFeed}</button>
          </div>`
          : nothing
      }
      ${this.check('cache', t.cache, !src)} ${this.check('structured-data', t.structuredData)}
    </fieldset>`;
  }

  /** The element as the pasted code makes it (with no feed at all, the small build shows nothing useful: said instead). */
  private renderLive() {
    const a = this.attrs;
    if (this.build === 'nodata' && !a.src) return html`<p>${this.t.nodataNeedsSrc}</p>`;
    const level = a['heading-level'];
    const cache = a.src && a.cache ? 'local' : undefined;
    switch (this.tag) {
      case 'network-card':
        return html`<network-card
          network=${ifDefined(a.network)}
          heading-level=${ifDefined(level)}
          lang=${ifDefined(a.lang)}
          src=${ifDefined(a.src)}
          cache=${ifDefined(cache)}
          ?structured-data=${a['structured-data']}
        ></network-card>`;
      case 'contact-box':
        return html`<contact-box
          contact=${ifDefined(a.contact)}
          heading-level=${ifDefined(level)}
          lang=${ifDefined(a.lang)}
          src=${ifDefined(a.src)}
          cache=${ifDefined(cache)}
          ?structured-data=${a['structured-data']}
        ></contact-box>`;
      default:
        return html`<network-list
          category=${ifDefined(a.category)}
          ?intro=${a.intro}
          ?searchable=${a.searchable}
          heading-level=${ifDefined(level)}
          lang=${ifDefined(a.lang)}
          src=${ifDefined(a.src)}
          cache=${ifDefined(cache)}
          ?structured-data=${a['structured-data']}
        ></network-list>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'snippet-builder': SnippetBuilder;
  }
}
