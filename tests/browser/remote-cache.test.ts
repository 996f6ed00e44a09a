// `cache="local"`: the last good feed kept in localStorage, shown at once on the next visit while
// the feed is loaded again, and shown with its age when that load fails; storage that fails in
// any way never breaks rendering. A "next visit" is a fresh page in an iframe: its own copy of
// the library, the same origin's storage.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import { bundledFeed, type FeedErrorEvent, type NetworkList } from '../../src/index.js';
import { STORAGE_BUDGET, STORAGE_PREFIX } from '../../src/feed/remote.js';
import { formatAge } from '../../src/i18n/age.js';
import {
  cards,
  detailLines,
  errorLines,
  recordEvents,
  retryButton,
  route,
  sleep,
  status,
  statusText,
  takeUncaught,
  until,
} from './remote-helpers.js';
import { requires } from './engine.js';

const ALL = bundledFeed.networks.length;
const DAY = 24 * 60 * 60 * 1000;

const key = (absolute: string) => STORAGE_PREFIX + absolute;

/** Stores a copy of the bundled feed cut to `networks` networks, saved `age` ms ago. */
function seed(absolute: string, networks: number, age: number) {
  const feed = { ...bundledFeed, networks: bundledFeed.networks.slice(0, networks) };
  localStorage.setItem(key(absolute), JSON.stringify({ savedAt: Date.now() - age, feed }));
}

function saved(absolute: string): { savedAt: number; feed: { networks: unknown[] } } | null {
  return JSON.parse(localStorage.getItem(key(absolute)) ?? 'null');
}

/** Opens a new page (an iframe) with the library and `body`; resolves with its document. */
async function visit(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="/src/index.ts"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}
const frames: HTMLIFrameElement[] = [];

const failed = (el: NetworkList) => until(() => status(el)?.querySelector('[part="error"]'), 'an error message');

afterEach(() => {
  frames.splice(0).forEach((f) => f.remove());
  Object.keys(localStorage)
    .filter((k) => k.startsWith(STORAGE_PREFIX))
    .forEach((k) => localStorage.removeItem(k));
  expect(takeUncaught(), 'uncaught errors and unhandled rejections').to.deep.equal([]);
});

