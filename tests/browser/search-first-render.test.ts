// The search code is loaded on first use (src/lazy.ts). A list without a search in the address
// must not wait for it: its first render is as immediate as without `searchable`. In a file of its
// own, so that no earlier test has loaded the search code yet.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NetworkList } from '../../src/index.js';
import { cards, field, openWith, pickTopicSpecific, restoreUrl, searchableList } from './search-helpers.js';

const microtasks = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

describe('<network-list searchable>, first render', () => {
  afterEach(() => {
    document.querySelectorAll('network-list').forEach((el) => el.remove());
    document.querySelectorAll('body > div:empty').forEach((d) => d.remove());
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

  // Kept in the address by the search code: a category chosen before that is there (the test
  // above never typed, so it has not loaded) filters at once, and reaches the address once it is.
  it('filters by a category chosen before the search code is there, and keeps it in the address once it is', async () => {
    openWith('?page=2#top');
    const el = await searchableList();
    pickTopicSpecific(el);
    // Moved in the page before the search code is there: the choice stays with it.
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    wrapper.append(el);
    await el.updateComplete;
    expect(cards(el)).to.deep.equal([
      'Energy Cities',
      'Climate Alliance',
      'European Coalition of Cities Against Racism (ECCAR)',
    ]);
    const pressed = [...el.shadowRoot!.querySelectorAll('[part="filters"] button')].map((b) =>
      b.getAttribute('aria-pressed'),
    );
    expect(pressed).to.deep.equal(['false', 'false', 'true']);
    await waitUntil(() => location.search.includes('network-category'), 'the category in the address');
    expect(location.search).to.equal('?page=2&network-category=topic-specific');
    expect(location.hash).to.equal('#top');
  });
});
