// Remote feeds under attack and at the edge (issue 17): settings that would wrap, HTTP edge
// cases, misleading links, bidi controls, saved copies (age, budget), settings shared by
// elements on one feed, and feeds no element shows any more (how many are held, and the heap).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { bundledFeed, type NetworkList } from '../../src/index.js';
import { blockedAsMixed } from '../../src/feed/remote.js';
import { cards, detailLines, errorLines, route, sleep, status, takeUncaught, until } from './remote-helpers.js';
import { requires } from './engine.js';

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

describe('remote feeds: HTTP edges', () => {
  it('a 304 sent unasked is asked again past the cache, and the feed shows', async () => {
    const feed = route('notmod');
    const el = await fixture<NetworkList>(html`<network-list lang="en" src=${feed.url}></network-list>`);
    await showing(el, ALL);
    expect((await feed.stats()).requests).to.equal(2);
  });

  it('a 304 to every request says so, once, without retries', async () => {
    const feed = route('notmod', { always: 1 });
    const el = await fixture<NetworkList>(html`<network-list lang="en" src=${feed.url}></network-list>`);
    await failed(el);
    expect(errorLines(el)).to.deep.equal(['The server with this information sent an answer that cannot be used.']);
    expect(detailLines(el)[1]).to.equal(
      'The feed’s server answered “not modified” (HTTP 304), but there is no copy to show.',
    );
    await sleep(2500);
    expect((await feed.stats()).requests).to.equal(2);
  });

  it('a redirect loop is named as one and not tried again (one series of redirects and one probe)', async () => {
    const feed = route('loop');
    const el = await fixture<NetworkList>(html`<network-list lang="en" src=${feed.url}></network-list>`);
    await failed(el);
    expect(errorLines(el)).to.deep.equal(['This information cannot be reached: its address leads round in circles.']);
    expect(detailLines(el)[1]).to.equal('The feed’s address redirects in a loop or too often.');
    await sleep(2500);
    expect((await feed.stats()).requests).to.be.at.most(22);
  });

  it('a feed declared in another character set than UTF-8 is refused with a clear message', async () => {
    const feed = route('latin1');
    const el = await fixture<NetworkList>(html`<network-list lang="en" src=${feed.url}></network-list>`);
    await failed(el);
    expect(errorLines(el)).to.deep.equal(['This information is in a format that this page cannot read.']);
    expect(detailLines(el)[1]).to.equal('The feed is not encoded as UTF-8: its server declares another character set.');
    expect(cards(el)).to.equal(0);
  });

  it('version 0.0.1 is refused: this library reads format 1 only', async () => {
    const feed = route('version', { v: '0.0.1' });
    const el = await fixture<NetworkList>(html`<network-list lang="en" src=${feed.url}></network-list>`);
    await failed(el);
    // The feed names its source page (the bundled feed's): the way on.
    expect(errorLines(el)).to.deep.equal([
      'This information is in a format that this page cannot read.',
      'Read this information on www.heidelberg.de',
    ]);
    expect(detailLines(el)[1]).to.equal('The feed uses an unsupported feed version: these elements read version 1.');
  });

  it('an http: feed on an https: page is known to be blocked before any request (not on this computer)', () => {
    const page = 'https://www.heidelberg.de/';
    expect(blockedAsMixed('http://partner.example/feed.json', page)).to.equal(true);
    expect(blockedAsMixed('HTTP://partner.example/feed.json', page)).to.equal(true);
    expect(blockedAsMixed('http://localhost.evil.example/', page)).to.equal(true);
    expect(blockedAsMixed('https://partner.example/feed.json', page)).to.equal(false);
    expect(blockedAsMixed('http://partner.example/feed.json', 'http://www.heidelberg.de/')).to.equal(false);
    expect(blockedAsMixed('http://localhost:8000/feed.json', page)).to.equal(false);
    expect(blockedAsMixed('http://127.0.0.1/feed.json', page)).to.equal(false);
  });
});

/** The left edges of the characters of `word` in the first text node under `root` that holds it. */
function edges(root: ShadowRoot, word: string): number[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(word);
    if (at < 0) continue;
    return [...word].map((_, i) => {
      const range = document.createRange();
      range.setStart(n, at + i);
      range.setEnd(n, at + i + 1);
      return range.getBoundingClientRect().left;
    });
  }
  throw new Error(`no text “${word}”`);
}

