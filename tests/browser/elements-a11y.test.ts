import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { NetworkList } from '../../src/index.js';
import { all, clean, computedColor, one, smallFeed } from './elements-helpers.js';
import { has, requires } from './engine.js';
import { longFeed } from './search-helpers.js';

/** Every state each element can be in without a remote feed (a never-answering `src` for loading). */
function states(): [string, () => TemplateResult][] {
  const invalid = () => {
    const feed = smallFeed();
    delete (feed.networks as Record<string, unknown>[])[0].category;
    return feed;
  };
  const network = { id: 'own', category: 'c', name: { de: 'Eigenes', en: 'Own' }, website: 'https://example.org/' };
  return [
    ['list', () => html`<network-list></network-list>`],
    ['list intro heading-level=3', () => html`<network-list intro heading-level="3"></network-list>`],
    ['list category', () => html`<network-list category="cross-topic"></network-list>`],
    ['list unknown category', () => html`<network-list category="nope"></network-list>`],
    ['list empty category', () => html`<network-list category="empty" .feed=${smallFeed()}></network-list>`],
    ['list property feed', () => html`<network-list intro .feed=${smallFeed()}></network-list>`],
    ['list invalid feed', () => html`<network-list .feed=${invalid()}></network-list>`],
    ['list unsupported version', () => html`<network-list .feed=${{ ...smallFeed(), version: '2.0' }}></network-list>`],
    ['list loading', () => html`<network-list src="/never-answers.json"></network-list>`],
    ...['rgre', 'staedtetag-bw', 'energy-cities', 'klima-buendnis', 'eccar'].map(
      (id): [string, () => TemplateResult] => [
        `card ${id}`,
        () => html`<network-card network=${id} heading-level="3"></network-card>`,
      ],
    ),
    ['card unknown', () => html`<network-card network="nope"></network-card>`],
    ['card none', () => html`<network-card></network-card>`],
    ['card property', () => html`<network-card .network=${network}></network-card>`],
    ['card invalid property', () => html`<network-card .network=${{ id: 'x' }}></network-card>`],
    ['card invalid feed', () => html`<network-card network="one" .feed=${invalid()}></network-card>`],
    ['contact', () => html`<contact-box></contact-box>`],
    ['contact one', () => html`<contact-box contact="anna-seitz" heading-level="4"></contact-box>`],
    ['contact unknown', () => html`<contact-box contact="nobody"></contact-box>`],
    ['contact with links', () => html`<contact-box .feed=${smallFeed()}></contact-box>`],
    ['contact none', () => html`<contact-box .feed=${{ ...smallFeed(), contacts: [] }}></contact-box>`],
  ];
}

