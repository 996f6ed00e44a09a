import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetworkCard } from '../../src/index.js';
import { all, clean, facts, one, recordWarnings, renderedLang, smallFeed, texts } from './elements-helpers.js';

describe('<network-card>', () => {
  describe('network (an id in the bundled feed)', () => {
    it('shows name, description, facts and website in German, numbers and months via Intl', async () => {
      const el = await fixture<NetworkCard>(html`<network-card lang="de" network="energy-cities"></network-card>`);
      expect(texts(el, 'article > h2')).to.deep.equal(['Energy Cities']);
      expect(texts(el, '[part="description"]')[0]).to.match(/^Über 1\.000 Mitglieder aus rund 30 europäischen Ländern/);
      expect(facts(el)).to.deep.equal([
        ['Mitglieder', 'über 1.000'],
        ['Länder', 'rund 30'],
        [
          'Rollen von Heidelberg',
          'Präsident (Oberbürgermeister Prof. Dr. Eckart Würzner), 2006 bis 2023',
          'Vize-Präsident (Oberbürgermeister Prof. Dr. Eckart Würzner), seit Oktober 2023',
        ],
      ]);
      const links = all<HTMLAnchorElement>(el, 'a');
      expect(links.map((a) => [clean(a), a.href])).to.deep.equal([
        ['Energy Cities – Website', 'https://energy-cities.eu/'],
      ]);
    });

    it('shows the same network in English', async () => {
      const el = await fixture<NetworkCard>(html`<network-card lang="en" network="energy-cities"></network-card>`);
      expect(texts(el, '[part="description"]')[0]).to.match(/^Over 1,000 members from about 30 European countries/);
      expect(facts(el)).to.deep.equal([
        ['Members', 'over 1,000'],
        ['Countries', 'about 30'],
        [
          'Heidelberg’s roles',
          'President (Mayor Prof. Dr. Eckart Würzner), 2006 to 2023',
          'Vice-President (Mayor Prof. Dr. Eckart Würzner), since October 2023',
        ],
      ]);
      expect(texts(el, 'a')).to.deep.equal(['Energy Cities – website']);
    });

    it('puts the short name beside the name and uses it in link texts', async () => {
      const de = await fixture<NetworkCard>(html`<network-card lang="de" network="rgre"></network-card>`);
      expect(texts(de, '[part="card-heading"]')).to.deep.equal([
        'Rat der Gemeinden und Regionen Europas / Deutsche Sektion (RGRE)',
      ]);
      expect(texts(de, '[part="short-name"]')).to.deep.equal(['(RGRE)']);
      expect(texts(de, 'a')).to.deep.equal([
        'RGRE – Website',
        'Rat der Gemeinden und Regionen Europas (CEMR, europäischer Dachverband)',
      ]);
      expect(facts(de)[0]).to.deep.equal(['Mitglieder in Deutschland', 'rund 800']);
      const en = await fixture<NetworkCard>(html`<network-card lang="en" network="rgre"></network-card>`);
      // In English, the council's English short name, the one its text uses.
      expect(texts(en, '[part="short-name"]')).to.deep.equal(['(CEMR)']);
      expect(texts(en, 'a')[0]).to.equal('CEMR – website');
    });

    it('links to the website in the reader’s language, marked with hreflang', async () => {
      const de = await fixture<NetworkCard>(html`<network-card lang="de" network="klima-buendnis"></network-card>`);
      const en = await fixture<NetworkCard>(html`<network-card lang="en" network="klima-buendnis"></network-card>`);
      const a = (el: Element) => one<HTMLAnchorElement>(el, 'a');
      expect([a(de).href, a(de).hreflang, clean(a(de))]).to.deep.equal([
        'https://www.klimabuendnis.org/',
        'de',
        'Klima-Bündnis – Website',
      ]);
      expect([a(en).href, a(en).hreflang, clean(a(en))]).to.deep.equal([
        'https://www.climatealliance.org/',
        'en',
        'Climate Alliance – website',
      ]);
    });

    it('shows a founding year and a single year of a role', async () => {
      const el = await fixture<NetworkCard>(html`<network-card lang="en" network="eccar"></network-card>`);
      expect(facts(el)).to.deep.equal([
        ['Founded', '2004'],
        [
          'Heidelberg’s roles',
          'Member (24th German member), since 2015',
          'Secretariat of the coalition (taken over jointly with Barcelona), 2020',
        ],
      ]);
    });

    it('gives each role its period: from and to, since, until, a single year, or none (de, en)', async () => {
      const feed = smallFeed();
      const [n] = feed.networks as Record<string, unknown>[];
      const role = (de: string, en: string) => ({ de, en });
      n.roles = [
        { role: role('Vorsitz', 'Chair'), from: '2015', to: '2019-06' },
        { role: role('Mitglied', 'Member'), from: '2020-05' },
        { role: role('Beirat', 'Adviser'), to: '2021' },
        { role: role('Gastgeber', 'Host'), year: '2018' },
        { role: role('Partner', 'Partner') },
      ];
      const roles = async (lang: string) =>
        facts(await fixture<NetworkCard>(html`<network-card lang=${lang} .feed=${feed} network="one"></network-card>`))
          .at(-1)!
          .slice(1);
      expect(await roles('de'), 'the roles in German').to.deep.equal([
        'Vorsitz, 2015 bis Juni 2019',
        'Mitglied, seit Mai 2020',
        'Beirat, bis 2021',
        'Gastgeber, 2018',
        'Partner',
      ]);
      expect(await roles('en'), 'the roles in English').to.deep.equal([
        'Chair, 2015 to June 2019',
        'Member, since May 2020',
        'Adviser, until 2021',
        'Host, 2018',
        'Partner',
      ]);
    });

    it('says “role” for one role', async () => {
      const el = await fixture<NetworkCard>(html`<network-card lang="de" network="staedtetag-bw"></network-card>`);
      expect(facts(el).map((f) => f[0])).to.deep.equal(['Rolle von Heidelberg']);
    });

    it('labels roles with the feed’s member, or plainly without one (a partner’s feed is not Heidelberg’s)', async () => {
      const withRoles = (member?: Record<string, string>) => {
        const feed = smallFeed();
        if (member) feed.member = member;
        const [n] = feed.networks as Record<string, unknown>[];
        n.roles = [{ role: { de: 'Mitglied', en: 'Member' } }, { role: { de: 'Vorsitz', en: 'Chair' }, from: '2020' }];
        return feed;
      };
      const card = (lang: string, feed: unknown, network: unknown = 'one') =>
        fixture<NetworkCard>(html`<network-card lang=${lang} .feed=${feed} .network=${network}></network-card>`);
      const mannheim = withRoles({ de: 'Mannheim', en: 'Mannheim' });
      expect(facts(await card('de', mannheim)).at(-1)).to.deep.equal([
        'Rollen von Mannheim',
        'Mitglied',
        'Vorsitz, seit 2020',
      ]);
      expect(facts(await card('en', mannheim)).at(-1)![0]).to.equal('Mannheim’s roles');
      const nobody = withRoles();
      expect(facts(await card('de', nobody)).at(-1)![0]).to.equal('Rollen');
      expect(facts(await card('en', nobody)).at(-1)![0]).to.equal('Roles');
      // Network data given directly may come from any feed: not labelled with this feed's member.
      const data = (withRoles().networks as unknown[])[0];
      expect(facts(await card('en', undefined, data)).at(-1)![0]).to.equal('Roles');
      (data as { roles: unknown[] }).roles.length = 1;
      expect(facts(await card('de', undefined, { ...(data as object) })).at(-1)![0]).to.equal('Rolle');
    });

    it('follows a change of the attribute', async () => {
      const el = await fixture<NetworkCard>(html`<network-card lang="en" network="eccar"></network-card>`);
      el.setAttribute('network', 'klima-buendnis');
      await el.updateComplete;
      expect(texts(el, 'h2')).to.deep.equal(['Climate Alliance']);
    });

    for (const [lang, expected] of [
      ['en', 'The network “nope” was not found.'],
      ['de', 'Das Netzwerk „nope“ wurde nicht gefunden.'],
    ]) {
      it(`an unknown id gives a clear status message (${lang}), never an empty box`, async () => {
        const el = await fixture<NetworkCard>(html`<network-card lang=${lang} network="nope"></network-card>`);
        const notice = one(el, '[part="notice"]');
        expect(notice.getAttribute('role')).to.equal('status');
        expect(clean(notice)).to.equal(expected);
        expect(all(el, 'article')).to.have.length(0);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(10);
        await expect(el).to.be.accessible();
      });
    }

    for (const [lang, expected] of [
      ['en', 'No network was chosen to be shown here.'],
      ['de', 'Hier wurde kein Netzwerk zum Anzeigen ausgewählt.'],
    ]) {
      it(`without a network it says so (${lang})`, async () => {
        const el = await fixture<NetworkCard>(html`<network-card lang=${lang}></network-card>`);
        expect(texts(el, '[part="notice"]')).to.deep.equal([expected]);
        await expect(el).to.be.accessible();
      });
    }

    it('an unknown id, or none: the console says once which attribute to mend', async () => {
      const warnings = recordWarnings();
      try {
        const host = await fixture<HTMLDivElement>(html`<div>
          <network-card lang="en" network="nope-once"></network-card>
          <network-card lang="de" network="nope-once"></network-card>
        </div>`);
        const el = host.querySelector<NetworkCard>('network-card')!;
        el.lang = 'de';
        await el.updateComplete;
        expect(warnings.take()).to.deep.equal([
          'network-elements: the feed has no network “nope-once”: see the network attribute of <network-card>',
        ]);
      } finally {
        warnings.stop();
      }
      // Cards without a network on a fresh page (earlier tests here have had one): told once.
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><head>
        <script>window.warnings = []; console.warn = (...a) => warnings.push(a.join(' '));</script>
        <script type="module" src="/src/index.ts"></script></head>
        <body><network-card></network-card><network-card lang="de"></network-card></body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const page = frame.contentWindow as Window & { warnings: string[] };
        const cards = [...page.document.querySelectorAll<NetworkCard>('network-card')];
        await Promise.all(cards.map((c) => c.updateComplete));
        expect(cards.map((c) => texts(c, '[part="notice"]')[0])).to.deep.equal([
          'No network was chosen to be shown here.',
          'Hier wurde kein Netzwerk zum Anzeigen ausgewählt.',
        ]);
        // Lit's own (dev mode) aside.
        expect(page.warnings.filter((w) => w.startsWith('network-elements:'))).to.deep.equal([
          'network-elements: <network-card> has no network: set its network attribute to a network’s id',
        ]);
      } finally {
        frame.remove();
      }
    });
  });

  describe('heading-level', () => {
    for (const [value, tag] of [
      ['2', 'h2'],
      ['3', 'h3'],
      ['4', 'h4'],
      ['5', 'h5'],
      ['6', 'h6'],
      ['1', 'h2'],
      ['8', 'h6'],
      ['x', 'h2'],
    ]) {
      it(`"${value}" gives an ${tag}`, async () => {
        const el = await fixture<NetworkCard>(
          html`<network-card lang="de" network="eccar" heading-level=${value}></network-card>`,
        );
        expect(all(el, 'h1, h2, h3, h4, h5, h6').map((h) => h.localName)).to.deep.equal([tag]);
      });
    }
  });

  describe('network as a property', () => {
    const network = () => ({
      id: 'own',
      category: 'any',
      name: { de: 'Eigenes Netzwerk', en: 'Own network' },
      description: [{ de: 'Von der Seite übergeben.', en: 'Handed over by the page.' }],
      website: { de: 'https://example.org/de', en: 'https://example.org/en' },
      countries: { value: 1234 },
    });

    it('renders a network object, in either language', async () => {
      const en = await fixture<NetworkCard>(html`<network-card lang="en" .network=${network()}></network-card>`);
      expect(texts(en, 'h2')).to.deep.equal(['Own network']);
      expect(facts(en)).to.deep.equal([['Countries', '1,234']]);
      expect(all<HTMLAnchorElement>(en, 'a').map((a) => [clean(a), a.href])).to.deep.equal([
        ['Own network – website', 'https://example.org/en'],
      ]);
      const de = await fixture<NetworkCard>(html`<network-card lang="de" .network=${network()}></network-card>`);
      expect(texts(de, 'h2')).to.deep.equal(['Eigenes Netzwerk']);
      expect(facts(de)).to.deep.equal([['Länder', '1.234']]);
      await expect(en).to.be.accessible();
      await expect(de).to.be.accessible();
    });

    it('validates the object like feed data: an invalid one gives a message', async () => {
      const bad = { ...network(), name: 'not a language map' };
      const el = await fixture<NetworkCard>(html`<network-card lang="en" .network=${bad}></network-card>`);
      expect(all(el, 'article')).to.have.length(0);
      expect(texts(el, '[part="notice"]')).to.deep.equal(['This network cannot be shown: its data contains errors.']);
      await expect(el).to.be.accessible();
    });

    it('takes a network from a feed given as a property', async () => {
      const el = await fixture<NetworkCard>(
        html`<network-card lang="en" network="one" .feed=${smallFeed()}></network-card>`,
      );
      expect(texts(el, 'h2')).to.deep.equal(['Network One (NO)']);
    });
  });

  describe('links', () => {
    it('never link anything but https, http, mailto or tel, even from a hostile feed', async () => {
      const hostile = {
        id: 'x',
        category: 'c',
        name: { en: 'Hostile' },
        website: 'javascript:alert(1)',
        links: [
          { url: ' jav\tascript:alert(2)', label: { en: 'Script' } },
          { url: 'data:text/html,<script>alert(3)</script>', label: { en: 'Data' } },
          { url: 'https://example.org/fine', label: { en: 'Fine' } },
        ],
      };
      const el = await fixture<NetworkCard>(html`<network-card lang="en" .network=${hostile}></network-card>`);
      expect(all<HTMLAnchorElement>(el, 'a').map((a) => a.href)).to.deep.equal(['https://example.org/fine']);
      expect(clean(el.shadowRoot)).not.to.contain('Script');
    });

    it('every link of every network makes sense out of context and is safe', async () => {
      for (const lang of ['de', 'en']) {
        const cards = await fixture<HTMLElement>(html`<div lang=${lang}>
          ${['rgre', 'staedtetag-bw', 'energy-cities', 'klima-buendnis', 'eccar'].map(
            (id) => html`<network-card network=${id}></network-card>`,
          )}
        </div>`);
        const links = [...cards.querySelectorAll('network-card')].flatMap((c) => all<HTMLAnchorElement>(c, 'a'));
        expect(links).to.have.length(6);
        const labels = links.map((a) => clean(a));
        expect(new Set(labels).size, 'link texts are unique').to.equal(labels.length);
        for (const label of labels) expect(label).to.match(/\S+ .*\S{4,}/, `"${label}" says where it leads`);
        for (const a of links) expect(['https:', 'http:']).to.include(new URL(a.href).protocol);
      }
    });
  });

  it('carries the language it renders in', async () => {
    const el = await fixture<NetworkCard>(html`<network-card lang="de-CH" network="eccar"></network-card>`);
    expect(renderedLang(el)).to.equal('de');
  });
});
