import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ContactBox } from '../../src/index.js';
import { all, clean, one, renderedLang, smallFeed, texts } from './elements-helpers.js';

/** Each `<address>` as its lines. */
const addresses = (el: Element) =>
  all(el, 'address').map((a) =>
    a.innerText
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );

describe('<contact-box>', () => {
  describe('bundled feed', () => {
    it('shows both contacts of the office with the postal address (de)', async () => {
      const el = await fixture<ContactBox>(html`<contact-box lang="de"></contact-box>`);
      expect(texts(el, 'h2')).to.deep.equal(['Kontakt']);
      expect(texts(el, '[part="text"]')).to.deep.equal(['Bei Fragen wenden Sie sich bitte an:']);
      expect(all(el, 'ul[part="contacts"] > li > address')).to.have.length(2);
      expect(addresses(el)).to.deep.equal([
        [
          'Anna Seitz',
          'Referat des Oberbürgermeisters, Internationales und Europa',
          'Rathaus, Marktplatz 10',
          '69117 Heidelberg',
        ],
        [
          'Lisa Güthermann',
          'Referat des Oberbürgermeisters, Internationales und Europa',
          'Rathaus, Marktplatz 10',
          '69117 Heidelberg',
        ],
      ]);
    });

    it('shows them in English', async () => {
      const el = await fixture<ContactBox>(html`<contact-box lang="en"></contact-box>`);
      expect(texts(el, 'h2')).to.deep.equal(['Contact']);
      expect(texts(el, '[part="text"]')).to.deep.equal(['If you have any questions, please contact:']);
      expect(addresses(el)[0]).to.deep.equal([
        'Anna Seitz',
        'Office of the Mayor, International Affairs and Europe',
        'Town Hall, Marktplatz 10',
        '69117 Heidelberg',
      ]);
    });

    it('shows no e-mail or phone: the bundled feed has none, and nothing is made up', async () => {
      const el = await fixture<ContactBox>(html`<contact-box lang="de"></contact-box>`);
      expect(all(el, 'a[href^="mailto:"], a[href^="tel:"]')).to.have.length(0);
      expect(clean(el.shadowRoot)).not.to.match(/@|\+49|E-Mail|anrufen/);
    });
  });

  describe('contact', () => {
    it('shows only that contact', async () => {
      const el = await fixture<ContactBox>(html`<contact-box lang="en" contact="lisa-guethermann"></contact-box>`);
      expect(texts(el, '[part="name"]')).to.deep.equal(['Lisa Güthermann']);
      el.setAttribute('contact', 'anna-seitz');
      await el.updateComplete;
      expect(texts(el, '[part="name"]')).to.deep.equal(['Anna Seitz']);
    });

    for (const [lang, expected] of [
      ['en', 'The contact “nobody” was not found.'],
      ['de', 'Der Kontakt „nobody“ wurde nicht gefunden.'],
    ]) {
      it(`an unknown id gives a clear status message (${lang})`, async () => {
        const el = await fixture<ContactBox>(html`<contact-box lang=${lang} contact="nobody"></contact-box>`);
        const notice = one(el, '[part="notice"]');
        expect(notice.getAttribute('role')).to.equal('status');
        expect(clean(notice)).to.equal(expected);
        expect(all(el, 'address')).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('a feed without contacts says so', async () => {
      const feed = { ...smallFeed(), contacts: [] };
      const el = await fixture<ContactBox>(html`<contact-box lang="de" .feed=${feed}></contact-box>`);
      expect(texts(el, '[part="notice"]')).to.deep.equal(['Dieser Feed nennt keine Kontakte.']);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading-level', () => {
    for (const [value, tag] of [
      ['3', 'h3'],
      ['6', 'h6'],
      ['0', 'h2'],
      ['12', 'h6'],
      ['zwei', 'h2'],
    ]) {
      it(`"${value}" gives an ${tag}`, async () => {
        const el = await fixture<ContactBox>(html`<contact-box lang="de" heading-level=${value}></contact-box>`);
        expect(all(el, 'h1, h2, h3, h4, h5, h6').map((h) => h.localName)).to.deep.equal([tag]);
      });
    }
  });

  describe('a feed with e-mail, phone and office page', () => {
    it('links them with mailto:, tel: and texts that name the person (en)', async () => {
      const el = await fixture<ContactBox>(html`<contact-box lang="en" .feed=${smallFeed()}></contact-box>`);
      const links = (i: number) =>
        [...all(el, '[part="contact"]')[i].querySelectorAll<HTMLAnchorElement>('a')].map((a) => [
          clean(a),
          a.getAttribute('href'),
        ]);
      expect(links(0)).to.deep.equal([
        ['E-mail to Erika Mustermann: erika@example.org', 'mailto:erika@example.org'],
        ['Call Erika Mustermann: +49 30 1234-567', 'tel:+49301234567'],
        ['Europe Office – office page', 'https://example.org/en/europe'],
      ]);
      expect(links(1)).to.deep.equal([
        ['Call Max Mustermann: +49 30 1234-567', 'tel:+49301234567'],
        ['Europe Office – office page', 'https://example.org/en/europe'],
      ]);
      expect(addresses(el)[1]).to.deep.equal([
        'Max Mustermann',
        'Officer',
        'Europe Office',
        'Beispielweg 1',
        '12345 Musterstadt',
      ]);
      await expect(el).to.be.accessible();
    });

    it('in German', async () => {
      const el = await fixture<ContactBox>(html`<contact-box lang="de" .feed=${smallFeed()}></contact-box>`);
      expect(texts(el, '[part="contact"]:first-child a')).to.deep.equal([
        'E-Mail an Erika Mustermann: erika@example.org',
        'Erika Mustermann anrufen: +49 30 1234-567',
        'Europabüro – Internetseite',
      ]);
      expect(one<HTMLAnchorElement>(el, 'a[hreflang]').hreflang).to.equal('de');
      await expect(el).to.be.accessible();
    });

    it('drops an e-mail or phone that is not one, instead of linking it', async () => {
      const feed = smallFeed();
      const contacts = feed.contacts as Record<string, unknown>[];
      contacts[0].email = 'javascript:alert(1)//@x.y';
      (feed.offices as Record<string, unknown>[])[0].phone = 'call me';
      const el = await fixture<ContactBox>(html`<contact-box lang="en" contact="erika" .feed=${feed}></contact-box>`);
      const hrefs = all<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://example.org/en/europe']);
    });
  });

  it('carries the language it renders in', async () => {
    const el = await fixture<ContactBox>(html`<contact-box lang="en-US"></contact-box>`);
    expect(renderedLang(el)).to.equal('en');
  });
});