describe('cache="local"', () => {
  it('saves a good load; the next visit shows it at once, loads again, and shows and saves the newer feed', async () => {
    // Edition n of this feed has n networks; each answer takes 400 ms.
    const feed = route('changing', { ms: 400 });
    const el = await fixture<NetworkList>(html`<network-list cache="local" src=${feed.url}></network-list>`);
    await until(() => cards(el) === 1, 'the first edition');
    expect(saved(feed.absolute)!.feed.networks).to.have.length(1);
    expect(Date.now() - saved(feed.absolute)!.savedAt).to.be.below(5000);

    const next = await visit(`<network-list lang="en" cache="local" src="${feed.url}"></network-list>`);
    const other = next.querySelector('network-list') as NetworkList;
    // What the new page shows first, as soon as the element has rendered: the saved copy.
    await until(() => other.shadowRoot?.querySelector('[part="status"]'), 'the element on the new page to render');
    expect(cards(other), 'the saved copy, at once').to.equal(1);
    expect(statusText(other), 'the saved copy marked as such, not as loading').to.equal(
      'This is a saved copy (as of 1 minute ago); the current version is loading.',
    );
    await until(() => cards(other) === 2, 'the second edition');
    expect(statusText(other)).to.equal('');
    expect(saved(feed.absolute)!.feed.networks).to.have.length(2);
    expect((await feed.stats()).requests).to.equal(2);
  });

  it('shows the saved copy with its age and the failure when the refresh fails (en, de), and passes axe', async () => {
    const feed = route('status', { code: 500 });
    seed(feed.absolute, 2, 3 * DAY);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = recordEvents(host);
    render(
      // The server answers at once: a long timeout, so that a busy test server cannot turn its answer into one.
      html`<network-list lang="en" cache="local" timeout="3000" src=${feed.url}></network-list>
        <network-list lang="de" cache="local" timeout="3000" src=${feed.url}></network-list>
        <network-list lang="en" timeout="3000" src=${feed.url}></network-list>`,
      host,
    );
    const [en, de, plain] = [...host.querySelectorAll<NetworkList>('network-list')];
    await en.updateComplete;
    expect([cards(en), cards(de)], 'the saved copy at once').to.deep.equal([2, 2]);
    expect(statusText(en)).to.equal('This is a saved copy (as of 3 days ago); the current version is loading.');
    expect(statusText(de)).to.equal(
      'Dies ist eine gespeicherte Kopie (Stand: vor 3 Tagen); die aktuelle Version wird geladen.',
    );
    expect(getComputedStyle(status(en)).display, 'the empty live region is still there').not.to.equal('none');
    expect(statusText(plain), 'without cache="local", the loading state').to.equal('Loading networks…');

    await failed(en);
    // What the reader sees: the saved copy, its age, that the load goes on, and the page the copy
    // names as its source (the way to the current version); the cause in the details.
    expect(errorLines(en)).to.deep.equal([
      'This is a saved copy (as of 3 days ago): the current version could not be loaded.',
      'Trying again automatically…',
      'Read this information on www.heidelberg.de',
    ]);
    expect(errorLines(de)).to.deep.equal([
      'Dies ist eine gespeicherte Kopie (Stand: vor 3 Tagen): Die aktuelle Version konnte nicht geladen werden.',
      'Es wird automatisch erneut versucht …',
      'Zu den Informationen auf www.heidelberg.de',
    ]);
    for (const el of [en, de]) expect(status(el).querySelector('a')!.getAttribute('href')).to.equal(bundledFeed.source);
    expect(detailLines(en)).to.deep.equal([
      'Technical details (for webmasters)',
      'The feed’s server had an error (HTTP 500).',
    ]);
    expect(detailLines(de)).to.deep.equal([
      'Technische Details (für Webmaster)',
      'Beim Server des Feeds ist ein Fehler aufgetreten (HTTP 500).',
    ]);
    expect(status(en).getAttribute('role')).to.equal('status');
    expect(retryButton(de)!.textContent!.trim()).to.equal('Erneut versuchen');
    expect([cards(en), cards(de)], 'the saved copy stays').to.deep.equal([2, 2]);
    expect(cards(plain)).to.equal(0);
    expect(errorLines(plain)[0]).to.equal(
      'The server with this information has a fault at the moment: please try again later.',
    );
    expect(status(plain).querySelector('a'), 'no saved copy, no source: no link').to.equal(null);
    expect(events.errors.map((e) => [(e as FeedErrorEvent).kind, (e as FeedErrorEvent).status])).to.deep.equal([
      ['server', 500],
      ['server', 500],
      ['server', 500],
    ]);
    expect(events.loads).to.have.length(0);
    expect((await feed.stats()).requests).to.equal(1);
    await expect(en).to.be.accessible();
    await expect(de).to.be.accessible();
  });

  it('names the age in the element’s words: yesterday, minutes, weeks', async () => {
    const cases = [
      { age: DAY, en: 'as of yesterday', de: 'Stand: gestern' },
      { age: 5 * 60 * 1000, en: 'as of 5 minutes ago', de: 'Stand: vor 5 Minuten' },
      { age: 14 * DAY, en: 'as of 2 weeks ago', de: 'Stand: vor 2 Wochen' },
    ];
    for (const c of cases) {
      const feed = route('status', { code: 404 });
      seed(feed.absolute, 1, c.age);
      const host = await fixture<HTMLDivElement>(html`<div>
        <network-list lang="en" cache="local" src=${feed.url}></network-list>
        <network-list lang="de" cache="local" src=${feed.url}></network-list>
      </div>`);
      const [en, de] = [...host.querySelectorAll<NetworkList>('network-list')];
      await failed(en);
      await failed(de);
      expect(errorLines(en)[0]).to.contain(`(${c.en})`);
      expect(errorLines(de)[0]).to.contain(`(${c.de})`);
    }
  });

  /** The boundaries of every unit of an age: up to 59 minutes, 23 hours, 6 days, 4 weeks, 11 months, then years. */
  const MINUTE = 60 * 1000;
  const HOUR = 60 * MINUTE;
  // Each unit is used while its rounded count is below one of the next unit: up to 59 minutes,
  // 23 hours, 6 days, 4 weeks (to 31.5 days; a month is 30.44 days), 11 months (a year is
  // 365.25 days); never less than a minute.
  const AGES = [
    { saved: '10 s ago', age: 10 * 1000, en: '1 minute ago', de: 'vor 1 Minute' },
    { saved: '59 min ago', age: 59 * MINUTE, en: '59 minutes ago', de: 'vor 59 Minuten' },
    { saved: '60 min ago', age: 60 * MINUTE, en: '1 hour ago', de: 'vor 1 Stunde' },
    { saved: '23 h ago', age: 23 * HOUR, en: '23 hours ago', de: 'vor 23 Stunden' },
    { saved: '24 h ago', age: 24 * HOUR, en: 'yesterday', de: 'gestern' },
    { saved: '6 days ago', age: 6 * DAY, en: '6 days ago', de: 'vor 6 Tagen' },
    { saved: '7 days ago', age: 7 * DAY, en: 'last week', de: 'letzte Woche' },
    { saved: '31 days ago', age: 31 * DAY, en: '4 weeks ago', de: 'vor 4 Wochen' },
    { saved: '32 days ago', age: 32 * DAY, en: 'last month', de: 'letzten Monat' },
    { saved: '60 days ago', age: 60 * DAY, en: '2 months ago', de: 'vor 2 Monaten' },
    { saved: '345 days ago', age: 345 * DAY, en: '11 months ago', de: 'vor 11 Monaten' },
    { saved: '365 days ago', age: 365 * DAY, en: 'last year', de: 'letztes Jahr' },
    { saved: '2 years ago', age: 2 * 365.25 * DAY, en: '2 years ago', de: 'vor 2 Jahren' },
  ];

  it('names each unit of an age up to its last count, then the next unit (minutes to years)', () => {
    const now = Date.UTC(2026, 11, 2, 12);
    const said = AGES.map(({ saved, age }) => ({
      saved,
      en: formatAge(now - age, now, 'en'),
      de: formatAge(now - age, now, 'de'),
    }));
    expect(said).to.deep.equal(AGES.map(({ saved, en, de }) => ({ saved, en, de })));
  });

  it('says the age of each saved copy it shows in the element’s language (copies of up to 30 days)', async () => {
    // Older copies are not shown at all (see "older than 30 days" above).
    const cases = AGES.filter((c) => c.age <= 30 * DAY);
    // One failing feed per age, each with its saved copy, all shown at once.
    const feeds = cases.map((c) => {
      const feed = route('status', { code: 404 });
      seed(feed.absolute, 1, c.age);
      return feed;
    });
    const host = await fixture<HTMLDivElement>(html`<div>
      ${feeds.map(
        (f) =>
          html`<network-list lang="en" cache="local" src=${f.url}></network-list>
            <network-list lang="de" cache="local" src=${f.url}></network-list>`,
      )}
    </div>`);
    const lists = [...host.querySelectorAll<NetworkList>('network-list')];
    await Promise.all(lists.map(failed));
    /** The age in the note on the saved copy: "as of …" (en), "Stand: …" (de). */
    const age = (el: NetworkList) => /\((?:as of|Stand:) ([^)]*)\)/.exec(errorLines(el)[0])?.[1];
    const shown = cases.map(({ saved }, i) => ({ saved, en: age(lists[2 * i]), de: age(lists[2 * i + 1]) }));
    expect(shown).to.deep.equal(cases.map(({ saved, en, de }) => ({ saved, en, de })));
  });

  it('a later success replaces the saved copy and its note, reports feed-load, and saves the new feed', async () => {
    const feed = route('seq', { steps: '503,good' });
    seed(feed.absolute, 1, 2 * DAY);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = recordEvents(host);
    render(html`<network-list lang="en" cache="local" src=${feed.url}></network-list>`, host);
    const el = host.querySelector<NetworkList>('network-list')!;
    await failed(el);
    expect(cards(el)).to.equal(1);
    await until(() => cards(el) === ALL, 'the fresh feed', 3000);
    expect(statusText(el)).to.equal('');
    expect(retryButton(el) === null, 'no Retry button').to.equal(true);
    expect(events.loads).to.have.length(1);
    expect(saved(feed.absolute)!.feed.networks).to.have.length(ALL);
  });

  it('Retry on a stale copy loads again without hiding the copy', async () => {
    const feed = route('seq', { steps: '404,good' });
    seed(feed.absolute, 1, DAY);
    const el = await fixture<NetworkList>(html`<network-list lang="en" cache="local" src=${feed.url}></network-list>`);
    await failed(el);
    retryButton(el)!.click();
    await el.updateComplete;
    expect(cards(el)).to.equal(1);
    await until(() => cards(el) === ALL, 'the fresh feed');
  });

  it('without cache="local" nothing is read or written', async () => {
    const feed = route('good', { networks: 2 });
    seed(feed.absolute, 1, DAY);
    const el = await fixture<NetworkList>(html`<network-list src=${feed.url}></network-list>`);
    expect(cards(el)).to.equal(0);
    await until(() => cards(el) === 2, 'the feed');
    expect(saved(feed.absolute)!.feed.networks, 'the stored copy untouched').to.have.length(1);
    const other = route('good');
    const el2 = await fixture<NetworkList>(html`<network-list src=${other.url}></network-list>`);
    await until(() => cards(el2) === ALL, 'the feed');
    expect(localStorage.getItem(key(other.absolute))).to.equal(null);
  });
});

