import {
  html,
  LitElement,
  nothing,
  render,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { msg } from '../i18n/localize.js';
import type { NetworkFeed } from '../generated/feed-types.js';
import { bundledFeed } from '../feed/bundled.js';
import { MESSAGE_DEADLINE, type Failure, type FeedErrorKind } from '../feed/errors.js';
import { absoluteUrl } from '../feed/safe-url.js';
import type * as Remote from '../feed/remote-part.js';
import type { RemoteState } from '../feed/remote.js';
import type * as StructuredData from '../structured-data/element.js';
import { load, validator as atHand, type Part, type PartName } from '../lazy.js';
import { FeedErrorEvent, FeedLoadEvent } from '../events.js';
import { LanguageController } from '../i18n/language.js';
import { addTranslations, withLocale, type Locale } from '../i18n/localize.js';
import type * as Texts from '../templates/messages.js';
import { headingLevel, type HeadingLevel } from '../templates/parts.js';

/**
 * The parts loaded on first use (src/lazy.ts), once loaded: every element after that uses them
 * at once, as if they had been there from the start.
 */
let remote: typeof Remote | undefined;
let schema: typeof StructuredData | undefined;
/** At hand from the start in the npm build; loaded on first use in the script-tag builds. */
let validator = atHand;
/**
 * Set once a script-tag bundle could not load the validator: every element with data to check
 * then shows this one failure, and none asks for the part again (so no request, and no
 * `feed-error`, per update).
 */
let validatorFailure: RemoteState | undefined;
/** The failure texts have been added to the German table. */
let translated = false;

/**
 * The texts of failures (src/templates/messages.ts), which the validator and the remote loader
 * carry: there once either part is (every failure but a part's own comes from one of them).
 */
function failureTexts(): typeof Texts | undefined {
  const texts = validator ?? remote;
  if (texts && !translated) {
    translated = true;
    addTranslations(texts.failureTranslations);
  }
  return texts;
}

/** What an element without `src` or `feed` shows: the bundled feed. */
const BUNDLED: RemoteState = { status: 'ready', feed: bundledFeed, problems: [] };

/** The longest an update is held for a part (src/lazy.ts): then it renders, "Loading…" or unfiltered. */
const HOLD_MS = 1000;

/** The failure a state shows, if any: an error's, or a saved copy's that could not be refreshed. */
const failure = (s: RemoteState) => (s as { error?: Failure }).error;

/** The feed a state shows, if any: a loaded one, or a saved copy. */
const shown = (s: RemoteState) => (s as { feed?: NetworkFeed }).feed;

/**
 * What the three elements share: where the feed comes from (a property, a remote `src`, or the
 * bundled Heidelberg feed), the element's language, and the loading and error states.
 *
 * A remote feed (`src`) is loaded once per page however many elements show it: they share one
 * request and its validated result. Each attempt may take `timeout` milliseconds (default 8000,
 * body included); network errors, server errors (5xx) and timeouts are tried twice more, after
 * about 1 s and 2 s, other failures (4xx, not JSON, not a feed) not at all. A feed over
 * `max-bytes` (default 2 MiB) is refused, by its declared size before reading or while reading.
 * The browser's HTTP cache applies as usual. While loading, a polite status message holds the
 * element's place; a failure is shown in the same live region, in the element's language, as
 * soon as the first attempt fails and at the latest 10 s after loading began, with a Retry button
 * — retries still under way may replace it with the feed. With `cache="local"` the last good feed
 * is kept in localStorage and shown at once on the next visit while it is loaded again; if that
 * fails, the saved copy stays, with a note of its age and of the failure. Removing the element or
 * changing `src` aborts a load no other element needs; an answer for an old `src` is never shown.
 *
 * @fires {FeedLoadEvent} feed-load - A remote feed (`src`) has loaded; `url` (absolute) and `networks` (its number of networks).
 * @fires {FeedErrorEvent} feed-error - The feed cannot be shown, or a saved copy could not be refreshed; `url`, `kind` and, where there was a response, `status`.
 */
export abstract class FeedElement extends LitElement {
  // Declared without decorators: the decorator helpers would cost script-tag bytes for nothing.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    headingLevel: { attribute: 'heading-level', reflect: true },
    timeout: { type: Number },
    maxBytes: { attribute: 'max-bytes', type: Number },
    cache: {},
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  /** The address of a remote feed. Without it, the bundled Heidelberg feed is shown. */
  src?: string;

  /** Feed data, for developers who already hold it. Validated like a fetched feed; wins over `src`. */
  feed?: unknown;

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

  /** What is shown; set through #setState, which asks for a render. */
  protected feedState: RemoteState = BUNDLED;

  /** Retry was pressed and the new load has not ended: the button stays (and keeps focus). */
  #reloading?: boolean;

  protected readonly language = new LanguageController(this);
  #unsubscribe?: () => void;
  #subscribedUrl?: string;
  #subscribedCache?: 'local';
  #ldAsked?: boolean;
  /** The last part loaded for this element (src/lazy.ts); `updateComplete` waits for it too. Never rejects. */
  #loading?: Promise<unknown>;
  /**
   * Updates wait for this, for at most HOLD_MS, while a part they need is on its way (the
   * validator, also for the words of a notice; the remote loader for `cache="local"`; the search
   * for a search or category in the address).
   */
  #holding?: Promise<unknown>;
  /** The validator is being loaded for this element. */
  #validating?: boolean;

  /** The interface language in use: de or en. */
  protected get locale(): Locale {
    return this.language.locale;
  }

  /** The top heading level in use, clamped to 2–6. */
  protected get level(): HeadingLevel {
    return headingLevel(this.headingLevel);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unfollow();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('feed') || changed.has('src') || changed.has('cache')) this.#follow();
  }

  /** Renders inside the element's locale so that `msg()` speaks its language. */
  protected override update(changed: PropertyValues<this>) {
    withLocale(this.locale, () => super.update(changed));
    const s = this.feedState;
    const feed = this.structuredData ? shown(s) : undefined;
    // The builder is loaded on first use, once the page has been painted: crawlers wait for the
    // script, readers should not wait for its request. Should it fail to load, there is only no
    // JSON-LD (nothing people see).
    if (feed && !schema && !this.#ldAsked) {
      this.#ldAsked = true;
      this.loadPart('json-ld', (m) => (schema = m), false, undefined, true);
    }
    schema?.keepStructuredData(this, feed, this.locale, { html, render }, (n) => validator?.checkNetwork(n).value);
  }

  protected override render(): TemplateResult {
    const s = this.feedState;
    const feed = shown(s);
    const failed = failure(s);
    // The live region is always there (empty when all is well), so what appears in it is read out.
    return html`<div part="base" lang=${this.locale}>
      <div part="status" role="status" class=${s.status === 'loading' ? 'loading' : ''}>${
        s.status === 'loading' ? msg('Loading networks…') : nothing
      }${failed ? this.#renderError(s as Texts.FailedState) : nothing}</div>${
        (failed || this.#reloading) && this.src && this.feed === undefined
          ? html`<button part="retry" type="button" aria-disabled=${!!this.#reloading} @click=${this.#retry}>
            ${msg('Try again')}
          </button>`
          : nothing
      }
      ${feed ? this.renderFeed(feed) : nothing}
    </div>`;
  }

  /** The element's content for a valid feed. */
  protected abstract renderFeed(feed: NetworkFeed): unknown;

  /** A message shown in place of content. */
  protected renderNotice(message: string): TemplateResult {
    return html`<p part="notice" role="status">${message}</p>`;
  }

  /**
   * A notice worded by the texts of failures (src/templates/messages.ts): an id the feed lacks,
   * invalid network data. A script-tag bundle has them from a part: for such a mistake in a page's
   * markup, with the bundled feed, it loads the validator, which carries them, and says it is
   * loading until then.
   */
  protected renderFailureNotice(words: (texts: typeof Texts) => string): TemplateResult {
    const texts = failureTexts();
    // Once; the render after its load (or its failure) brings the words.
    if (!texts) this.#loadValidator();
    return texts ? this.renderNotice(words(texts)) : this.renderWaiting();
  }

  /** While the validator is on its way: loading; if it could not be loaded, that. */
  protected renderWaiting(): TemplateResult {
    return this.renderNotice(validatorFailure ? msg('Loading failed: you may be offline.') : msg('Loading networks…'));
  }

  #renderError(s: Texts.FailedState) {
    return (
      failureTexts()?.renderFailure({ html, nothing, msg }, s, this.locale) ??
      html`<div part="error">
        <p>${msg('Loading failed: you may be offline.')}</p>
        ${s.retrying ? html`<p>${msg('Trying again automatically…')}</p>` : nothing}
      </div>`
    );
  }

  /**
   * Picks the feed source and follows it. A `feed` property is shown even before the element is
   * connected (server-side rendering never connects it); a remote feed is followed only while connected.
   */
  #follow() {
    if (this.feed !== undefined) {
      this.#unfollow();
      // Without the validator (a script-tag bundle, before it has loaded: see scheduleUpdate)
      // the data waits, never shown unchecked; if it could not be loaded, that is a failed load.
      this.#setState(
        validator ? validator.checkFeed(this.feed) : (validatorFailure ?? { status: 'loading' }),
        undefined,
      );
    } else if (!this.isConnected) {
      // Loads wait for the element to be connected.
    } else if (this.src) {
      const cache = this.cache === 'local' ? 'local' : undefined;
      if (this.#subscribedUrl === this.src && this.#subscribedCache === cache) return;
      this.#unfollow();
      const src = (this.#subscribedUrl = this.src);
      this.#subscribedCache = cache;
      const url = absoluteUrl(src);
      // Each subscription hears only its own URL, and is dropped when src changes; the check
      // below is a second guard that an answer for an older src is never shown.
      const follow = (r: typeof Remote) =>
        (this.#unsubscribe = r.subscribe(src, (s) => this.#subscribedUrl === src && this.#setState(s, url), {
          timeout: this.timeout,
          maxBytes: this.maxBytes,
          cache,
        }));
      if (remote) follow(remote);
      else {
        // The loader comes first (src/lazy.ts). While it does, `wait` stands in for the
        // subscription: when the element moves on (src changed, removed), it no longer is, and
        // the loader is not used for this src. Its failure is shown as a failed load of the feed
        // (Retry loads it again); so is a loader still missing after the 10 s in which
        // remote.ts promises a message (MESSAGE_DEADLINE) — then `retrying`, as it still loads.
        // With `cache="local"` the element holds its updates for the loader (HOLD_MS at most),
        // so that a saved copy shows at once, with no loading message before it.
        const wait = (this.#unsubscribe = () => {});
        const fail = (kind: FeedErrorKind) =>
          this.#setState({ status: 'error', error: { kind }, problems: [], retrying: !!this.#unsubscribe }, url);
        this.#setState({ status: 'loading' }, url);
        const loaded = (this.#loading = load('remote').then(
          (r) => this.#unsubscribe === wait && follow((remote = r)),
          () => {
            if (this.#unsubscribe !== wait) return;
            this.#unsubscribe = undefined;
            fail('network');
          },
        ));
        setTimeout(() => this.#unsubscribe === wait && fail('timeout'), MESSAGE_DEADLINE);
        if (cache) this.#hold(loaded);
      }
    } else {
      this.#unfollow();
      this.#setState(BUNDLED, undefined);
    }
  }

  #unfollow() {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#subscribedUrl = this.#subscribedCache = undefined;
  }

  /** Shows a state; reports a newly loaded feed, and each new failure once. */
  #setState(s: RemoteState, url: string | undefined) {
    const previous = this.feedState;
    this.feedState = s;
    this.requestUpdate();
    if (s.status === 'ready' || failure(s)) this.#reloading = false;
    if (s.status === 'ready' && url && !(previous.status === 'ready' && previous.feed === s.feed)) {
      this.dispatchEvent(new FeedLoadEvent(url, s.feed.networks.length));
    }
    const error = failure(s);
    if (error && error !== failure(previous)) this.dispatchEvent(new FeedErrorEvent(url, error.kind, error.status));
  }

  #retry() {
    if (!this.src || this.#reloading) return;
    this.#reloading = true;
    this.requestUpdate();
    // Subscribed (or the loader on its way): the load is tried again. The loader failed to load:
    // it is loaded again.
    if (this.#unsubscribe) remote?.retry(this.src);
    else {
      this.#subscribedUrl = undefined;
      this.#follow();
    }
  }

  /** The validator, when at hand (src/lazy.ts): in a script-tag bundle, once it has loaded. */
  protected get validator() {
    return validator;
  }

  /** Whether the element shows data the validator must check first: here a `feed` property. */
  protected needsValidator(): boolean {
    return this.feed !== undefined;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Script-tag bundles: an update that needs the validator waits for it, so that the first
    // render shows the checked data (or its problems) and nothing before it.
    if (this.needsValidator()) this.#loadValidator();
    const hold = this.#holding;
    return hold ? hold.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Loads the validator part, unless it is there, has failed, or is on its way for this element. */
  #loadValidator() {
    if (validator || validatorFailure || this.#validating) return;
    this.#validating = true;
    // Then a feed is shown anew, checked or failed: also one that has not changed since.
    const show = () => {
      this.#validating = false;
      if (this.feed !== undefined) this.#follow();
    };
    const failed = () => {
      validatorFailure ??= { status: 'error', error: { kind: 'network' }, problems: [], retrying: false };
      show();
      // A notice waiting for the validator's words says that it could not come.
      this.requestUpdate();
    };
    this.loadPart('validate', (v) => ((validator = v), show()), true, failed);
  }

  /**
   * Loads a part (src/lazy.ts) for this element, hands it to `use` and renders again;
   * `updateComplete` waits for it. `hold`: updates wait for it too. `afterPaint`: the request
   * starts once the page has been painted. A part that cannot be loaded is left out, after `failed`.
   */
  protected loadPart<K extends PartName>(
    name: K,
    use: (part: Part<K>) => unknown,
    hold?: boolean,
    failed?: () => unknown,
    afterPaint?: boolean,
  ) {
    const painted = afterPaint && new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const p = (this.#loading = Promise.resolve(painted)
      .then(() => load(name))
      .then(
        (m) => {
          use(m);
          this.requestUpdate();
        },
        () => failed?.(),
      ));
    if (hold) this.#hold(p);
  }

  /** Holds updates until `p` settles, HOLD_MS at most; with a hold already under way, for both. */
  #hold(p: Promise<unknown>) {
    const h: Promise<unknown> = Promise.race([
      Promise.allSettled([this.#holding, p]),
      new Promise((r) => setTimeout(r, HOLD_MS)),
    ]).then(() => {
      if (this.#holding === h) this.#holding = undefined;
    });
    this.#holding = h;
  }

  /** Resolves once the element has rendered what a part being loaded for it brings, too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#loading;
    return super.getUpdateComplete();
  }
}