/** Holds fetches of the loading state open without touching the network. */
function holdFetch() {
  const original = window.fetch;
  window.fetch = (input, init) => {
    if (String(input).includes('never-answers')) {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    return original(input, init);
  };
  return () => (window.fetch = original);
}

describe('accessibility', () => {
  let releaseFetch: () => void;
  before(() => (releaseFetch = holdFetch()));
  after(() => releaseFetch());
  afterEach(() => fixtureCleanup());

  describe('axe: 0 violations', () => {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['de', 'en']) {
        for (const [name, template] of states()) {
          it(`${name} (${lang}, ${scheme})`, async () => {
            const wrap = await fixture<HTMLElement>(
              html`<div lang=${lang} class="page" style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 1px">
                ${template()}
              </div>`,
            );
            const el = wrap.firstElementChild as NetworkList;
            await el.updateComplete;
            expect(clean(el.shadowRoot), 'the element shows something').not.to.equal('');
            await expect(wrap).to.be.accessible();
          });
        }
      }
    }
  });

  describe('markup', () => {
    it('list: sections with a heading first, cards as list items, facts in a description list', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="de" intro></network-list>`);
      for (const section of all(el, 'section')) expect(section.firstElementChild!.localName).to.equal('h3');
      for (const ul of all(el, 'ul[part="list"]')) {
        expect(
          [...ul.children].every((li) => li.localName === 'li' && li.firstElementChild?.localName === 'article'),
        ).to.equal(true);
      }
      const dls = all(el, 'dl');
      expect(dls).to.have.length(5);
      for (const dl of dls) {
        for (const row of dl.children) {
          expect(row.localName).to.equal('div');
          expect(row.firstElementChild!.localName).to.equal('dt');
          expect([...row.children].slice(1).every((c) => c.localName === 'dd')).to.equal(true);
        }
      }
      // Each card is named by its heading.
      for (const article of all(el, 'article')) {
        const heading = el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!);
        expect(heading?.matches('h4')).to.equal(true);
      }
    });

    it('long list: one list of all its cards for assistive technology, also those not yet laid out', async function () {
      await requires(this, 'accessibility-tree');
      // axe over 150 cards takes 2–17 s on a busy 2-core machine (measured beside the fuzz tests).
      this.timeout(60_000);
      const feed = longFeed(150);
      const el = await fixture<NetworkList>(html`<network-list lang="en" .feed=${feed}></network-list>`);
      await el.updateComplete;
      expect(all(el, 'ul.long[part="list"] > li > article')).to.have.length(150);
      // In the accessibility tree: per category one list, each card one of its items, including
      // those far off screen, whose content the browser skips (content-visibility) until they come near.
      const lists = (await executeServerCommand('ax-lists', { part: 'list' })) as string[][];
      const { categories } = feed as unknown as { categories: { id: string }[] };
      const perCategory = categories.map(
        (c) => feed.networks.filter((n) => (n as unknown as { category: string }).category === c.id).length,
      );
      expect(lists.map((items) => items.length)).to.deep.equal(perCategory);
      for (const items of lists) expect(new Set(items)).to.deep.equal(new Set(['listitem']));
      await expect(el).to.be.accessible();
    });

    it('contact: the postal address in <address>, contacts as a list', async () => {
      const el = await fixture(html`<contact-box lang="de"></contact-box>`);
      expect(all(el, 'ul > li > address')).to.have.length(2);
    });

    it('adds no landmark an embed should not add (main, banner, region, …)', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <network-list intro lang="de"></network-list>
        <network-card network="energy-cities" lang="en"></network-card>
        <contact-box .feed=${smallFeed()}></contact-box>
      </div>`);
      const nodes = [...wrap.children].flatMap((e) => all(e, '*'));
      expect(nodes.length).to.be.greaterThan(100);
      // Elements that are landmarks by themselves (header and footer are banner and contentinfo here) …
      expect(
        nodes.filter((n) => n.matches('main, header, footer, nav, aside, form, search')).map((n) => n.localName),
      ).to.deep.equal([]);
      // … landmark roles …
      const landmarkRoles = /^(main|banner|contentinfo|navigation|complementary|region|form|search)$/;
      expect(nodes.filter((n) => landmarkRoles.test(n.getAttribute('role') ?? ''))).to.deep.equal([]);
      // … and no section with an accessible name, which would make it a region landmark.
      const sections = nodes.filter((n) => n.localName === 'section');
      expect(sections).to.have.length(2);
      for (const s of sections)
        expect(s.hasAttribute('aria-label') || s.hasAttribute('aria-labelledby') || s.hasAttribute('title')).to.equal(
          false,
        );
    });

    it('links are underlined, distinguishable without colour', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="en">
        <network-list></network-list>
        <contact-box .feed=${smallFeed()}></contact-box>
      </div>`);
      const links = [...wrap.children].flatMap((e) => all(e, 'a'));
      expect(links).to.have.length(11);
      for (const a of links) expect(getComputedStyle(a).textDecorationLine, clean(a)).to.contain('underline');
    });
  });

  describe('keyboard focus', () => {
    it('is visible on every link when tabbed to', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="de">
        <button id="start">start</button>
        <network-card network="rgre"></network-card>
        <contact-box .feed=${smallFeed()} contact="erika"></contact-box>
      </div>`);
      const hosts = [...wrap.querySelectorAll('network-card, contact-box')];
      const expected = hosts.flatMap((h) => all<HTMLAnchorElement>(h, 'a'));
      expect(expected).to.have.length(5);
      wrap.querySelector<HTMLButtonElement>('#start')!.focus();
      for (const link of expected) {
        await sendKeys({ press: 'Tab' });
        const host = link.getRootNode() as ShadowRoot;
        expect(host.activeElement, `Tab reaches “${clean(link)}”`).to.equal(link);
        expect(link.matches(':focus-visible')).to.equal(true);
        const s = getComputedStyle(link);
        expect(s.outlineStyle).to.equal('solid');
        expect(parseFloat(s.outlineWidth)).to.be.at.least(2);
        expect(s.outlineColor).to.equal(getComputedStyle(link).color);
      }
    });

    it('shows no outline on links that are not focused', async () => {
      const el = await fixture(html`<network-card lang="en" network="rgre"></network-card>`);
      for (const a of all(el, 'a')) expect(getComputedStyle(a).outlineStyle).to.equal('none');
    });
  });

  describe('forced colors (Windows contrast themes)', () => {
    const probe = computedColor;

    before(async function () {
      await requires(this, 'forced-colors');
      await executeServerCommand('emulate-forced-colors', { active: true });
    });
    after(async () => {
      if (await has('forced-colors')) await executeServerCommand('emulate-forced-colors', { active: false });
    });

    it('keeps card borders, link colours, underlines and the focus outline in system colours', async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      const wrap = await fixture<HTMLElement>(html`<div lang="en">
        <button id="start">start</button>
        <network-card network="energy-cities" style="--network-border-color: transparent; --network-link-color: transparent"></network-card>
        <contact-box .feed=${smallFeed()} contact="max"></contact-box>
      </div>`);
      const card = wrap.querySelector('network-card')!;
      const box = wrap.querySelector('contact-box')!;
      const canvasText = probe('CanvasText');
      const linkText = probe('LinkText');
      for (const block of [one(card, '[part="card"]'), one(box, '[part="contact"]')]) {
        const s = getComputedStyle(block);
        expect(s.borderTopStyle).to.equal('solid');
        expect(parseFloat(s.borderTopWidth)).to.be.at.least(1);
        expect(s.borderTopColor).to.equal(canvasText);
      }
      const links = [...all(card, 'a'), ...all(box, 'a')];
      for (const a of links) {
        expect(getComputedStyle(a).color).to.equal(linkText);
        expect(getComputedStyle(a).textDecorationLine).to.contain('underline');
      }
      wrap.querySelector<HTMLButtonElement>('#start')!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = card.shadowRoot!.activeElement!;
      expect(focused.localName).to.equal('a');
      const s = getComputedStyle(focused);
      expect(s.outlineStyle).to.equal('solid');
      expect(s.outlineColor).not.to.equal('rgba(0, 0, 0, 0)');
    });
  });
});
