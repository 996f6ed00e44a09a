import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ContactBox, NetworkCard, NetworkList } from '../../src/index.js';
import {
  all,
  clean,
  facts,
  germanOnlyFeed,
  one,
  renderedLang,
  restoreHtmlLang,
  setHtmlLang,
  settle,
  texts,
} from './elements-helpers.js';

/** What a reader sees first in a card: its interface words tell the language. */
const termsOf = (el: Element) => facts(el).map((f) => f[0]);

describe('language', () => {
  afterEach(() => {
    fixtureCleanup();
    restoreHtmlLang();
  });

  describe('resolution', () => {
    it('the element’s own lang wins over the page', async () => {
      setHtmlLang('de');
      const el = await fixture<NetworkCard>(html`<network-card lang="en" network="energy-cities"></network-card>`);
      expect(renderedLang(el)).to.equal('en');
      expect(termsOf(el)).to.deep.equal(['Members', 'Countries', 'Heidelberg’s roles']);
    });

    it('else the nearest ancestor’s lang', async () => {
      setHtmlLang('en');
      const wrap = await fixture<HTMLElement>(
        html`<div lang="en"><section lang="de"><p><network-card network="energy-cities"></network-card></p></section></div>`,
      );
      const el = wrap.querySelector<NetworkCard>('network-card')!;
      expect(renderedLang(el)).to.equal('de');
      expect(termsOf(el)).to.deep.equal(['Mitglieder', 'Länder', 'Rollen von Heidelberg']);
    });

    it('crosses shadow roots: an ancestor inside another element’s shadow root, and that element’s host', async () => {
      setHtmlLang('de');
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      inner.lang = 'en';
      const card = document.createElement('network-card') as NetworkCard;
      card.setAttribute('network', 'eccar');
      inner.append(card);
      shadow.append(inner);
      await card.updateComplete;
      expect(renderedLang(card)).to.equal('en');
      expect(termsOf(card)[0]).to.equal('Founded');

      // Without a lang inside the shadow root, the host's lang (outside it) decides.
      const card2 = document.createElement('network-card') as NetworkCard;
      card2.setAttribute('network', 'eccar');
      shadow.append(card2);
      host.lang = 'en-GB';
      await settle(card2);
      expect(renderedLang(card2)).to.equal('en');
      expect(termsOf(card2)[0]).to.equal('Founded');
    });

    it('else <html lang>', async () => {
      setHtmlLang('en');
      const el = await fixture<ContactBox>(html`<contact-box></contact-box>`);
      expect(renderedLang(el)).to.equal('en');
      expect(texts(el, 'h2')).to.deep.equal(['Contact']);
    });

    it('else German, the language of the bundled content', async () => {
      setHtmlLang(null);
      const el = await fixture<ContactBox>(html`<contact-box></contact-box>`);
      expect(renderedLang(el)).to.equal('de');
      expect(texts(el, 'h2')).to.deep.equal(['Kontakt']);
    });

    it('an empty lang="" is passed over', async () => {
      setHtmlLang('en');
      const el = await fixture<ContactBox>(html`<contact-box lang=""></contact-box>`);
      expect(renderedLang(el)).to.equal('en');
    });

    it('an empty or blank lang on the element or between it and a German ancestor is passed over: German', async () => {
      // An empty lang read as a language tag would be English (any tag not de*), on an English page.
      setHtmlLang('en');
      const wrap = await fixture<HTMLElement>(
        html`<div lang="de"><div lang=""><p lang=" "><contact-box lang=""></contact-box></p></div></div>`,
      );
      const el = wrap.querySelector<ContactBox>('contact-box')!;
      expect(renderedLang(el), 'lang="de" > lang="" > lang=" " > lang=""').to.equal('de');
      expect(texts(el, 'h2')).to.deep.equal(['Kontakt']);

      // On a German page, an element's own empty lang leaves it German too.
      setHtmlLang('de');
      const own = await fixture<ContactBox>(html`<contact-box lang=""></contact-box>`);
      expect(renderedLang(own), '<html lang="de"> > lang=""').to.equal('de');
      expect(texts(own, 'h2')).to.deep.equal(['Kontakt']);
    });

    for (const [tag, locale, heading] of [
      ['de-AT', 'de', 'Kontakt'],
      ['de-CH', 'de', 'Kontakt'],
      ['DE', 'de', 'Kontakt'],
      ['en-GB', 'en', 'Contact'],
      ['en-US', 'en', 'Contact'],
      ['fr', 'en', 'Contact'],
      ['tr', 'en', 'Contact'],
      // Forms pages write in place of BCP 47: locales (underscore, encoding), ISO 639-2, any case.
      ['de_DE', 'de', 'Kontakt'],
      ['de_AT.UTF-8', 'de', 'Kontakt'],
      ['deu', 'de', 'Kontakt'],
      ['ger', 'de', 'Kontakt'],
      ['DEU', 'de', 'Kontakt'],
      ['De-de', 'de', 'Kontakt'],
      [' de_CH ', 'de', 'Kontakt'],
      // Other languages whose codes begin with the same letters stay English.
      ['dea', 'en', 'Contact'],
      ['dev', 'en', 'Contact'],
      ['germ', 'en', 'Contact'],
      ['en_GB', 'en', 'Contact'],
      ['eng', 'en', 'Contact'],
    ]) {
      it(`lang="${tag}" renders ${locale}`, async () => {
        setHtmlLang(locale === 'de' ? 'en' : 'de');
        const el = await fixture<ContactBox>(html`<contact-box lang=${tag}></contact-box>`);
        expect(renderedLang(el)).to.equal(locale);
        expect(texts(el, 'h2')).to.deep.equal([heading]);
      });
    }
  });

  describe('feed text in a language the element does not speak', () => {
    it('a one-language feed renders its text marked with its real lang', async () => {
      setHtmlLang('de');
      const el = await fixture<NetworkList>(
        html`<network-list lang="en" intro .feed=${germanOnlyFeed()}></network-list>`,
      );
      expect(renderedLang(el)).to.equal('en');
      // Interface words in English …
      expect(termsOf(el)).to.deep.equal(['Role']); // The feed names no member.
      expect(texts(el, 'a')).to.deep.equal(['Deutsches Netzwerk – website']);
      // … the feed's German texts each inside an element with lang="de".
      const german = [
        'Netzwerke',
        'Nur auf Deutsch.',
        'Kategorie',
        'Deutsches Netzwerk',
        'Eine deutsche Beschreibung.',
        'Mitglied',
      ];
      for (const words of german) {
        const holder = all(el, '[lang="de"]').find((n) => clean(n) === words);
        expect(holder, `"${words}" is marked lang="de"`).not.to.equal(undefined);
      }
      // The English interface words are not inside a German-marked element.
      for (const dt of all(el, 'dt')) expect(dt.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      // The month is the interface's: English.
      expect(facts(el)[0][1]).to.equal('Mitglied, since May 2020');
      await expect(el).to.be.accessible();
    });

    it('text the feed has in the element’s language carries no extra lang', async () => {
      const el = await fixture<NetworkList>(
        html`<network-list lang="de" intro .feed=${germanOnlyFeed()}></network-list>`,
      );
      expect(all(el, '[part="base"] [lang]')).to.have.length(0);
    });

    it('text missing in the element’s language is shown in the other interface language, before any other', async () => {
      // Each text has a third language first: the first language the feed has is not the answer.
      const feed = germanOnlyFeed();
      const [n] = feed.networks as Record<string, unknown>[];
      n.name = { fr: 'Réseau Un', de: 'Netzwerk Eins' };
      n.description = [{ fr: 'Une description.', en: 'A description.' }];
      n.website = { fr: 'https://example.org/fr/', de: 'https://example.org/de/' };
      delete n.roles;
      const card = (lang: string) =>
        fixture<NetworkCard>(html`<network-card lang=${lang} .feed=${feed} network="n"></network-card>`);
      const marked = (el: Element, lang: string) => all(el, `[lang="${lang}"]`).map((node) => clean(node));

      const en = await card('en');
      expect(texts(en, '[part="card-heading"]'), 'the name, in English').to.deep.equal(['Netzwerk Eins']);
      expect(marked(en, 'de'), 'marked German').to.include('Netzwerk Eins');
      expect(texts(en, '[part="description"]'), 'the description, in English').to.deep.equal(['A description.']);
      const a = one<HTMLAnchorElement>(en, 'a');
      expect([a.href, a.hreflang, clean(a)], 'the website, in English').to.deep.equal([
        'https://example.org/de/',
        'de',
        'Netzwerk Eins – website',
      ]);

      const de = await card('de');
      expect(texts(de, '[part="card-heading"]'), 'the name, in German').to.deep.equal(['Netzwerk Eins']);
      expect(texts(de, '[part="description"]'), 'the description, in German').to.deep.equal(['A description.']);
      expect(marked(de, 'en'), 'marked English').to.include('A description.');
      expect(one<HTMLAnchorElement>(de, 'a').href).to.equal('https://example.org/de/');
      expect(all(de, '[lang="fr"]'), 'nothing in French').to.have.length(0);
      expect(all(en, '[lang="fr"]'), 'nothing in French').to.have.length(0);
    });
  });

  it('two elements in different languages on one page each show their own', async () => {
    setHtmlLang('de');
    const wrap = await fixture<HTMLElement>(html`<div>
      <network-card lang="en" network="energy-cities"></network-card>
      <network-card lang="de" network="energy-cities"></network-card>
      <network-card network="energy-cities"></network-card>
    </div>`);
    const [en, de, page] = [...wrap.querySelectorAll<NetworkCard>('network-card')];
    expect(facts(en)[0]).to.deep.equal(['Members', 'over 1,000']);
    expect(facts(de)[0]).to.deep.equal(['Mitglieder', 'über 1.000']);
    expect(facts(page)[0]).to.deep.equal(['Mitglieder', 'über 1.000']);
    expect([renderedLang(en), renderedLang(de), renderedLang(page)]).to.deep.equal(['en', 'de', 'de']);
    expect(texts(en, 'a')).to.deep.equal(['Energy Cities – website']);
    expect(texts(de, 'a')).to.deep.equal(['Energy Cities – Website']);
  });

  describe('live switching, without reload', () => {
    it('follows <html lang> as a site’s language switcher sets it', async () => {
      setHtmlLang('de');
      const wrap = await fixture<HTMLElement>(html`<div>
        <network-list intro category="topic-specific"></network-list>
        <contact-box></contact-box>
        <network-card network="klima-buendnis"></network-card>
        <network-card lang="de" network="klima-buendnis"></network-card>
      </div>`);
      const [list, box, card, fixed] = [...wrap.children] as (NetworkList | ContactBox | NetworkCard)[];
      expect(texts(list, '[part="title"]')).to.deep.equal(['Europäische Netzwerke']);

      setHtmlLang('en');
      await settle(list, box, card, fixed);
      expect(texts(list, '[part="title"]')).to.deep.equal(['European Networks']);
      expect(texts(list, '[part="category-heading"]')).to.deep.equal(['Topic-specific networks']);
      expect(texts(box, 'h2')).to.deep.equal(['Contact']);
      expect(facts(card)[0]).to.deep.equal(['Members', 'over 1,800']);
      expect(one<HTMLAnchorElement>(card, 'a').href).to.equal('https://www.climatealliance.org/');
      expect([list, box, card].map(renderedLang)).to.deep.equal(['en', 'en', 'en']);
      // An element with its own lang keeps it.
      expect(renderedLang(fixed)).to.equal('de');
      expect(facts(fixed)[0]).to.deep.equal(['Mitglieder', 'über 1.800']);

      setHtmlLang('de-DE');
      await settle(list, box, card);
      expect(texts(box, 'h2')).to.deep.equal(['Kontakt']);
      expect(renderedLang(card)).to.equal('de');
    });

    it('follows an ancestor’s lang as it changes', async () => {
      setHtmlLang('de');
      const wrap = await fixture<HTMLElement>(html`<div lang="de"><div><contact-box></contact-box></div></div>`);
      const box = wrap.querySelector<ContactBox>('contact-box')!;
      wrap.lang = 'en';
      await settle(box);
      expect(texts(box, 'h2')).to.deep.equal(['Contact']);
      wrap.removeAttribute('lang');
      await settle(box);
      expect(texts(box, 'h2')).to.deep.equal(['Kontakt']);
    });

    it('follows its own lang as it changes', async () => {
      const el = await fixture<ContactBox>(html`<contact-box lang="de"></contact-box>`);
      el.lang = 'en';
      await settle(el);
      expect(texts(el, 'h2')).to.deep.equal(['Contact']);
    });

    it('follows an ancestor’s lang inside another element’s shadow root', async () => {
      setHtmlLang('de');
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      const box = document.createElement('contact-box') as ContactBox;
      inner.append(box);
      shadow.append(inner);
      await box.updateComplete;
      expect(texts(box, 'h2')).to.deep.equal(['Kontakt']);
      inner.lang = 'en';
      await settle(box);
      expect(texts(box, 'h2')).to.deep.equal(['Contact']);
    });

    it('an element moved to another part of the page takes that part’s language', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div><div lang="de"><contact-box></contact-box></div><div lang="en"></div></div>`,
      );
      const box = wrap.querySelector<ContactBox>('contact-box')!;
      expect(texts(box, 'h2')).to.deep.equal(['Kontakt']);
      wrap.children[1].append(box);
      await settle(box);
      expect(texts(box, 'h2')).to.deep.equal(['Contact']);
    });
  });
});
