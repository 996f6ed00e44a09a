import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetworkList } from '../../src/index.js';
import { all, clean, facts, one, recordWarnings, renderedLang, smallFeed, texts } from './elements-helpers.js';

const headingTags = (el: Element, selector = 'h1, h2, h3, h4, h5, h6') => all(el, selector).map((h) => h.localName);

describe('<network-list>', () => {
  describe('bundled feed', () => {
    it('groups every network by category in feed order, cards as list items', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="de"></network-list>`);
      const sections = all(el, 'section');
      expect(sections.map((s) => clean(s.querySelector('h2')))).to.deep.equal([
        'Themenübergreifende Netzwerke',
        'Themenspezifische Netzwerke',
      ]);
      const cardsPerSection = sections.map((s) => [...s.querySelectorAll('ul > li > article h3')].map((h) => clean(h)));
      expect(cardsPerSection).to.deep.equal([
        [
          'Rat der Gemeinden und Regionen Europas / Deutsche Sektion (RGRE)',
          'Städtetag Baden-Württemberg - AG Europakoordinatoren',
        ],
        ['Energy Cities', 'Klima-Bündnis', 'Europäische Städtekoalition gegen Rassismus und Diskriminierung (ECCAR)'],
      ]);
    });

    it('shows no title or introduction without `intro`', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="de"></network-list>`);
      expect(all(el, '[part="intro"]')).to.have.length(0);
      expect(clean(root(el))).not.to.contain('Heidelberg ist europäisch vernetzt');
    });
  });

  describe('category', () => {
    it('shows only that category', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="en" category="topic-specific"></network-list>`);
      expect(texts(el, 'h2')).to.deep.equal(['Topic-specific networks']);
      expect(texts(el, 'article h3')).to.deep.equal([
        'Energy Cities',
        'Climate Alliance',
        'European Coalition of Cities Against Racism (ECCAR)',
      ]);
    });

    it('follows a change of the attribute', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="en" category="topic-specific"></network-list>`);
      el.setAttribute('category', 'cross-topic');
      await el.updateComplete;
      expect(texts(el, 'h2')).to.deep.equal(['Cross-topic networks']);
      el.removeAttribute('category');
      await el.updateComplete;
      expect(all(el, 'article')).to.have.length(5);
    });

    for (const [lang, expected] of [
      ['en', 'The category “nope” was not found.'],
      ['de', 'Die Kategorie „nope“ wurde nicht gefunden.'],
    ]) {
      it(`an unknown id gives a clear status message (${lang}), not an empty box`, async () => {
        const el = await fixture<NetworkList>(html`<network-list lang=${lang} category="nope"></network-list>`);
        const notice = one(el, '[part="notice"]');
        expect(notice.getAttribute('role')).to.equal('status');
        expect(clean(notice)).to.equal(expected);
        expect(all(el, 'article, section')).to.have.length(0);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }

    it('an unknown id: the console says once which attribute to mend', async () => {
      const warnings = recordWarnings();
      try {
        const host = await fixture<HTMLDivElement>(html`<div>
          <network-list lang="en" category="nope-once"></network-list>
          <network-list lang="de" category="nope-once"></network-list>
        </div>`);
        const el = host.querySelector<NetworkList>('network-list')!;
        el.lang = 'de';
        await el.updateComplete;
        expect(warnings.take()).to.deep.equal([
          'network-elements: the feed has no category “nope-once”: see the category attribute of <network-list>',
        ]);
      } finally {
        warnings.stop();
      }
    });

    it('a category without networks says so', async () => {
      const el = await fixture<NetworkList>(
        html`<network-list lang="en" category="empty" .feed=${smallFeed()}></network-list>`,
      );
      expect(texts(el, 'h2')).to.deep.equal(['Empty group']);
      expect(texts(el, '[part="notice"]')).to.deep.equal(['There are no networks in this category.']);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading-level', () => {
    for (const level of [2, 3, 4, 5]) {
      it(`${level}: categories are h${level}, cards one deeper`, async () => {
        const el = await fixture<NetworkList>(html`<network-list lang="de" heading-level=${level}></network-list>`);
        expect(headingTags(el, '[part="category-heading"]')).to.deep.equal([`h${level}`, `h${level}`]);
        expect(new Set(headingTags(el, '[part="card-heading"]'))).to.deep.equal(new Set([`h${level + 1}`]));
        expect(all(el, '[part="card-heading"]')).to.have.length(5);
      });
    }

    it('6: categories and cards are both h6, the deepest there is', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="de" heading-level="6"></network-list>`);
      expect(new Set(headingTags(el))).to.deep.equal(new Set(['h6']));
      expect(headingTags(el)).to.have.length(7);
    });

    it('with intro the title takes the level, categories and cards go one deeper each', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="de" intro heading-level="3"></network-list>`);
      expect(headingTags(el, '[part="title"]')).to.deep.equal(['h3']);
      expect(headingTags(el, '[part="category-heading"]')).to.deep.equal(['h4', 'h4']);
      expect(new Set(headingTags(el, '[part="card-heading"]'))).to.deep.equal(new Set(['h5']));
    });

    for (const [value, level] of [
      ['1', 2],
      ['0', 2],
      ['-3', 2],
      ['7', 6],
      ['99', 6],
      ['3.7', 3],
      ['abc', 2],
      ['', 2],
    ] as const) {
      it(`"${value}" is clamped to ${level}`, async () => {
        const el = await fixture<NetworkList>(html`<network-list lang="de" heading-level=${value}></network-list>`);
        expect(headingTags(el, '[part="category-heading"]')).to.deep.equal([`h${level}`, `h${level}`]);
      });
    }

    it('follows a change of the attribute', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="de"></network-list>`);
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(headingTags(el, '[part="category-heading"]')).to.deep.equal(['h4', 'h4']);
    });
  });

  describe('intro', () => {
    it('shows the title and the three introduction paragraphs (de)', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="de" intro></network-list>`);
      expect(texts(el, '[part="intro"] h2')).to.deep.equal(['Europäische Netzwerke']);
      const paragraphs = texts(el, '[part="intro"] p');
      expect(paragraphs).to.have.length(3);
      expect(paragraphs[0]).to.match(/^Heidelberg ist europäisch vernetzt\./);
      expect(paragraphs[2]).to.match(/^Europäische Netzwerke sind unterschiedlich ausgerichtet\./);
    });

    it('shows the title and the three introduction paragraphs (en)', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="en" intro></network-list>`);
      expect(texts(el, '[part="intro"] h2')).to.deep.equal(['European Networks']);
      const paragraphs = texts(el, '[part="intro"] p');
      expect(paragraphs).to.have.length(3);
      expect(paragraphs[0]).to.match(/^Heidelberg is networked across Europe\./);
    });

    it('comes before the categories', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="en" intro></network-list>`);
      const intro = one(el, '[part="intro"]');
      const firstSection = one(el, 'section');
      expect(intro.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });

    it('is removed again when the attribute goes', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="en" intro></network-list>`);
      el.removeAttribute('intro');
      await el.updateComplete;
      expect(all(el, '[part="intro"]')).to.have.length(0);
      expect(headingTags(el, '[part="category-heading"]')).to.deep.equal(['h2', 'h2']);
    });
  });

  describe('feed as a property', () => {
    it('renders a small valid feed in place of the bundled one', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="en" intro .feed=${smallFeed()}></network-list>`);
      expect(texts(el, '[part="title"]')).to.deep.equal(['Partnerships']);
      expect(texts(el, '[part="category-heading"]')).to.deep.equal(['First group', 'Empty group']);
      expect(texts(el, '[part="card-heading"]')).to.deep.equal(['Network One (NO)']);
      expect(facts(el)).to.deep.equal([
        ['Members', 'about 12,345'],
        ['Founded', 'March 1999'],
      ]);
      expect(texts(el, '[part="link"]')).to.deep.equal(['NO – website', 'About Network One']);
      await expect(el).to.be.accessible();
    });

    it('replacing the feed re-renders; removing it brings back the bundled feed', async () => {
      const el = await fixture<NetworkList>(html`<network-list lang="en"></network-list>`);
      el.feed = smallFeed() as never; // loosely typed test data, validated at runtime
      await el.updateComplete;
      expect(all(el, 'article')).to.have.length(1);
      el.feed = undefined;
      await el.updateComplete;
      expect(all(el, 'article')).to.have.length(5);
    });

    for (const [lang, sentence, problem] of [
      ['en', 'This information contains errors and cannot be shown.', 'networks[0].name: is missing'],
      ['de', 'Diese Informationen enthalten Fehler und können nicht angezeigt werden.', 'networks[0].name: fehlt'],
    ]) {
      it(`invalid data shows what is wrong, in the reader's language (${lang})`, async () => {
        const feed = smallFeed();
        delete (feed.networks as Record<string, unknown>[])[0].name;
        const el = await fixture<NetworkList>(html`<network-list lang=${lang} .feed=${feed}></network-list>`);
        expect(all(el, 'article')).to.have.length(0);
        const error = one(el, '[role="status"] [part="error"]');
        expect(clean(error.querySelector('p'))).to.equal(sentence);
        expect(texts(el, '[part="error"] li')).to.deep.equal([problem]);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('carries the language it renders in', async () => {
    const el = await fixture<NetworkList>(html`<network-list lang="en-GB"></network-list>`);
    expect(renderedLang(el)).to.equal('en');
  });
});

function root(el: Element) {
  return el.shadowRoot!;
}