describe('cache="local": the age of a saved copy', () => {
  for (const [what, savedAt] of [
    ['an hour in the future', () => Date.now() + 3_600_000],
    ['older than 30 days', () => Date.now() - 31 * DAY],
    ['-1.7e308', () => -1.7e308],
    ['1e308', () => 1e308],
  ] as const) {
    it(`a copy dated ${what} is not shown, and removed`, async () => {
      const feed = route('never');
      const data = { ...bundledFeed, networks: bundledFeed.networks.slice(0, 1) };
      localStorage.setItem(key(feed.absolute), JSON.stringify({ savedAt: savedAt(), feed: data }));
      const el = await fixture<NetworkList>(
        html`<network-list lang="en" cache="local" src=${feed.url}></network-list>`,
      );
      await el.updateComplete;
      expect(cards(el)).to.equal(0);
      expect(statusText(el)).to.equal('Loading networks…');
      expect(localStorage.getItem(key(feed.absolute))).to.equal(null);
    });
  }

  it('a copy of 29 days is shown, marked with its age from the first render', async () => {
    const feed = route('never');
    seed(feed.absolute, 1, 29 * DAY);
    const el = await fixture<NetworkList>(html`<network-list lang="en" cache="local" src=${feed.url}></network-list>`);
    await el.updateComplete;
    expect(cards(el)).to.equal(1);
    expect(statusText(el)).to.equal('This is a saved copy (as of 4 weeks ago); the current version is loading.');
  });
});

