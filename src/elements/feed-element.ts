import {
  html,
  LitElement,
  nothing,
  render,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { msg, withLocale, type Locale } from '../i18n/localize.js';
import type { NetworkFeed } from '../generated/feed-types.js';
import type * as Messages from '../feed/messages.js';
import type { RemoteState } from '../feed/remote.js';
import { failed, loaded } from '../loading/registry.js';
import { bundledFeed } from '../feed/bundled.js';
import { LanguageController } from '../i18n/language.js';
import { headingLevel, type HeadingLevel } from '../templates/parts.js';
import { FeedSource, failure, feedChanged, shown } from './feed-source.js';
import { PartLoader } from './part-loader.js';

/** A failure as a state shows it (src/feed/messages.ts). */
type FailedState = Messages.FailedState;

/** The wording of failures, which the validator and the remote loader carry: there once either part is. */
const failureTexts = () => loaded('validate') ?? loaded('remote');

/**
 * What the three elements share: where the feed comes from (FeedSource: a property, a remote
 * `src` as described in src/feed/remote.ts, or the bundled Heidelberg feed), the element's
 * language (LanguageController), the parts it loads (PartLoader), and the loading and error
 * states, shown in a polite live region with a Retry button for a failed `src`.
 *
 * The theming and events below are the same for every element, declared once here: the manifest
 * (custom-elements.json) lists them with each element.
 *
 * @fires {FeedLoadEvent} feed-load - A remote feed (`src`) has loaded; `url` (absolute) and `networks` (its number of networks).
 * @fires {FeedErrorEvent} feed-error - The feed cannot be shown, or a saved copy could not be refreshed; `url`, `kind` and, where there was a response, `status`.
 *
 * @cssproperty [--network-accent-color=light-dark(#0b5394, #9cc7f5)] - Links, focus ring and buttons.
 * @cssproperty [--network-link-color=var(--network-accent-color)] - Link text.
 * @cssproperty [--network-focus-color=var(--network-accent-color)] - The focus outline.
 * @cssproperty [--network-heading-color=inherit] - Headings.
 * @cssproperty [--network-border-color=color-mix(in srgb, currentColor 30%, transparent)] - Borders of cards and contact blocks.
 * @cssproperty [--network-card-background=transparent] - Background of cards and contact blocks.
 * @cssproperty [--network-card-padding=1em 1.25em] - Padding inside a card or contact block.
 * @cssproperty [--network-radius=0.375em] - Corner radius of cards, contact blocks and buttons.
 * @cssproperty [--network-line-height=1.5] - Line height of the text.
 * @cssproperty [--network-error-color=light-dark(#b3261e, #ffb4ab)] - The mark beside error messages.
 * @cssproperty [--network-loading-min-height=6em] - Space kept while a remote feed loads.
 *
 * @csspart base - The wrapper of everything the element renders; carries the `lang` in use.
 * @csspart links - A list of links.
 * @csspart link - A link.
 * @csspart notice - A message shown instead of content (an unknown id, an empty list, invalid data).
 * @csspart status - The live region for loading and error messages.
 * @csspart error - An error message.
 * @csspart retry - The Retry button after a failed load.
 */
export abstract class FeedElement extends LitElement {
  // Declared without decorators: the decorator helpers would cost script-tag bytes for nothing.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false, hasChanged: feedChanged },
    headingLevel: { attribute: 'heading-level', reflect: true },
    timeout: { type: Number },
    maxBytes: { attribute: 'max-bytes', type: Number },
    cache: {},
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /** The address of a remote feed. Without it, the bundled Heidelberg feed is shown. */
  src?: string;

  /** Feed data, for developers who already hold it. Validated like a fetched feed; wins over `src`. */
  feed?: NetworkFeed;

  /** The level of the element's top headings, 2–6; deeper headings follow. */
  headingLevel: string | number = 2;

  /**
   * Milliseconds one attempt to load `src` may take, body included (default 8000). Elements
   * showing the same feed share its request; the first one's value applies.
   */
  timeout?: number;

  /** The largest `src` feed read, in bytes (default 2097152, 2 MiB); a larger one is refused. */
  maxBytes?: number;

  /**
   * `local`: keep the last good `src` feed in this browser's localStorage, show it at once on the
   * next visit while it is loaded again, and keep showing it, with its age, if that load fails.
   */
  cache?: 'local';

  /**
   * Also describes what the element shows as schema.org JSON-LD for search engines, in a
   * `<script type="application/ld+json">` that the element keeps in its own light DOM (in its
   * language, updated with it, removed with the attribute): `<network-list>` an ItemList of the
   * networks as Organizations, `<network-card>` its network as an Organization, `<contact-box>`
   * the office as a GovernmentOrganization with its contacts as ContactPoints.
   */
  structuredData?: boolean;

  protected readonly language = new LanguageController(this);
  protected readonly parts = new PartLoader(this);
  readonly #source = new FeedSource(this, this.parts);

  /** What is shown: the feed, loading, or a failure. */
  protected get feedState(): RemoteState {
    return this.#source.state;
  }

  /** The interface language in use: de or en. */
  protected get locale(): Locale {
    return this.language.locale;
  }

  /** The top heading level in use, clamped to 2–6. */
  protected get level(): HeadingLevel {
    return headingLevel(this.headingLevel);
  }

  /**
   * Moved into another document (`adoptNode`, as into an iframe): constructed style sheets apply
   * only in the document they were made for, so the element gets its styles anew, made there.
   */
  adoptedCallback() {
    const View = this.ownerDocument.defaultView;
    if (View)
      (this.renderRoot as ShadowRoot).adoptedStyleSheets = (this.constructor as typeof LitElement).elementStyles.map(
        (style) => {
          const sheet = new View.CSSStyleSheet();
          sheet.replaceSync(String(style));
          return sheet;
        },
      );
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('feed') || changed.has('src') || changed.has('cache')) this.#source.follow();
  }

  /** Renders inside the element's locale so that `msg()` speaks its language. */
  protected override update(changed: PropertyValues<this>) {
    withLocale(this.locale, () => super.update(changed));
    const feed = this.structuredData ? shown(this.feedState) : undefined;
    // The builder is loaded once the page has been painted: crawlers wait for the script, readers
    // should not wait for its request. Should it fail to load, there is only no JSON-LD.
    if (feed && !loaded('json-ld')) this.parts.loadOnce('json-ld', { afterPaint: true });
    loaded('json-ld')?.keepStructuredData(
      this,
      feed,
      this.locale,
      { html, render },
      (n) => loaded('validate')?.checkNetwork(n).value,
    );
  }

  protected override render(): TemplateResult {
    const s = this.feedState;
    const feed = shown(s);
    const failed = failure(s);
    const reloading = this.#source.reloading;
    // The live region is always there (empty when all is well), so what appears in it is read out.
    // While Retry loads again it says so; the outcome, even the same failure, replaces that.
    return html`<div part="base" lang=${this.locale}>
      <div part="status" role="status" class=${s.status === 'loading' ? 'loading' : ''}>${
        s.status === 'loading' ? (reloading && failureTexts()?.tryingAgain(msg)) || msg('Loading networks…') : nothing
      }${failed || s.status === 'stale' ? this.#renderError(s as FailedState) : nothing}</div>${
        (failed || reloading) && this.src && this.feed === undefined
          ? html`<button part="retry" type="button" aria-disabled=${reloading} @click=${this.#retry}>
            ${msg('Try again')}
          </button>`
          : nothing
      }
      ${
        // The bundle without the Heidelberg feed (network-elements.nodata.js) has an empty one: no `src` or `feed` given.
        feed === bundledFeed && !feed.networks.length
          ? this.renderMissing('feed')
          : feed
            ? this.renderFeed(feed)
            : nothing
      }
    </div>`;
  }

  /** The element's content for a valid feed. */
  protected abstract renderFeed(feed: NetworkFeed): unknown;

  /** A message shown in place of content. */
  protected renderNotice(message: string): TemplateResult {
    return html`<p part="notice" role="status">${message}</p>`;
  }

  /**
   * A notice worded by the texts of failures (src/feed/messages.ts), which come with a part: for
   * an id the feed lacks, or invalid network data, the element loads the validator, and says it
   * is loading until then.
   */
  protected renderFailureNotice(words: (texts: typeof Messages) => string): TemplateResult {
    const texts = failureTexts();
    if (!texts) this.#loadValidator();
    return texts ? this.renderNotice(words(texts)) : this.renderWaiting();
  }

  /** What the element was told to show and the feed lacks (see describeMissing). */
  protected renderMissing(kind: Messages.Missing, id?: string) {
    return this.renderFailureNotice((texts) => texts.describeMissing(msg, kind, id));
  }

  /** While the validator is on its way: loading; if it could not be loaded, that. */
  protected renderWaiting(): TemplateResult {
    return this.renderNotice(
      failed('validate') ? msg('Loading failed. Please try again later.') : msg('Loading networks…'),
    );
  }

  /** Set by Retry: once the feed arrives, the button is gone, and the focus moves to the content. */
  #focusContent = false;

  #retry = () => {
    this.#focusContent = true;
    this.#source.retry();
  };

  protected override updated() {
    if (!this.#focusContent || this.#source.reloading) return;
    this.#focusContent = false;
    // Failed again: the same button stays, with the focus. Loaded: the first heading takes it.
    const heading = !failure(this.feedState) && this.renderRoot.querySelector<HTMLElement>('h2,h3,h4,h5,h6');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  #renderError(s: FailedState) {
    return (
      failureTexts()?.renderFailure({ html, nothing, msg }, s, this.locale) ??
      html`<div part="error">
        <p>${msg('Loading failed. Please try again later.')}</p>
        ${s.retrying ? html`<p>${msg('Trying again automatically…')}</p>` : nothing}
      </div>`
    );
  }

  /** Whether the element shows data the validator must check first: here a `feed` property. */
  protected needsValidator(): boolean {
    return this.feed !== undefined;
  }

  /**
   * Loads the validator once, unless it is here or could not be loaded; updates wait for it. Then
   * a `feed` is shown anew, checked or failed; a notice waiting for its words gets them.
   */
  #loadValidator() {
    if (loaded('validate') || failed('validate')) return;
    const show = () => this.feed !== undefined && this.#source.follow();
    this.parts.loadOnce('validate', { hold: true, use: show, failed: show });
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // An update that needs the validator waits for it, so that the first render shows the
    // checked data (or its problems) and nothing before it.
    if (this.needsValidator()) this.#loadValidator();
    const hold = this.parts.holding;
    return hold ? hold.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once the element has rendered what a part being loaded for it brings, too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.parts.loading;
    return super.getUpdateComplete();
  }
}
