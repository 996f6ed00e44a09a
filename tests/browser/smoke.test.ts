import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetworkList } from '../../src/index.js';

describe('network-list on the bundled feed', () => {
  it('renders both categories and all five networks in the first update, without a request', async () => {
    const el = await fixture<NetworkList>(html`<network-list lang="de"></network-list>`);
    const headings = [...el.shadowRoot!.querySelectorAll('h2')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Themenübergreifende Netzwerke', 'Themenspezifische Netzwerke']);
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(5);
    await expect(el).to.be.accessible();
  });
});
