import type { TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';
import type { Network, NetworkFeed } from '../generated/feed-types.js';
import { FeedElement } from './feed-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { renderNetwork } from '../templates/network.js';
import { DeepLink } from '../search/deep-link.js';
import { loaded } from '../loading/registry.js';

/**
 * One network: its name as a heading, short name, description, facts and links. A fragment
 * naming its network (`#eccar`) scrolls to it and focuses its heading.
 *
 * @summary One European network as a card.
 *
 * @cssproperty [--network-card-heading-size=1.25em] - Font size of the card's heading.
 *
 * @csspart card - The network.
 * @csspart card-heading - The network's name.
 * @csspart short-name - The short name, beside the name.
 * @csspart description - A paragraph of the description.
 * @csspart facts - The description list of facts.
 * @csspart fact - One term and its values.
 * @csspart fact-term - A fact's term.
 * @csspart fact-value - A fact's value.
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
    if (n == null || n === '') return this.renderMissing('network');
    if (typeof n === 'string') {
      const found = feed.networks.find((x) => x.id === n);
      return found ? renderNetwork(found, this.locale, this.level, feed.member) : this.renderMissing('network', n);
    }
    // A script-tag bundle waits for the validator (loading), or says it could not load it, as for a feed.
    const validator = loaded('validate');
    if (!validator) return this.renderWaiting();
    const result = validator.checkNetwork(n);
    if (!result.value) return this.renderFailureNotice((t) => t.describeInvalidNetwork(msg, result.problems));
    // Data given directly may come from any feed: its roles are not labelled with this feed's member.
    return renderNetwork(result.value, this.locale, this.level);
  }
}
