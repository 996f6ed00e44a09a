// What a reader sees when the elements get invalid data as a property: the validation messages,
// path and reason, in German and in English, accessible; and how warnings (an address dropped as
// unsafe) leave the rest of the feed on screen. The bad feeds are shared with the Node tests of
// the validator (tests/fixtures/bad-feeds.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetworkCard, NetworkList } from '../../src/index.js';
import type { Problem } from '../../src/feed/validate.js';
import { addTranslations, msg, withLocale, type Locale } from '../../src/i18n/localize.js';
import { html as litHtml, nothing, render } from 'lit';
import { describeError, describeProblem, renderFailure } from '../../src/feed/messages.js';
import type { FeedErrorKind } from '../../src/feed/errors.js';
import { recordWarnings } from './elements-helpers.js';
import { translations } from '../../src/parts/validate.js';
import { BAD_FEEDS, dropped, edit, error, goodFeed } from '../fixtures/bad-feeds.mjs';

const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const one = (el: Element, selector: string) => {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
};
/** Text with whitespace collapsed, as a reader would see it. */
const clean = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (el: Element, selector: string) => all(el, selector).map(clean);

/** Every kind of failure (src/feed/errors.ts). */
const ALL_KINDS: FeedErrorKind[] = [
  'not-found',
  'client',
  'server',
  'timeout',
  'network',
  'too-large',
  'not-json',
  'invalid',
  'unsupported-version',
  'not-modified',
  'redirect',
  'insecure',
  'charset',
];

const bad = (name: string) => {
  const found = BAD_FEEDS.find((c) => c.name === name);
  if (!found) throw new Error(`no bad feed "${name}"`);
  return found.data();
};

/** A list in `lang` showing `data`, set as a property after the element is on the page. */
async function list(lang: Locale, data: unknown) {
  const el = await fixture<NetworkList>(html`<network-list lang=${lang}></network-list>`);
  el.feed = data as typeof el.feed;
  await el.updateComplete;
  return el;
}

/** What readers are told of invalid data. */
const INVALID = {
  de: 'Diese Informationen enthalten Fehler und können nicht angezeigt werden.',
  en: 'This information contains errors and cannot be shown.',
};
/** What webmasters are told, in the details: the summary and the cause. */
const DETAILS = {
  de: ['Technische Details (für Webmaster)', 'Die Daten sind kein gültiger Netzwerk-Feed.'],
  en: ['Technical details (for webmasters)', 'The data is not a valid network feed.'],
};

// One bad feed per kind of problem, with the message it must show, in German and in English.
const MESSAGES: [string, string, string][] = [
  ['null', 'Feed: muss ein Objekt sein', 'feed: must be an object'],
  ['networks an object', 'networks: muss eine Liste sein', 'networks: must be a list'],
  ['a contact name that is a language map', 'contacts[0].name: muss ein Text sein', 'contacts[0].name: must be a text'],
  [
    'members -1',
    'networks[0].members.value: muss eine ganze Zahl ab 0 sein',
    'networks[0].members.value: must be a whole number from 0',
  ],
  ['a network without name', 'networks[3].name: fehlt', 'networks[3].name: is missing'],
  ['a name without languages', 'networks[1].name: darf nicht leer sein', 'networks[1].name: must not be empty'],
  [
    'a postal code of 21 characters',
    'offices[0].address.postalCode: ist zu lang (höchstens 20 Zeichen)',
    'offices[0].address.postalCode: is too long (at most 20 characters)',
  ],
  [
    'a network with 21 links',
    'networks[0].links: hat zu viele Einträge (höchstens 20)',
    'networks[0].links: has too many entries (at most 20)',
  ],
  [
    'the id "Alpha"',
    'networks[0].id: muss wie „energy-cities“ geschrieben sein',
    'networks[0].id: must be written like “energy-cities”',
  ],
  [
    'checked 2026-02-30',
    'checked: muss wie „2026-11-26“ geschrieben sein',
    'checked: must be written like “2026-11-26”',
  ],
  [
    'the language key "german"',
    'title.german: muss wie „de“ geschrieben sein',
    'title.german: must be written like “de”',
  ],
  ['a repeated network id', 'networks[2].id: wiederholt die ID „alpha“', 'networks[2].id: repeats the id “alpha”'],
  [
    'an unknown category',
    'networks[1].category: nennt die unbekannte Kategorie „sports“',
    'networks[1].category: names the unknown category “sports”',
  ],
  [
    'an unknown office',
    'contacts[0].office: nennt die unbekannte Dienststelle „mayor“',
    'contacts[0].office: names the unknown office “mayor”',
  ],
];

