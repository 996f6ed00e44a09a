// Remote feeds under attack and at the edge (issue 17): settings that would wrap, HTTP edge
// cases, misleading links, bidi controls, saved copies (age, budget), settings shared by
// elements on one feed, and feeds no element shows any more.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { bundledFeed, type NetworkList } from '../../src/index.js';
import { cards, errorLines, route, status, takeUncaught, until } from './remote-helpers.js';

const ALL = bundledFeed.networks.length;

/** Waits until the element shows a failure in its live region. */
const failed = (el: NetworkList) =>
  until(() => status(el)?.querySelector('[part="error"]'), `an error in <${el.localName} src=${el.src}>`);

/** Waits until the element shows `n` network cards. */
const showing = (el: Element, n: number) => until(() => cards(el) === n, `${n} cards in <${el.localName}>`);

afterEach(() => {
  expect(takeUncaught(), 'uncaught errors and unhandled rejections').to.deep.equal([]);
});

describe('remote feeds: settings that would wrap', () => {
  for (const timeout of ['2147483648', '3e9', '1e12', 'Infinity']) {
    it(`timeout="${timeout}" is clamped, not wrapped: a feed answering after 300 ms loads`, async () => {
      const feed = route('slow', { ms: 300 });
      const el = await fixture<NetworkList>(
        html`<network-list lang="en" timeout=${timeout} src=${feed.url}></network-list>`,
      );
      await showing(el, ALL);
      expect(errorLines(el)).to.deep.equal([]);
    });
  }

  it('max-bytes="1e300" is clamped and still loads the feed', async () => {
    const feed = route('good');
    const el = await fixture<NetworkList>(
      html`<network-list lang="en" max-bytes="1e300" src=${feed.url}></network-list>`,
    );
    await showing(el, ALL);
  });
});
