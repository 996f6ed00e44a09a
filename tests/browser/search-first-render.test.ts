// The search code is loaded on first use (src/lazy.ts). A list without a search in the address
// must not wait for it: its first render is as immediate as without `searchable`. In a file of its
// own, so that no earlier test has loaded the search code yet.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetworkList } from '../../src/index.js';
import { cards, field, restoreUrl } from './search-helpers.js';

const microtasks = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

describe('<network-list searchable>, first render', () => {
  afterEach(() => {
    document.querySelectorAll('network-list').forEach((el) => el.remove());
    restoreUrl();
  });

  it('renders its cards and the field at once, without waiting for the search code', async () => {
    const el = document.createElement('network-list') as NetworkList;
    el.searchable = true;
    el.lang = 'en';
    document.body.append(el);
    await microtasks();
    expect(el.hasUpdated, 'rendered in the first update').to.equal(true);
    expect(cards(el)).to.have.length(5);
    expect(field(el)).to.exist;
    await el.updateComplete;
    expect(cards(el)).to.have.length(5);
  });
});
