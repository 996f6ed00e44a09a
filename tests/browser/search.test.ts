// <network-list searchable>: a search field and category buttons that filter the networks as one
// types, a polite count, a no-results state, and the search kept in the page's address.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { requires, setViewport } from './engine.js';
import '../../src/index.js';
import type { NetworkList } from '../../src/index.js';
import { fold } from '../../src/search/match.js';
import { all, clean, computedColor, contrast, one, painted, smallFeed } from './elements-helpers.js';
import { route, sleep, until } from './remote-helpers.js';
import {
  buttons,
  cards,
  field,
  longFeed,
  openWith,
  paused,
  restoreUrl,
  results,
  typed,
  typeInto,
} from './search-helpers.js';

const DE = {
  rgre: 'Rat der Gemeinden und Regionen Europas / Deutsche Sektion (RGRE)',
  staedtetag: 'Städtetag Baden-Württemberg - AG Europakoordinatoren',
  energy: 'Energy Cities',
  klima: 'Klima-Bündnis',
  eccar: 'Europäische Städtekoalition gegen Rassismus und Diskriminierung (ECCAR)',
};
const EN_KLIMA = 'Climate Alliance';

// The list's updateComplete covers loading the search code (src/parts/), which its first render waits for.
const list = (lang = 'de', extra = html``) =>
  fixture<NetworkList>(html`<div>${extra}<network-list lang=${lang} searchable></network-list></div>`).then(
    async (wrap) => {
      const el = wrap.querySelector('network-list')!;
      await el.updateComplete;
      return el;
    },
  );

/** Waits until the live region says `text` (it speaks half a second after the last change). */
const announced = (el: Element, text: string) =>
  until(() => clean(results(el)) === text, `the live region to say “${text}”, not “${clean(results(el))}”`, 3000);

async function search(el: NetworkList, value: string) {
  await typed(el, value);
  return cards(el);
}