describe('validation messages', () => {
  for (const [name, de, en] of MESSAGES) {
    it(`${name}: “${de}” / “${en}”`, async () => {
      for (const [lang, text] of [
        ['de', de],
        ['en', en],
      ] as const) {
        const el = await list(lang, bad(name));
        expect(clean(one(el, '[part="error"] p')), lang).to.equal(INVALID[lang]);
        expect(texts(el, '[part="error"] details :is(summary, p, li)'), lang).to.deep.equal([...DETAILS[lang], text]);
        expect(all(el, 'article'), 'nothing of an invalid feed is shown').to.have.length(0);
      }
    });
  }

  it('are in the live region, with the element’s language, and accessible', async () => {
    for (const lang of ['de', 'en'] as const) {
      const el = await list(lang, bad('a network without name'));
      const status = one(el, '[role="status"]');
      expect(status.contains(one(el, '[part="error"]'))).to.equal(true);
      expect(status.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
      await expect(el).to.be.accessible();
    }
  });

  it('show the first five errors and count the rest', async () => {
    const data = edit((f) => {
      for (const list of [f.categories, f.offices, f.networks]) for (const item of list) delete item.name;
    });
    const el = await list('de', data);
    expect(texts(el, '[part="error"] li')).to.deep.equal([
      'categories[0].name: fehlt',
      'categories[1].name: fehlt',
      'offices[0].name: fehlt',
      'networks[0].name: fehlt',
      'networks[1].name: fehlt',
      'und 2 weitere',
    ]);
  });

  it('say "at least" when there are more problems than the check keeps', async () => {
    // 150 networks without a name: 150 errors, of which the check keeps 100.
    const data = edit((f) => {
      f.networks = Array.from({ length: 150 }, (_, i) => ({ ...f.networks[0], id: `n-${i}`, name: undefined }));
    });
    const de = await list('de', data);
    expect(texts(de, '[part="error"] li').at(-1)).to.equal('und mindestens 95 weitere');
    const en = await list('en', data);
    expect(texts(en, '[part="error"] li').at(-1)).to.equal('and at least 95 more');
  });

  it('a newer major version says so, and nothing else', async () => {
    const de = await list('de', bad('a newer major version with nothing else right'));
    expect(texts(de, '[part="error"] p')).to.deep.equal([
      'Diese Informationen liegen in einem Format vor, das diese Seite nicht lesen kann.',
      'Der Feed hat eine nicht unterstützte Feed-Version: Diese Elemente lesen Version 1.',
    ]);
    expect(all(de, '[part="error"] li')).to.have.length(0);
    // A feed that names its source page: the way on, between the sentence and the details.
    const en = await list('en', bad('a newer major version'));
    expect(texts(en, '[part="error"] p')).to.deep.equal([
      'This information is in a format that this page cannot read.',
      'Read this information on example.org',
      'The feed uses an unsupported feed version: these elements read version 1.',
    ]);
    await expect(en).to.be.accessible();
  });

  it('describe every problem in both languages, warnings saying what was left out', () => {
    const problems: [Problem, string, string][] = [
      [
        error('version', 'unsupported-version', '2.0.0') as Problem,
        'version: nicht unterstützte Feed-Version 2.0.0: Diese Elemente lesen Version 1',
        'version: unsupported feed version 2.0.0: these elements read version 1',
      ],
      [
        dropped('networks[0].website', 'https://…') as Problem,
        'networks[0].website: muss wie „https://…“ geschrieben sein und wurde weggelassen',
        'networks[0].website: must be written like “https://…” and was left out',
      ],
      [
        { path: 'offices[0].phone', code: 'empty', severity: 'warning' },
        'offices[0].phone: darf nicht leer sein und wurde weggelassen',
        'offices[0].phone: must not be empty and was left out',
      ],
    ];
    // As an element does once the validator (which carries these texts) is there.
    addTranslations(translations);
    for (const [p, de, en] of problems) {
      expect(withLocale('de', () => describeProblem(msg, p))).to.equal(de);
      expect(withLocale('en', () => describeProblem(msg, p))).to.equal(en);
    }
  });
});

describe('failures: a plain sentence for readers, the details for webmasters', () => {
  // Every kind of failure, what readers are told of it (en, de).
  const KINDS: [FeedErrorKind, string, string][] = [
    [
      'network',
      'This information could not be loaded: please check your internet connection and try again.',
      'Diese Informationen konnten nicht geladen werden: Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
    ],
    [
      'timeout',
      'The server with this information is not answering at the moment: please try again later.',
      'Der Server mit diesen Informationen antwortet im Moment nicht: Bitte versuchen Sie es später noch einmal.',
    ],
    [
      'server',
      'The server with this information has a fault at the moment: please try again later.',
      'Der Server mit diesen Informationen hat im Moment eine Störung: Bitte versuchen Sie es später noch einmal.',
    ],
    ['not-found', 'This information could not be found.', 'Diese Informationen wurden nicht gefunden.'],
    [
      'client',
      'The server with this information refused access to it.',
      'Der Server mit diesen Informationen hat den Zugriff verweigert.',
    ],
    [
      'not-modified',
      'The server with this information sent an answer that cannot be used.',
      'Der Server mit diesen Informationen hat eine unbrauchbare Antwort geschickt.',
    ],
    [
      'redirect',
      'This information cannot be reached: its address leads round in circles.',
      'Diese Informationen sind nicht erreichbar: Ihre Adresse führt im Kreis.',
    ],
    [
      'insecure',
      'This information cannot be shown: it would be loaded over an insecure connection.',
      'Diese Informationen können nicht angezeigt werden: Sie würden über eine unsichere Verbindung geladen.',
    ],
    [
      'too-large',
      'This information is too large to be shown here.',
      'Diese Informationen sind zu umfangreich, um hier angezeigt zu werden.',
    ],
    [
      'invalid',
      'This information contains errors and cannot be shown.',
      'Diese Informationen enthalten Fehler und können nicht angezeigt werden.',
    ],
    ...(['not-json', 'unsupported-version', 'charset'] as const).map((kind): [FeedErrorKind, string, string] => [
      kind,
      'This information is in a format that this page cannot read.',
      'Diese Informationen liegen in einem Format vor, das diese Seite nicht lesen kann.',
    ]),
  ];

  it('each kind of failure: one plain sentence, in English and in German, the cause in the details', () => {
    addTranslations(translations);
    const box = document.createElement('div');
    const said = (lang: Locale, kind: FeedErrorKind) => {
      const state = { status: 'error' as const, error: { kind, status: 503 }, problems: [], retrying: false };
      withLocale(lang, () => render(renderFailure({ html: litHtml, nothing, msg }, state, lang), box));
      return [...box.querySelectorAll('p, summary')].map(clean);
    };
    for (const [kind, en, de] of KINDS) {
      const english = withLocale('en', () => describeError(msg, { kind, status: 503 }));
      const german = withLocale('de', () => describeError(msg, { kind, status: 503 }));
      expect(said('en', kind), kind).to.deep.equal([en, 'Technical details (for webmasters)', english]);
      expect(said('de', kind), kind).to.deep.equal([de, 'Technische Details (für Webmaster)', german]);
    }
    expect(KINDS.map(([kind]) => kind).sort(), 'every kind').to.deep.equal(ALL_KINDS.sort());
  });

  it('invalid data that names its source page links to it (en, de); an unsafe source gets no link', async () => {
    const invalid = (source: string) =>
      edit((f) => {
        f.source = source;
        delete f.networks[0].name;
      });
    const en = await list('en', invalid('https://www.example.org/networks'));
    const de = await list('de', invalid('https://www.example.org/networks'));
    expect(texts(en, '[part="error"] > p')).to.deep.equal([INVALID.en, 'Read this information on www.example.org']);
    expect(texts(de, '[part="error"] > p')).to.deep.equal([INVALID.de, 'Zu den Informationen auf www.example.org']);
    for (const el of [en, de])
      expect(all<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://www.example.org/networks',
      ]);
    await expect(de).to.be.accessible();
    for (const source of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/']) {
      const el = await list('en', invalid(source));
      expect(texts(el, '[part="error"] > p'), source).to.deep.equal([INVALID.en]);
      expect(all(el, 'a'), source).to.have.length(0);
    }
  });

  it('tell the console once: invalid data given as a property, and an invalid network object', async () => {
    const warnings = recordWarnings();
    try {
      const data = bad('a network without name');
      const el = await list('en', data);
      const other = await list('de', data);
      el.lang = 'de';
      await el.updateComplete;
      expect(texts(other, '[part="error"] > p')).to.deep.equal([INVALID.de, 'Zu den Informationen auf example.org']);
      expect(warnings.take()).to.deep.equal([
        'network-elements: the feed property: The data is not a valid network feed.\n  networks[3].name: is missing',
      ]);

      const network = { id: 'x', category: 'c' };
      const card = await fixture<NetworkCard>(html`<network-card lang="en" .network=${network}></network-card>`);
      card.lang = 'de';
      await card.updateComplete;
      expect(warnings.take()).to.deep.equal([
        'network-elements: the network object given to <network-card> is not valid:\n  name: is missing',
      ]);
      // A number set by a script: checked once too, though a WeakMap cannot hold it.
      const numbered = await fixture<NetworkCard>(html`<network-card lang="en" .network=${42}></network-card>`);
      numbered.lang = 'de';
      await numbered.updateComplete;
      expect(warnings.take()).to.deep.equal([
        'network-elements: the network object given to <network-card> is not valid:\n  network: must be an object',
      ]);
    } finally {
      warnings.stop();
    }
  });
});

