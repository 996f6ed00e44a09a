// Long lists: <network-list> renders its first networks at once and the rest in chunks across
// animation frames (src/elements/network-list.ts). What a reader would notice: the first
// screenful at once, every network in feed order in the end, nothing on screen moving while
// the rest arrives, and a language switch or a new feed that reaches every card.
import { expect, fixtureCleanup, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import type { NetworkList } from '../../src/index.js';
import { bundledFeed } from '../../src/feed/bundled.js';
import { all, clean, restoreHtmlLang, setHtmlLang } from './elements-helpers.js';

/** `count` networks made from the bundled feed's, in turn, with numbered ids and names. */
function longFeed(count: number, tag = 'n') {
  const base = structuredClone(bundledFeed) as unknown as { networks: { id: string; name: Record<string, string> }[] };
  const networks = Array.from({ length: count }, (_, i) => {
    const n = structuredClone(base.networks[i % base.networks.length]);
    n.id = `${tag}${i + 1}-${n.id}`;
    for (const lang of Object.keys(n.name)) n.name[lang] = `${n.name[lang]} ${tag}${i + 1}`;
    return n;
  });
  return { ...base, networks };
}

/** The ids of the networks a feed shows, in display order: grouped by category, feed order within. */
function displayOrder(feed: ReturnType<typeof longFeed>) {
  const categories = (feed as unknown as { categories: { id: string }[] }).categories;
  const byCategory = categories.map((c) =>
    feed.networks.filter((n) => (n as unknown as { category: string }).category === c.id).map((n) => `network-${n.id}`),
  );
  return byCategory.flat();
}

const cardIds = (el: Element) => all(el, 'article h3').map((h) => h.id);

/** Adds a list with `feed` to the page and resolves with it and the number of cards after its first update. */
async function mount(feed: unknown) {
  const el = document.createElement('network-list') as NetworkList;
  el.lang = 'de';
  el.feed = feed as typeof el.feed;
  let firstUpdate = -1;
  const seen = new Promise<void>((resolve) => {
    const mo = new MutationObserver(() => {
      if (firstUpdate < 0 && el.shadowRoot!.querySelector('article')) {
        firstUpdate = el.shadowRoot!.querySelectorAll('article').length;
        mo.disconnect();
        resolve();
      }
    });
    // The shadow root exists once the element is connected; the first render follows in a microtask.
    queueMicrotask(() => mo.observe(el.shadowRoot!, { childList: true, subtree: true }));
  });
  document.body.append(el);
  await seen;
  return { el, firstUpdate };
}

describe('<network-list> with a long feed', () => {
  afterEach(() => {
    document.querySelectorAll('network-list').forEach((el) => el.remove());
    fixtureCleanup();
    restoreHtmlLang();
  });

  it('shows its first networks at once and every network, in order, when updateComplete resolves', async () => {
    const feed = longFeed(600);
    const { el, firstUpdate } = await mount(feed);
    expect(firstUpdate, 'the first update shows a screenful, not everything').to.be.within(10, 100);
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(displayOrder(feed));
    expect(new Set(cardIds(el)).size).to.equal(600);
  });

  it('renders a feed of up to 100 networks completely in its first update', async () => {
    const { el, firstUpdate } = await mount(longFeed(100));
    expect(firstUpdate).to.equal(100);
    expect(all(el, 'ul.long')).to.have.length(0);
  });

  it('moves nothing on screen while later networks arrive (no layout shift)', async () => {
    const shifts: number[] = [];
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(e.value);
    });
    po.observe({ type: 'layout-shift' });
    const { el } = await mount(longFeed(800));
    const firstCard = all(el, 'article')[0];
    const top = firstCard.getBoundingClientRect().top;
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    po.disconnect();
    expect(firstCard.getBoundingClientRect().top).to.equal(top);
    expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
  });

  it('switches every card to the page’s new language', async () => {
    setHtmlLang('de');
    const el = document.createElement('network-list') as NetworkList;
    el.feed = longFeed(400) as typeof el.feed;
    document.body.append(el);
    await el.updateComplete;
    expect(all(el, 'dt').every((dt) => !/Heidelberg’s/.test(clean(dt)))).to.equal(true);
    setHtmlLang('en');
    await Promise.resolve();
    await el.updateComplete;
    const terms = all(el, 'dt').map((dt) => clean(dt));
    expect(terms.length).to.be.above(400);
    expect(terms.filter((t) => /^(Rolle|Rollen|Mitglieder|Länder|Gegründet)/.test(t))).to.deep.equal([]);
  });

  it('shows only the new feed when the feed is replaced while chunks are still coming', async () => {
    const { el } = await mount(longFeed(600, 'a'));
    const next = longFeed(90, 'b');
    el.feed = next as typeof el.feed;
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(displayOrder(next));
  });

  it('stops while out of the document and completes when put back', async () => {
    const feed = longFeed(600);
    const { el, firstUpdate } = await mount(feed);
    el.remove();
    await nextFrame();
    await nextFrame();
    const whileAway = cardIds(el).length;
    expect(whileAway).to.be.below(600);
    await nextFrame();
    expect(cardIds(el).length, 'no chunks while away').to.equal(whileAway);
    expect(whileAway).to.be.at.least(firstUpdate);
    document.body.append(el);
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(displayOrder(feed));
  });

  it('shows every card again after a failure in between, with the same feed as before', async () => {
    const feed = longFeed(300);
    const { el } = await mount(feed);
    await el.updateComplete;
    // Invalid data: an error message, no list.
    el.feed = { version: '1.0.0' } as typeof el.feed;
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal([]);
    const lines = [...el.shadowRoot!.querySelectorAll('[part="error"] :is(p, li)')].map((n) =>
      n.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(lines, 'the message shown').to.deep.equal([
      'Diese Informationen enthalten Fehler und können nicht angezeigt werden.',
      'Die Daten sind kein gültiger Netzwerk-Feed.',
      'checked: fehlt',
      'categories: fehlt',
      'networks: fehlt',
      'contacts: fehlt',
    ]);
    // The same feed object once more: its chunks were on screen before, but the list was not.
    el.feed = feed as typeof el.feed;
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(displayOrder(feed));
  });
});