/** Characters our saved copies take in localStorage, keys included. */
const ours = () =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith(STORAGE_PREFIX))
    .reduce((n, k) => n + k.length + localStorage.getItem(k)!.length, 0);

/** A saved copy of `chars` characters (not a valid feed: only its size and date count here), saved `age` ms ago. */
const pad = (name: string, chars: number, age: number) =>
  localStorage.setItem(
    STORAGE_PREFIX + name,
    JSON.stringify({ savedAt: Date.now() - age, feed: { pad: 'x'.repeat(chars - 60 - name.length) } }),
  );

describe('cache="local": the storage budget', () => {
  it(`all saved copies together stay within ${STORAGE_BUDGET} characters: the least recently saved and expired go first`, async () => {
    pad('https://a.example/1', 400_000, DAY);
    pad('https://a.example/2', 400_000, 2 * DAY);
    pad('https://a.example/3', 400_000, 3 * DAY);
    pad('https://a.example/old', 1_000, 31 * DAY);
    const feed = route('good');
    const el = await fixture<NetworkList>(html`<network-list cache="local" src=${feed.url}></network-list>`);
    await until(() => cards(el) === ALL && saved(feed.absolute), 'the feed, saved');
    const left = Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX));
    expect(left.sort()).to.deep.equal(
      [key(feed.absolute), STORAGE_PREFIX + 'https://a.example/1', STORAGE_PREFIX + 'https://a.example/2'].sort(),
    );
    expect(ours()).to.be.at.most(STORAGE_BUDGET);
  });

  it('a save the quota refuses removes every saved copy, never the page’s own data, and leaves the page room', async () => {
    pad('https://a.example/1', 300_000, DAY);
    // The page fills the rest of the origin's quota with its own data.
    const filled: string[] = [];
    for (let chunk = 1 << 20; chunk >= 256; chunk >>= 2) {
      for (;;) {
        const k = `host-page-${filled.length}`;
        try {
          localStorage.setItem(k, 'p'.repeat(chunk));
          filled.push(k);
        } catch {
          break;
        }
      }
    }
    try {
      const feed = route('good');
      const el = await fixture<NetworkList>(html`<network-list cache="local" src=${feed.url}></network-list>`);
      await until(() => cards(el) === ALL, 'the feed');
      await sleep(50);
      expect(ours(), 'no saved copy left').to.equal(0);
      expect(
        filled.every((k) => localStorage.getItem(k) !== null),
        'the page’s data untouched',
      ).to.equal(true);
      // The room the saved copy took is the page's again.
      expect(() => localStorage.setItem('host-page-more', 'p'.repeat(200_000))).not.to.throw();
    } finally {
      [...filled, 'host-page-more'].forEach((k) => localStorage.removeItem(k));
    }
  });
});

