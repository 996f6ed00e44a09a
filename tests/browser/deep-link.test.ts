// Deep links: a page opened with `#<network id>`, or whose fragment changes to one, scrolls to
// that network's card and moves focus to its heading once it is rendered.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetworkCard, NetworkList } from '../../src/index.js';
import { all, clean, one } from './elements-helpers.js';
import { route, sleep, until } from './remote-helpers.js';
import { cards, field, longFeed, openWith, restoreUrl, typed } from './search-helpers.js';

/** A tall block before the element, so that its cards start below the first screen. */
const spacer = html`<div style="height: 2000px"></div>`;

/** The element's focused node inside its shadow root, if the page's focus is in it. */
const focusedIn = (el: Element) => (document.activeElement === el ? el.shadowRoot!.activeElement : null);

/** A node as a failure message names it: `<h3 id="network-eccar">`, or `nothing`. */
const named = (node: Element | null | undefined) =>
  node ? `<${node.localName}${node.id ? ` id="${node.id}"` : ''}>` : 'nothing';

/** Whether the node is on screen, wholly within the viewport's height. */
function onScreen(node: Element) {
  const r = node.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
}

async function focusedHeading(el: Element, id: string, timeout?: number): Promise<Element> {
  return until<Element | null | undefined>(
    () => {
      const f = focusedIn(el);
      return f?.id === `network-${id}` ? f : undefined;
    },
    `the heading of ${id} to have focus (focused: ${focusedIn(el)?.id ?? document.activeElement?.localName})`,
    timeout,
  ) as Promise<Element>;
}