describe('warnings: an unsafe address is left out and the rest is shown', () => {
  const hostile = () =>
    edit((f) => {
      f.networks[0].website = 'javascript:alert(1)';
      f.networks[1].website = { de: 'https://beta.example.org/de', en: 'JaVaScRiPt:alert(1)' };
      f.networks[2].links = [{ url: 'data:text/html,<script>alert(1)</script>', label: { de: 'Mehr', en: 'More' } }];
    });

  for (const lang of ['de', 'en'] as const) {
    it(`in ${lang === 'de' ? 'German' : 'English'}`, async () => {
      const el = await list(lang, hostile());
      const network = lang === 'de' ? 'Netzwerk' : 'Network';
      expect(texts(el, 'article h3'), 'every network is shown').to.deep.equal(
        ['Alpha (NA)', 'Beta', 'Gamma', 'Delta'].map((name) => `${network} ${name}`),
      );
      expect(all(el, '[part="error"]'), 'no error').to.have.length(0);
      const hrefs = all<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
      // Alpha lost its website (its other link stays), Beta its English one (English readers get
      // the German site), Gamma its link (its website stays); Delta is untouched.
      expect(hrefs).to.deep.equal([
        'https://alpha.example.org/more',
        'https://beta.example.org/de',
        'https://gamma.example.org/',
        'https://delta.example.org/',
      ]);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<network-card> with a network object', () => {
  it('shows why an invalid network is not shown, in German and in English', async () => {
    const network = { id: 'x', category: 'c' };
    const de = await fixture<NetworkCard>(html`<network-card lang="de"></network-card>`);
    de.network = network as never;
    await de.updateComplete;
    expect(texts(de, '[part="notice"]')).to.deep.equal([
      'Dieses Netzwerk kann nicht angezeigt werden: Seine Daten enthalten Fehler.',
    ]);
    await expect(de).to.be.accessible();

    const en = await fixture<NetworkCard>(html`<network-card lang="en"></network-card>`);
    en.network = { ...network, name: 'Alpha' } as never;
    await en.updateComplete;
    expect(texts(en, '[part="notice"]')).to.deep.equal(['This network cannot be shown: its data contains errors.']);
    await expect(en).to.be.accessible();
  });

  it('shows a network whose website was dropped, without a link for it', async () => {
    const el = await fixture<NetworkCard>(html`<network-card lang="en"></network-card>`);
    el.network = { ...goodFeed().networks[0], website: ' javascript:alert(1)' };
    await el.updateComplete;
    expect(texts(el, 'article h2')).to.deep.equal(['Network Alpha (NA)']);
    expect(all<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://alpha.example.org/more',
    ]);
    await expect(el).to.be.accessible();
  });
});