describe('cache="local" with storage that fails', () => {
  const garbage = [
    '{not json',
    '"a text"',
    'null',
    '[]',
    '{"savedAt": "yesterday", "feed": {}}',
    '{"savedAt": 1, "feed": {"hello": "world"}}',
    JSON.stringify({ savedAt: 1, feed: { ...bundledFeed, version: '2.0.0' } }),
  ];

  it('ignores and replaces garbage under the key', async () => {
    const feeds = garbage.map(() => route('good', { networks: 3 }));
    feeds.forEach((f, i) => localStorage.setItem(key(f.absolute), garbage[i]));
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    render(
      feeds.map((f) => html`<network-list cache="local" src=${f.url}></network-list>`),
      host,
    );
    const elements = [...host.querySelectorAll<NetworkList>('network-list')];
    await elements[0].updateComplete;
    for (const el of elements) expect(statusText(el), 'garbage is no copy: loading').to.equal('Loading networks…');
    for (const el of elements) await until(() => cards(el) === 3, 'the feed');
    for (const f of feeds) expect(saved(f.absolute)!.feed.networks).to.have.length(3);
  });

  /** Runs `body` with `name` on Storage.prototype (or window.localStorage) replaced by a thrower. */
  async function breaking(target: object, name: string, error: DOMException, body: () => Promise<void>) {
    const original = Object.getOwnPropertyDescriptor(target, name)!;
    const thrower = () => {
      throw error;
    };
    Object.defineProperty(
      target,
      name,
      'value' in original ? { ...original, value: thrower } : { ...original, get: thrower },
    );
    try {
      await body();
    } finally {
      Object.defineProperty(target, name, original);
    }
  }

  const cases: [string, object, string, DOMException][] = [
    [
      'disabled storage (localStorage throws)',
      window,
      'localStorage',
      new DOMException('The operation is insecure.', 'SecurityError'),
    ],
    [
      'a full quota (setItem throws)',
      Storage.prototype,
      'setItem',
      new DOMException('Quota exceeded', 'QuotaExceededError'),
    ],
    ['a failing read (getItem throws)', Storage.prototype, 'getItem', new DOMException('Not allowed', 'SecurityError')],
    [
      'a failing removal of garbage (removeItem throws)',
      Storage.prototype,
      'removeItem',
      new DOMException('Not allowed', 'SecurityError'),
    ],
  ];
  for (const [what, target, name, error] of cases) {
    it(`renders the feed, and errors, as usual with ${what}`, async () => {
      const good = route('good', { networks: 2 });
      const bad = route('status', { code: 404 });
      localStorage.setItem(key(good.absolute), '{garbage');
      await breaking(target, name, error, async () => {
        const host = await fixture<HTMLDivElement>(html`<div lang="en">
          <network-list cache="local" src=${good.url}></network-list>
          <network-list cache="local" src=${bad.url}></network-list>
        </div>`);
        const [a, b] = [...host.querySelectorAll<NetworkList>('network-list')];
        await until(() => cards(a) === 2, 'the feed');
        await failed(b);
        expect(errorLines(b)).to.deep.equal(['This information could not be found.']);
        expect(detailLines(b)[1]).to.equal('The network feed was not found (HTTP 404).');
        await sleep(50);
      });
    });
  }
});

describe('the browser’s HTTP cache', () => {
  it('works as the feed’s server says: the next visit revalidates with its ETag and uses the 304', async function () {
    await requires(this, 'http-cache');
    const feed = route('etag', { networks: 2 });
    const el = await fixture<NetworkList>(html`<network-list src=${feed.url}></network-list>`);
    await until(() => cards(el) === 2, 'the feed');
    const next = await visit(`<network-list src="${feed.url}"></network-list>`);
    const other = next.querySelector('network-list') as NetworkList;
    await until(() => other.shadowRoot && cards(other) === 2, 'the feed on the next visit');
    const seen = await feed.stats();
    expect([seen.requests, seen.notModified]).to.deep.equal([2, 1]);
    expect(seen.headers['if-none-match']).to.equal('"feed-v1"');
  });
});