describe('<network-list searchable>', () => {
  afterEach(() => {
    fixtureCleanup();
    restoreUrl();
  });

  describe('without searchable', () => {
    it('renders no search, ignores the address and never touches it', async () => {
      openWith('?network-search=bundnis&network-category=topic-specific&other=1#top');
      const before = location.href;
      const el = await fixture<NetworkList>(html`<network-list lang="de"></network-list>`);
      expect(all(el, 'search, input, [part="filters"], [part="results"]')).to.have.length(0);
      expect(cards(el)).to.have.length(5);
      await sleep(700);
      expect(location.href).to.equal(before);
    });

    it('the property reflects to the attribute', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="de"></network-list>`);
      el.searchable = true;
      await el.updateComplete;
      expect(el.hasAttribute('searchable')).to.equal(true);
      expect(all(el, 'input[type="search"]')).to.have.length(1);
    });
  });

  for (const [lang, label, group, all_] of [
    ['de', 'Netzwerke durchsuchen', 'Kategorie', 'Alle'],
    ['en', 'Search networks', 'Category', 'All'],
  ]) {
    it(`has a labelled search field and a labelled group of category buttons (${lang}); axe finds nothing`, async () => {
      const el = await list(lang);
      const input = field(el);
      expect([...input.labels!].map((l) => clean(l))).to.deep.equal([label]);
      const filters = one(el, '[part="filters"]');
      expect(filters.getAttribute('role')).to.equal('group');
      expect(filters.getAttribute('aria-label')).to.equal(group);
      expect(buttons(el)[0]).to.deep.equal([all_, 'true']);
      expect(
        buttons(el)
          .slice(1)
          .map((b) => b[1]),
      ).to.deep.equal(['false', 'false']);
      expect(results(el).getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      typeInto(el, 'bundnis');
      await announced(el, lang === 'de' ? '1 Netzwerk gefunden' : '1 network found');
      await expect(el).to.be.accessible();
    });
  }

  describe('filtering as one types', () => {
    it('typing on the keyboard filters the cards', async () => {
      const el = await list();
      field(el).focus();
      await sendKeys({ type: 'bundnis' });
      await el.updateComplete;
      expect(cards(el), 'not while typing').to.have.length(5);
      await paused(el);
      expect(cards(el)).to.deep.equal([DE.klima]);
      expect(
        all(el, '[part="category-heading"]').map((h) => clean(h)),
        'categories without matches are left out',
      ).to.deep.equal(['Themenspezifische Netzwerke']);
      for (let i = 0; i < 7; i++) await sendKeys({ press: 'Backspace' });
      await paused(el);
      expect(cards(el)).to.have.length(5);
    });

    it('ignores case and diacritics: bundnis, BÜNDNIS, buendnis', async () => {
      const el = await list();
      for (const q of ['bundnis', 'BÜNDNIS', 'buendnis', 'Bündnis', 'klima bundnis', 'bundnis klima']) {
        expect(await search(el, q), q).to.deep.equal([DE.klima]);
      }
    });

    it('stadte finds Städtetag and Städtekoalition; stadtetag and stadtekoalition one each', async () => {
      const el = await list();
      const found = await search(el, 'stadte');
      expect(found).to.include(DE.staedtetag);
      expect(found).to.include(DE.eccar);
      expect(await search(el, 'stadtetag')).to.deep.equal([DE.staedtetag]);
      expect(await search(el, 'STADTEKOALITION')).to.deep.equal([DE.eccar]);
      expect(await search(el, 'zzz')).to.deep.equal([]);
    });

    it('ß matches ss and the other way round', async () => {
      expect(fold('Straße')).to.equal(fold('STRASSE'));
      const feed = smallFeed() as { networks: { name: Record<string, string> }[] };
      feed.networks[0].name = { de: 'Großstädte-Netz', en: 'Big Cities Net' };
      const el = await fixture<NetworkList>(html`<network-list lang="de" searchable .feed=${feed}></network-list>`);
      expect(await search(el, 'grossstadte')).to.deep.equal(['Großstädte-Netz (NE)']);
      expect(await search(el, 'großstädte-n')).to.deep.equal(['Großstädte-Netz (NE)']);
    });

    it('searches the short name and the description shown', async () => {
      const el = await list();
      expect(await search(el, 'rgre')).to.deep.equal([DE.rgre]);
      expect(await search(el, 'arbeitsgemeinschaft')).to.deep.equal([DE.staedtetag]);
    });

    it('names count in both languages, descriptions only in the language shown', async () => {
      const en = await list('en');
      expect(await search(en, 'bundnis'), 'the German name finds the network in English').to.deep.equal([EN_KLIMA]);
      expect(await search(en, 'rgre'), 'and the German short name').to.have.length(1);
      expect(await search(en, 'arbeitsgemeinschaft'), 'a word of the German description only').to.deep.equal([]);
      const de = await list('de');
      expect(await search(de, 'climate alliance')).to.deep.equal([DE.klima]);
    });

    it('the filter follows a change of language', async () => {
      const el = await list('de');
      expect(await search(el, 'arbeitsgemeinschaft')).to.deep.equal([DE.staedtetag]);
      el.lang = 'en';
      await until(
        async () => (await el.updateComplete, cards(el).length === 0),
        'no English description has the German word',
      );
      expect(clean(results(el))).to.equal('No networks found');
      expect(field(el).value).to.equal('arbeitsgemeinschaft');
    });
  });

  describe('the number found', () => {
    for (const [lang, one_, three, none] of [
      ['de', '1 Netzwerk gefunden', '3 Netzwerke gefunden', 'Keine Netzwerke gefunden'],
      ['en', '1 network found', '3 networks found', 'No networks found'],
    ]) {
      it(`is announced politely, singular and plural (${lang})`, async () => {
        const el = await list(lang);
        expect(clean(results(el)), 'nothing is said before a search').to.equal('');
        typeInto(el, 'bundnis');
        await announced(el, one_);
        one<HTMLButtonElement>(el, '[part="filters"] button:nth-child(3)').click();
        typeInto(el, '');
        await announced(el, three);
        typeInto(el, 'xyzzy');
        await announced(el, none);
      });
    }

    it('is said once when typing pauses, not on every keystroke', async () => {
      const el = await list('en');
      const said: string[] = [];
      const mo = new MutationObserver(() => said.push(clean(results(el))));
      mo.observe(results(el), { childList: true, subtree: true, characterData: true });
      field(el).focus();
      await sendKeys({ type: 'cities' });
      await el.updateComplete;
      expect(said, 'not while typing').to.deep.equal([]);
      await announced(el, '4 networks found');
      mo.disconnect();
      expect(said.filter(Boolean)).to.deep.equal(['4 networks found']);
    });
  });

  describe('category buttons', () => {
    it('show one category at a time; pressing the pressed one, or All, shows all again', async () => {
      const el = await list('en');
      expect(buttons(el)).to.deep.equal([
        ['All', 'true'],
        ['Cross-topic networks', 'false'],
        ['Topic-specific networks', 'false'],
      ]);
      const [allButton, cross, topic] = all<HTMLButtonElement>(el, '[part="filters"] button');
      topic.click();
      await el.updateComplete;
      expect(cards(el)).to.deep.equal([
        'Energy Cities',
        'Climate Alliance',
        'European Coalition of Cities Against Racism (ECCAR)',
      ]);
      expect(buttons(el).map((b) => b[1])).to.deep.equal(['false', 'false', 'true']);
      topic.click();
      await el.updateComplete;
      expect(cards(el)).to.have.length(5);
      expect(buttons(el).map((b) => b[1])).to.deep.equal(['true', 'false', 'false']);
      cross.click();
      await el.updateComplete;
      expect(cards(el)).to.have.length(2);
      allButton.click();
      await el.updateComplete;
      expect(cards(el)).to.have.length(5);
    });

    it('work with the keyboard and combine with the words typed', async () => {
      const el = await list('en');
      field(el).focus();
      await sendKeys({ type: 'cities' });
      await paused(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(clean(el.shadowRoot!.activeElement)).to.equal('Cross-topic networks');
      expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle, 'visible focus').to.equal('solid');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(cards(el)).to.deep.equal([
        'Council of European Municipalities and Regions / German Section (CEMR)',
        'Association of Cities of Baden-Württemberg – Working Group of Europe Coordinators',
      ]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(cards(el)).to.have.length(4);
    });

    it('are left out when the list shows one category (`category`) or the feed has only one', async () => {
      const el = await fixture<NetworkList>(
        html`<network-list lang="en" searchable category="topic-specific"></network-list>`,
      );
      expect(all(el, '[part="filters"]')).to.have.length(0);
      expect(await search(el, 'cities')).to.deep.equal([
        'Energy Cities',
        'European Coalition of Cities Against Racism (ECCAR)',
      ]);
      const feed = smallFeed() as { categories: unknown[] };
      feed.categories.length = 1;
      const small = await fixture<NetworkList>(html`<network-list lang="en" searchable .feed=${feed}></network-list>`);
      expect(all(small, '[part="filters"]')).to.have.length(0);
      expect(all(small, 'input[type="search"]')).to.have.length(1);
    });

    // Light and dark contrast themes, on a page in its default and in a dark colour scheme: the
    // pressed button is painted in SelectedItem, and its label legible on it. getComputedStyle
    // cannot tell: left to the browser, the label got a backplate of the page's Canvas behind it,
    // white on white in the light theme, grey on black in the dark one.
    for (const [scheme, pageScheme] of [
      ['light', 'normal'],
      ['dark', 'normal'],
      ['light', 'dark'],
      ['dark', 'dark'],
    ] as const) {
      it(`the pressed button is visible in forced colours too (${scheme} theme, page color-scheme ${pageScheme})`, async function () {
        await requires(this, 'forced-colors');
        await executeServerCommand('emulate-forced-colors', { active: true, scheme });
        document.documentElement.style.colorScheme = pageScheme;
        try {
          const el = await list('en');
          const buttons = all(el, '[part="filters"] button');
          const [pressed, plain] = buttons.map((b) => getComputedStyle(b));
          expect(pressed.backgroundColor).not.to.equal(plain.backgroundColor);
          expect(pressed.color).not.to.equal(pressed.backgroundColor);
          // The button, inside its border: its background as computed.
          const r = buttons[0].getBoundingClientRect();
          const button = await painted({ x: r.x + 4, y: r.y + 4, width: r.width - 8, height: r.height - 8 });
          expect(`rgb(${button.background.join(', ')})`, 'the painted background').to.equal(pressed.backgroundColor);
          // Its label, the box of its text: legible against what is painted right behind it.
          const range = document.createRange();
          range.selectNodeContents(buttons[0]);
          const label = await painted(range.getBoundingClientRect());
          expect(
            contrast(label.text, label.background),
            `label ${label.text} on ${label.background} (computed: ${pressed.color} on ${pressed.backgroundColor})`,
          ).to.be.at.least(4.5);
          // Its focus outline, drawn on the page's Canvas, in CanvasText.
          expect(pressed.outlineColor).to.equal(computedColor('CanvasText'));
        } finally {
          document.documentElement.style.colorScheme = '';
          await executeServerCommand('emulate-forced-colors', { active: false, scheme: 'light' });
        }
      });
    }
  });

  describe('no results', () => {
    for (const [lang, reset, none] of [
      ['de', 'Alle Netzwerke anzeigen', 'Keine Netzwerke gefunden'],
      ['en', 'Show all networks', 'No networks found'],
    ]) {
      it(`says so and offers a reset that brings back every network (${lang})`, async () => {
        const el = await list(lang);
        one<HTMLButtonElement>(el, '[part="filters"] button:nth-child(2)').click();
        typeInto(el, 'klima');
        await announced(el, none);
        expect(cards(el)).to.deep.equal([]);
        expect(all(el, 'section')).to.have.length(0);
        await expect(el).to.be.accessible();
        const button = one<HTMLButtonElement>(el, '[part="no-results"] button');
        expect(clean(button)).to.equal(reset);
        button.click();
        await el.updateComplete;
        expect(cards(el)).to.have.length(5);
        expect(field(el).value).to.equal('');
        expect(buttons(el)[0][1]).to.equal('true');
        expect(el.shadowRoot!.activeElement === field(el), 'focus goes to the search field, not lost').to.equal(true);
        expect(all(el, '[part="no-results"]')).to.have.length(0);
        await until(() => !location.search.includes('network-'), 'the address to lose the search');
      });

      it(`a reset also drops words typed but not yet applied (${lang})`, async () => {
        const el = await list(lang);
        one<HTMLButtonElement>(el, '[part="filters"] button:nth-child(2)').click();
        typeInto(el, 'klima');
        await announced(el, none);
        typeInto(el, 'klimaschutz');
        one<HTMLButtonElement>(el, '[part="no-results"] button').click();
        await paused(el);
        expect(field(el).value).to.equal('');
        expect(cards(el)).to.have.length(5);
      });
    }
  });

  describe('the address', () => {
    it('keeps the search in query parameters, replacing the entry, with other parameters and the fragment kept', async () => {
      openWith('?page=2&q=own#top');
      const length = history.length;
      const el = await list('en');
      typeInto(el, 'klima b');
      expect(location.search, 'not while typing').to.equal('?page=2&q=own');
      await until(() => location.search.includes('network-search'), 'the search in the address');
      topicButton(el).click();
      expect(location.search, 'a category at once').to.include('network-category');
      const url = new URL(location.href);
      expect(url.searchParams.get('network-search')).to.equal('klima b');
      expect(url.searchParams.get('network-category')).to.equal('topic-specific');
      expect(url.searchParams.get('page')).to.equal('2');
      expect(url.searchParams.get('q')).to.equal('own');
      expect(url.hash).to.equal('#top');
      expect(history.length, 'no history entries').to.equal(length);
      await typed(el, '');
      topicButton(el).click();
      expect(location.search.includes('network-'), 'the parameters go').to.equal(false);
      expect(location.search).to.equal('?page=2&q=own');
      expect(location.hash).to.equal('#top');
    });

    it('adds no history entry: Back goes to the entry before, not to a step of the search', async () => {
      // history.length cannot tell once it is at Chromium's cap of 50, which entries added by
      // searches in earlier tests would reach. Two entries of this page instead, told apart by
      // their state: after a search in the second, Back must reach the first.
      const state = history.state;
      openWith('?page=2');
      history.replaceState({ entry: 'before' }, '', location.href);
      history.pushState({ entry: 'page' }, '', location.href);
      try {
        const el = await list('en');
        await typed(el, 'klima');
        await until(() => location.search.includes('network-search'), 'the search in the address');
        topicButton(el).click();
        expect(location.search).to.equal('?page=2&network-search=klima&network-category=topic-specific');
        expect(history.state, 'the entry keeps its state').to.deep.equal({ entry: 'page' });
        const states: unknown[] = [];
        addEventListener('popstate', (e) => states.push(e.state), { once: true });
        history.back();
        await until(() => states.length, 'Back to arrive (popstate)');
        expect(states[0], 'the state of the entry Back goes to').to.deep.equal({ entry: 'before' });
        expect(location.search, 'its address').to.equal('?page=2');
      } finally {
        history.replaceState(state, '', location.href);
      }
    });

    it("leaves the page's own parameters exactly as written (no `?flag=`, no `+` for `%20`)", async () => {
      openWith('?flag&title=a%20b&list=x,y#part-2');
      const el = await list('en');
      await typed(el, 'städte');
      expect(location.search).to.equal('?flag&title=a%20b&list=x,y&network-search=st%C3%A4dte');
      expect(new URL(location.href).searchParams.get('network-search')).to.equal('städte');
      topicButton(el).click();
      expect(location.search).to.equal(
        '?flag&title=a%20b&list=x,y&network-search=st%C3%A4dte&network-category=topic-specific',
      );
      await typed(el, '');
      topicButton(el).click();
      expect(location.search).to.equal('?flag&title=a%20b&list=x,y');
      expect(location.hash).to.equal('#part-2');
    });

    it('is restored on load: the field, the pressed category, the cards and the number found', async () => {
      openWith('?network-search=st%C3%A4dte&network-category=topic-specific');
      const el = await list('de');
      expect(field(el).value).to.equal('städte');
      expect(buttons(el).map((b) => b[1])).to.deep.equal(['false', 'false', 'true']);
      expect(cards(el)).to.deep.equal([DE.energy, DE.klima, DE.eccar]);
      expect(clean(results(el))).to.equal('3 Netzwerke gefunden');
      await expect(el).to.be.accessible();
    });

    it('a category the feed does not have finds nothing, and the reset brings back every network', async () => {
      openWith('?network-category=nope');
      const el = await list('en');
      expect(buttons(el).map((b) => b[1])).to.deep.equal(['false', 'false', 'false']);
      expect(cards(el)).to.have.length(0);
      one<HTMLButtonElement>(el, '[part="no-results"] button').click();
      await el.updateComplete;
      expect(cards(el)).to.have.length(5);
      expect(buttons(el)[0][1]).to.equal('true');
    });
  });

  it('works with a remote feed (`src`), restored from the address once it has loaded', async () => {
    openWith('?network-search=bundnis');
    const r = route('slow', { ms: 300 });
    const el = await fixture<NetworkList>(html`<network-list lang="de" searchable src=${r.url}></network-list>`);
    await until(() => cards(el).length > 0, 'the feed to load');
    expect(cards(el)).to.deep.equal([DE.klima]);
    expect(field(el).value).to.equal('bundnis');
    await typed(el, 'energy');
    expect(cards(el)).to.deep.equal([DE.energy]);
  });

  it('works with long lists rendered in chunks', async () => {
    const feed = longFeed(600);
    const el = await fixture<NetworkList>(html`<network-list lang="de" searchable .feed=${feed}></network-list>`);
    await el.updateComplete;
    expect(cards(el)).to.have.length(600);
    expect(await search(el, 'n577')).to.deep.equal(['Städtetag Baden-Württemberg - AG Europakoordinatoren n577']);
    // n1, n10–n19, n100–n199: 111 networks, more than the first chunk.
    await typed(el, 'n1');
    const found = cards(el);
    expect(found).to.have.length(111);
    expect(found.every((c) => /\bn1\d*\b/.test(c))).to.equal(true);
    await announced(el, '111 Netzwerke gefunden');
    await typed(el, '');
    expect(cards(el)).to.have.length(600);
  });

  it('fits 320 CSS px without horizontal scrolling (de)', async function () {
    await requires(this, 'narrow-viewport');
    const viewport = { width: innerWidth, height: innerHeight };
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await list('de');
      await typed(el, 'xyzzy');
      expect(all(el, '[part="no-results"]')).to.have.length(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const right = el.getBoundingClientRect().right;
      const sticking = all(el, 'search *, [part="no-results"] *').filter(
        (n) => n.getBoundingClientRect().right > right + 0.5,
      );
      expect(sticking.map((n) => n.outerHTML.slice(0, 60))).to.deep.equal([]);
    } finally {
      await setViewport(viewport);
    }
  });

  it('the search field shows keyboard focus in the accent colour', async () => {
    const el = await list('en', html`<button id="start">start</button>`);
    (el.parentElement!.querySelector('#start') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === field(el), 'Tab moves the focus to the search field').to.equal(true);
    const s = getComputedStyle(field(el));
    expect(s.outlineStyle).to.equal('solid');
    expect(s.outlineWidth).to.equal('3px');
  });
});

const topicButton = (el: Element) => one<HTMLButtonElement>(el, '[part="filters"] button:nth-child(3)');
