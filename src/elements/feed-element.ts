import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { NetworkFeed } from '../generated/feed-types.js';
import { bundledFeed } from '../feed/bundled.js';
import { FeedError } from '../feed/errors.js';
import { retry, subscribe, type RemoteState } from '../feed/remote.js';
import { validateFeed, type Problem } from '../feed/validate.js';
import { FeedErrorEvent, FeedLoadEvent } from '../events.js';
import { LanguageController } from '../i18n/language.js';
import { withLocale, type Locale } from '../i18n/localize.js';
import { describeError, describeProblem } from '../templates/messages.js';
import { headingLevel, type HeadingLevel } from '../templates/parts.js';

/** How many validation messages an error shows; the rest are counted. */
const SHOWN_PROBLEMS = 5;

const checked = new WeakMap<object, RemoteState>();

/** Validates data given as a property once per object, as a fetched feed would be. */
function checkData(data: unknown): RemoteState {
  const known = data !== null && typeof data === 'object' ? checked.get(data) : undefined;
  if (known) return known;
  const { value, problems } = validateFeed(data);
  const result: RemoteState = value
    ? { status: 'ready', feed: value, problems }
    : {
        status: 'error',
        error: new FeedError(problems.some((p) => p.code === 'unsupported-version') ? 'unsupported-version' : 'invalid'),
        problems,
      };
  if (data !== null && typeof data === 'object') checked.set(data, result);
  return result;
}

/**
 * What the three elements share: where the feed comes from (a property, a remote `src`, or the
 * bundled Heidelberg feed), the element's language, and the loading and error states.
 */
export abstract class FeedElement extends LitElement {
  /** The address of a remote feed. Without it, the bundled Heidelberg feed is shown. */
  @property({ reflect: true }) src?: string;

  /** Feed data, for developers who already hold it. Validated like a fetched feed; wins over `src`. */
  @property({ attribute: false }) feed?: unknown;

  /** The level of the element's top headings, 2–6; deeper headings follow. */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel: string | number = 2;

  @state() protected feedState: RemoteState = { status: 'ready', feed: bundledFeed, problems: [] };

  protected readonly language = new LanguageController(this);
  private unsubscribe?: () => void;
  private subscribedUrl?: string;

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
    this.follow();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.unfollow();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('feed') || changed.has('src')) this.follow();
  }

  /** Renders inside the element's locale so that `msg()` speaks its language. */
  protected override update(changed: PropertyValues<this>) {
    withLocale(this.locale, () => super.update(changed));
  }

  protected override render(): TemplateResult {
    const s = this.feedState;
    return html`<div part="base" lang=${this.locale}>
      ${s.status === 'ready' ? this.renderFeed(s.feed) : nothing}
      <div part="status" role="status" class=${s.status === 'loading' ? 'loading' : ''}>
        ${s.status === 'loading' ? msg('Loading networks…') : nothing}
        ${s.status === 'error' ? this.renderError(s.error, s.problems) : nothing}
      </div>
      ${s.status === 'error' && this.src && this.feed === undefined
        ? html`<button part="retry" type="button" @click=${this.retry}>${msg('Try again')}</button>`
        : nothing}
    </div>`;
  }

  /** The element's content for a valid feed. */
  protected abstract renderFeed(feed: NetworkFeed): unknown;

  /** A message shown in place of content (an unknown id, an empty category). */
  protected renderNotice(message: string): TemplateResult {
    return html`<p part="notice" role="status">${message}</p>`;
  }

  private renderError(error: FeedError, problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const more = errors.length - SHOWN_PROBLEMS;
    return html`<div part="error">
      <p>${describeError(error)}</p>
      ${error.kind === 'invalid' && errors.length
        ? html`<ul>
            ${errors.slice(0, SHOWN_PROBLEMS).map((p) => html`<li>${describeProblem(p)}</li>`)}
            ${more > 0 ? html`<li>${msg(str`and ${more} more`)}</li>` : nothing}
          </ul>`
        : nothing}
    </div>`;
  }

  /** Picks the feed source and follows it. */
  private follow() {
    if (!this.isConnected) return;
    if (this.feed !== undefined) {
      this.unfollow();
      this.setState(checkData(this.feed), undefined);
    } else if (this.src) {
      if (this.subscribedUrl === this.src) return;
      this.unfollow();
      const url = (this.subscribedUrl = this.src);
      // Any response for an older src is ignored: each subscription hears only its own URL.
      this.unsubscribe = subscribe(url, (s) => this.setState(s, url));
    } else {
      this.unfollow();
      this.feedState = { status: 'ready', feed: bundledFeed, problems: [] };
    }
  }

  private unfollow() {
    this.unsubscribe?.();
    this.unsubscribe = this.subscribedUrl = undefined;
  }

  private setState(s: RemoteState, url: string | undefined) {
    const previous = this.feedState;
    this.feedState = s;
    if (s === previous) return;
    if (s.status === 'ready' && url) this.dispatchEvent(new FeedLoadEvent(url, s.feed.networks.length));
    if (s.status === 'error') this.dispatchEvent(new FeedErrorEvent(url, s.error.kind, s.error.status));
  }

  private retry() {
    if (this.src) retry(this.src);
  }
}
