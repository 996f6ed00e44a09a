import type { TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';
import type { Network, NetworkFeed } from '../generated/feed-types.js';
import { FeedElement } from './feed-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { renderNetwork } from '../templates/network.js';
import { DeepLink } from '../search/deep-link.js';

/**
 * One network: its name as a heading, short name, description, facts and links. A fragment
 * naming its network (`#eccar`) scrolls to it and focuses its heading.
 *
 * @summary One European network as a card.
 *
 * @fires {FeedLoadEvent} feed-load - A remote feed (`src`) has loaded; `url` and `networks` (its number of networks).
 * @fires {FeedErrorEvent} feed-error - The feed cannot be shown; `url`, `kind` and, where there was a response, `status`.
 *
 * @cssproperty [--network-accent-color=light-dark(#0b5394, #9cc7f5)] - Links, focus ring and buttons.
 * @cssproperty [--network-link-color=var(--network-accent-color)] - Link text.
 * @cssproperty [--network-focus-color=var(--network-accent-color)] - The focus outline.
 * @cssproperty [--network-heading-color=inherit] - Headings.
 * @cssproperty [--network-border-color=color-mix(in srgb, currentColor 30%, transparent)] - The card's border.
 * @cssproperty [--network-card-background=transparent] - Card background.
 * @cssproperty [--network-card-padding=1rem 1.25rem] - Padding inside the card.
 * @cssproperty [--network-card-heading-size=1.25em] - Font size of the card's heading.
 * @cssproperty [--network-radius=0.375rem] - Corner radius of the card and buttons.
 * @cssproperty [--network-line-height=1.5] - Line height of the text.
 * @cssproperty [--network-error-color=light-dark(#b3261e, #ffb4ab)] - The mark beside error messages.
 * @cssproperty [--network-loading-min-height=6rem] - Space kept while a remote feed loads.
 *
 * @csspart base - The wrapper of everything the element renders; carries the `lang` in use.
 * @csspart card - The network.
 * @csspart card-heading - The network's name.
 * @csspart short-name - The short name, beside the name.
 * @csspart description - A paragraph of the description.
 * @csspart facts - The description list of facts.
 * @csspart fact - One term and its values.
 * @csspart fact-term - A fact's term.
 * @csspart fact-value - A fact's value.
 * @csspart links - The list of links.
 * @csspart link - A link.
 * @csspart notice - The message for an unknown or invalid network.
 * @csspart status - The live region for loading and error messages.
 * @csspart error - An error message.
 * @csspart retry - The Retry button after a failed load.
 */
export class NetworkCard extends FeedElement {
  static override styles = sharedStyles;
  static override properties = { network: {} };

  /**
   * The network to show: its id in the feed (attribute `network="energy-cities"`), or a network
   * object (property), validated like feed data.
   */
  network?: string | Network;

  constructor() {
    super();
    new DeepLink(this);
  }

  /** A network object is checked by the validator too. */
  protected override needsValidator(): boolean {
    return super.needsValidator() || (this.network != null && typeof this.network !== 'string');
  }

  protected renderFeed(feed: NetworkFeed): TemplateResult {
    const n = this.network;
    if (n == null || n === '') return this.renderFailureNotice((t) => t.describeMissing(msg, 'network'));
    if (typeof n === 'string') {
      const found = feed.networks.find((x) => x.id === n);
      return found
        ? renderNetwork(found, this.locale, this.level, feed.member)
        : this.renderFailureNotice((t) => t.describeMissing(msg, 'network', n));
    }
    // A script-tag bundle waits for the validator (loading), or says it could not load it, as for a feed.
    if (!this.validator) return this.renderWaiting();
    const result = this.validator.checkNetwork(n);
    if (!result.value) return this.renderFailureNotice((t) => t.describeInvalidNetwork(msg, result.problems));
    // Data given directly may come from any feed: its roles are not labelled with this feed's member.
    return renderNetwork(result.value, this.locale, this.level);
  }
}
