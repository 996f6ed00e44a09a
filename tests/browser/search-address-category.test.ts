// A category alone in the address (`?network-category=…`) loads the search code with the first
// render, as words typed do: it brings the texts of what a search found. In a file of its own, so
// that no earlier test has loaded the search code yet.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetworkList } from '../../src/index.js';
import { cards, openWith, restoreUrl, results } from './search-helpers.js';
import { clean } from './elements-helpers.js';

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