const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]);

describe('feed text with bidi controls', () => {
  it('an unclosed U+202E in a role or the member’s name cannot reverse the elements’ own words', async () => {
    const feed = structuredClone(bundledFeed);
    feed.member = { en: 'Heidelberg \u202Egnp.' };
    feed.networks[0].roles = [{ role: { en: 'Chair\u202E' }, from: '2008-05' }];
    const el = await fixture<NetworkList>(html`<network-list lang="en" .feed=${feed}></network-list>`);
    await showing(el, ALL);
    const root = el.shadowRoot!;
    // Left to right, as written: ", since May 2008" after the role, "roles" after the name.
    expect(ascending(edges(root, ', since May 2008')), 'the period after the role').to.equal(true);
    expect(ascending(edges(root, '’s role')), 'the term after the member’s name').to.equal(true);
    // The feed's own text keeps its controls: only what they would leak is closed.
    expect(root.textContent).to.include('Chair\u202E');
  });
});

describe('remote feeds: settings of elements sharing one feed', () => {
  for (const order of ['strict first', 'generous first']) {
    it(`the most generous max-bytes and timeout apply to all, whatever the order (${order})`, async () => {
      const feed = route('slow', { ms: 400 });
      const strict = html`<network-list lang="en" max-bytes="1000" timeout="100" src=${feed.url}></network-list>`;
      const generous = html`<network-list lang="en" src=${feed.url}></network-list>`;
      const first = await fixture<NetworkList>(order === 'strict first' ? strict : generous);
      await sleep(50);
      const second = await fixture<NetworkList>(order === 'strict first' ? generous : strict);
      await showing(first, ALL);
      await showing(second, ALL);
      expect([errorLines(first), errorLines(second)]).to.deep.equal([[], []]);
    });
  }
});

describe('remote feeds: feeds no element shows', () => {
  it('are released: after 60 feeds shown and removed, the module keeps at most KEPT of them', async () => {
    const { heldFeeds, KEPT } = await import('../../src/feed/remote.js');
    const before = heldFeeds();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const lists = Array.from({ length: 60 }, () => {
      const el = document.createElement('network-list') as NetworkList;
      el.src = route('large', { mode: 'chunked', bytes: 400_000 }).url;
      host.append(el);
      return el;
    });
    await until(() => lists.every((el) => cards(el) === ALL), '60 feeds shown', 30_000);
    expect(heldFeeds() - before).to.equal(60);
    host.remove();
    await sleep(10);
    expect(heldFeeds() - before).to.be.at.most(KEPT);
  });
});

describe('remote feeds: memory', () => {
  it('60 feeds of 400 KB shown and removed one after another leave less in the heap than 8 such feeds take', async function () {
    await requires(this, 'heap');
    this.timeout(60_000);
    /** The page's heap after garbage collection: JavaScript and DOM. */
    const heap = async () => {
      const { js, dom } = (await executeServerCommand('heap')) as { js: number; dom: number };
      return js + dom;
    };
    const host = document.body.appendChild(document.createElement('div'));
    /** A list with a feed of its own of about 400 KB, removed once it shows it. */
    const showOne = async () => {
      const el = document.createElement('network-list') as NetworkList;
      el.lang = 'en';
      el.src = route('text').url;
      host.append(el);
      await until(() => cards(el) === ALL, 'the feed shown');
      el.remove();
    };
    try {
      // One first: the code and templates a first load brings are no feed's.
      await showOne();
      const before = await heap();
      // The yardstick: 8 such feeds, parsed and held here.
      const eight = await Promise.all(Array.from({ length: 8 }, async () => (await fetch(route('text').url)).json()));
      const eightFeeds = (await heap()) - before;
      eight.length = 0;
      for (let i = 0; i < 60; i++) await showOne();
      const after60 = (await heap()) - before;
      expect(after60, `heap growth after 60 feeds (8 such feeds: ${eightFeeds} bytes)`).to.be.below(eightFeeds);
    } finally {
      host.remove();
    }
  });
});