describe('deep links', () => {
  afterEach(() => {
    fixtureCleanup();
    restoreUrl();
    scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur?.();
  });

  it('a fragment naming an element of the page stays the page’s; #network-<id> always means the card', async () => {
    const wrap = await fixture(
      html`<div><main id="eccar" tabindex="-1">${spacer}</main><network-card lang="de" network="eccar"></network-card></div>`,
    );
    const el = wrap.querySelector('network-card')!;
    await (el as NetworkCard).updateComplete;
    location.hash = '#eccar';
    await sleep(100);
    expect(named(focusedIn(el)), 'the card does not take the page’s fragment').to.equal('nothing');
    location.hash = '#network-eccar';
    const h = await focusedHeading(el, 'eccar');
    expect(h.localName).to.equal('h2');
  });

  it('a page opened with #eccar scrolls to that card and focuses its heading', async () => {
    openWith('#eccar');
    const wrap = await fixture(html`<div>${spacer}<network-list lang="de"></network-list></div>`);
    const el = wrap.querySelector('network-list')!;
    const h = await focusedHeading(el, 'eccar');
    expect(h.localName).to.equal('h3');
    expect(clean(h)).to.equal('Europäische Städtekoalition gegen Rassismus und Diskriminierung (ECCAR)');
    expect(h.getAttribute('tabindex')).to.equal('-1');
    expect(scrollY, 'the page scrolled').to.be.greaterThan(1000);
    expect(onScreen(h), 'the heading is on screen').to.equal(true);
    const card = h.closest('article')!.getBoundingClientRect();
    expect(card.top, 'the card starts on screen, with its border').to.be.within(0, 50);
    // The heading is focused by the script, not by a click: its focus is shown.
    expect(getComputedStyle(h).outlineStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('follows a change of the fragment (hashchange)', async () => {
    const wrap = await fixture(html`<div>${spacer}<network-list lang="en"></network-list></div>`);
    const el = wrap.querySelector('network-list')!;
    expect(focusedIn(el) === null, `no focus in the list before (it is on ${named(focusedIn(el))})`).to.equal(true);
    location.hash = 'klima-buendnis';
    const h = await focusedHeading(el, 'klima-buendnis');
    expect(clean(h)).to.equal('Climate Alliance');
    expect(onScreen(h)).to.equal(true);
    location.hash = 'rgre';
    expect(onScreen(await focusedHeading(el, 'rgre'))).to.equal(true);
  });

  it('a fragment that names no network does nothing', async () => {
    openWith('#nothing-here');
    const wrap = await fixture(html`<div>${spacer}<network-list lang="de"></network-list></div>`);
    const el = wrap.querySelector('network-list')!;
    await el.updateComplete;
    await sleep(100);
    expect(
      document.activeElement === document.body,
      `the focus stays on the page's body, not on ${named(document.activeElement)}`,
    ).to.equal(true);
    expect(scrollY).to.equal(0);
    location.hash = 'contact';
    await sleep(100);
    expect(
      document.activeElement === document.body,
      `the focus stays on the page's body, not on ${named(document.activeElement)}`,
    ).to.equal(true);
    expect(scrollY).to.equal(0);
  });

  it('headings are not focusable and show no outline in normal use', async () => {
    const el = await fixture<NetworkList>(html`<network-list lang="de"></network-list>`);
    const headings = all(el, '[part="card-heading"]');
    expect(headings.map((h) => h.getAttribute('tabindex'))).to.deep.equal([null, null, null, null, null]);
    expect(getComputedStyle(headings[0]).outlineStyle).to.equal('none');
  });

  it('reaches a card beyond the first chunk of a long list', async () => {
    const feed = longFeed(600);
    // The 598th network of the feed: a topic-specific one (Klima-Bündnis), far down the list.
    openWith('#n599-klima-buendnis');
    const el = document.createElement('network-list') as NetworkList;
    el.lang = 'de';
    el.feed = feed as typeof el.feed;
    document.body.append(el);
    try {
      // 600 cards: on a busy machine WebKit takes some 3 s to render up to this one.
      const h = await focusedHeading(el, 'n599-klima-buendnis', 10_000);
      expect(clean(h)).to.equal('Klima-Bündnis n599');
      expect(onScreen(h)).to.equal(true);
      await el.updateComplete;
      expect(onScreen(h), 'still on screen when every chunk is in').to.equal(true);
      expect(focusedIn(el) === h, `the focus is on the heading, not on ${named(focusedIn(el))}`).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('with a remote feed, once it has loaded', async () => {
    openWith('#energy-cities');
    const r = route('slow', { ms: 300 });
    const wrap = await fixture(html`<div>${spacer}<network-list lang="en" src=${r.url}></network-list></div>`);
    const el = wrap.querySelector('network-list')!;
    const h = await focusedHeading(el, 'energy-cities');
    expect(onScreen(h)).to.equal(true);
  });

  it('a reader who acts before a late card is there keeps the focus where they put it', async () => {
    openWith('#energy-cities');
    const r = route('slow', { ms: 400 });
    const wrap = await fixture(
      html`<div><input aria-label="Page search" />${spacer}<network-list lang="en" src=${r.url}></network-list></div>`,
    );
    const el = wrap.querySelector('network-list')!;
    const own = wrap.querySelector('input')!;
    own.focus();
    own.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.querySelector('#network-energy-cities'), 'the card');
    await el.updateComplete;
    await sleep(50);
    expect(
      document.activeElement === own,
      `the focus stays in the page's own field, not on ${named(document.activeElement)}`,
    ).to.equal(true);
    expect(focusedIn(el) === null, `no focus in the list (it is on ${named(focusedIn(el))})`).to.equal(true);
  });

  describe('with a search', () => {
    it('a search that hides the card is cleared, and the address loses it', async () => {
      openWith('?network-search=bundnis&keep=1#eccar');
      const el = await fixture<NetworkList>(html`<network-list lang="de" searchable></network-list>`);
      await focusedHeading(el, 'eccar');
      expect(field(el).value).to.equal('');
      expect(cards(el)).to.have.length(5);
      await until(() => !location.search.includes('network-search'), 'the search to leave the address');
      expect(new URL(location.href).searchParams.get('keep')).to.equal('1');
      expect(location.hash).to.equal('#eccar');
    });

    it('a category that hides the card is cleared too; a fragment change while typing works the same', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="en" searchable></network-list>`);
      one<HTMLButtonElement>(el, '[part="filters"] button:nth-child(2)').click();
      await typed(el, 'cities');
      expect(cards(el)).to.have.length(2);
      location.hash = 'eccar';
      await focusedHeading(el, 'eccar');
      expect(cards(el)).to.have.length(5);
      expect(all(el, '[part="filters"] button').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
        'true',
        'false',
        'false',
      ]);
    });

    it('a search that shows the card stays', async () => {
      openWith('?network-search=eccar#eccar');
      const el = await fixture<NetworkList>(html`<network-list lang="de" searchable></network-list>`);
      await focusedHeading(el, 'eccar');
      expect(field(el).value).to.equal('eccar');
      expect(cards(el)).to.have.length(1);
    });

    it('a list whose `category` leaves the network out keeps its search and takes no focus', async () => {
      openWith('?network-search=zzz#eccar');
      const el = await fixture<NetworkList>(
        html`<network-list lang="de" searchable category="cross-topic"></network-list>`,
      );
      await el.updateComplete;
      await sleep(100);
      expect(field(el).value).to.equal('zzz');
      expect(
        document.activeElement === document.body,
        `the focus stays on the page's body, not on ${named(document.activeElement)}`,
      ).to.equal(true);
    });
  });

  it('<network-card> alone: its own network', async () => {
    openWith('#eccar');
    const wrap = await fixture(
      html`<div>${spacer}<network-card lang="en" network="rgre"></network-card><network-card lang="en" network="eccar"></network-card></div>`,
    );
    const [other, card] = [...wrap.querySelectorAll<NetworkCard>('network-card')];
    const h = await focusedHeading(card, 'eccar');
    expect(onScreen(h)).to.equal(true);
    expect(focusedIn(other) === null, `no focus in the other card (it is on ${named(focusedIn(other))})`).to.equal(
      true,
    );
  });
});
