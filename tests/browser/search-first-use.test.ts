// The search part is loaded on first use (src/parts/search.ts, through src/loading/registry.ts).
// These tests start each from a page that has not loaded it yet (resetParts), whatever ran before.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NetworkList } from '../../src/index.js';
import { resetParts } from '../../src/loading/registry.js';
import { cards, field, openWith, pickTopicSpecific, restoreUrl, results, searchableList } from './search-helpers.js';
import { clean } from './elements-helpers.js';

const microtasks = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

beforeEach(() => resetParts());

// A list without a search in the address must not wait for the search code: its first render is
// as immediate as without `searchable`.
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

  // Kept in the address by the search code: a category chosen before that is there filters at
  // once, and reaches the address once it is.
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

// A category alone in the address (`?network-category=…`) loads the search code with the first
// render, as words typed do: it brings the texts of what a search found.
describe('<network-list searchable> with a category in the address', () => {
  afterEach(() => {
    document.querySelectorAll('network-list').forEach((el) => el.remove());
    restoreUrl();
  });

  it('shows that category and says the number found, in the page’s language, once it has rendered', async () => {
    openWith('?network-category=topic-specific');
    const el = document.createElement('network-list') as NetworkList;
    el.searchable = true;
    el.lang = 'de';
    document.body.append(el);
    await el.updateComplete;
    expect(cards(el)).to.have.length(3);
    expect(clean(results(el))).to.equal('3 Netzwerke gefunden');
  });
});

// A category picked before the search code is there is written to the address once it is — but
// not by a list removed meanwhile: the page may have moved on (a new route of a single-page app).
describe('<network-list searchable> removed before the search code is there', () => {
  afterEach(() => restoreUrl());

  it('writes nothing into the address of the page it left', async () => {
    openWith('?route=one');
    const el = await searchableList();
    pickTopicSpecific(el);
    el.remove();
    history.replaceState(null, '', `${location.pathname}?route=two`);
    // The search code arrives, and the element hears of it.
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(location.search).to.equal('?route=two');
  });
});
