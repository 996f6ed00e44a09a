// A category picked before the search code is there is written to the address once it is
// (src/elements/network-list.ts) — but not by a list removed meanwhile: the page may have moved
// on (a new route of a single-page app). In a file of its own, so that the search code is not
// loaded yet when the category is picked.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { openWith, pickTopicSpecific, restoreUrl, searchableList } from './search-helpers.js';

describe('<network-list searchable> removed before the search code is there', () => {
  afterEach(() => restoreUrl());

  it('writes nothing into the address of the page it left', async () => {
    openWith('?route=one');
    const el = await searchableList();
    pickTopicSpecific(el);
    el.remove();
    history.replaceState(null, '', `${location.pathname}?route=two`);
    // The search code arrives (the same module the element asked for), and the element hears of it.
    await import('../../src/parts/search.js');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(location.search).to.equal('?route=two');
  });
});
