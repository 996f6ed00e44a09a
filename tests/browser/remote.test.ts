// Remote feeds (`src`) against a real HTTP server inside the test runner
// (tests/server/feed-server.mjs): sharing, timeouts, retries, aborts, size limits, every error
// state in both languages, events, the browser's HTTP cache, and that nothing escapes as an
// uncaught error. Timeouts are set small (timeout="300") where an attempt must time out, so the suite stays
// fast; where the server answers, large (3 s), so that a busy test server cannot turn a slow answer into one.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { requires } from './engine.js';
import { recordWarnings } from './elements-helpers.js';
import '../../src/index.js';
import { bundledFeed, FeedErrorEvent, FeedLoadEvent, type FeedElement, type NetworkList } from '../../src/index.js';
import {
  cards,
  details,
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

const ALL = bundledFeed.networks.length;

/** What the page says: a plain sentence for readers (and details for webmasters, below). */
const EN = {
  loading: 'Loading networks…',
  notFound: 'This information could not be found.',
  server: 'The server with this information has a fault at the moment: please try again later.',
  refused: 'The server with this information refused access to it.',
  timeout: 'The server with this information is not answering at the moment: please try again later.',
  network: 'This information could not be loaded: please check your internet connection and try again.',
  tooLarge: 'This information is too large to be shown here.',
  format: 'This information is in a format that this page cannot read.',
  invalid: 'This information contains errors and cannot be shown.',
  retrying: 'Trying again automatically…',
  tryingAgain: 'Trying again…',
  summary: 'Technical details (for webmasters)',
};
const DE = {
  loading: 'Netzwerke werden geladen …',
  notFound: 'Diese Informationen wurden nicht gefunden.',
  server: 'Der Server mit diesen Informationen hat im Moment eine Störung: Bitte versuchen Sie es später noch einmal.',
  timeout: 'Der Server mit diesen Informationen antwortet im Moment nicht: Bitte versuchen Sie es später noch einmal.',
  format: 'Diese Informationen liegen in einem Format vor, das diese Seite nicht lesen kann.',
  invalid: 'Diese Informationen enthalten Fehler und können nicht angezeigt werden.',
  retrying: 'Es wird automatisch erneut versucht …',
  tryingAgain: 'Erneuter Versuch …',
  summary: 'Technische Details (für Webmaster)',
};
/** The details for webmasters: the cause, with the HTTP status. */
const TECH_EN = {
  notFound: (s: number) => `The network feed was not found (HTTP ${s}).`,
  server: (s: number) => `The feed’s server had an error (HTTP ${s}).`,
  refused: (s: number) => `The feed’s server refused the request (HTTP ${s}).`,
  timeout: 'The feed’s server did not answer in time.',
  network:
    'The feed could not be loaded: you may be offline, or the feed’s server does not allow this site to read it (CORS).',
  tooLarge: 'The feed is too large to load.',
  notJson: 'The feed is not JSON data: its address may lead to a web page instead.',
  invalid: 'The data is not a valid network feed.',
  version: 'The feed uses an unsupported feed version: these elements read version 1.',
};
const TECH_DE = {
  notFound: (s: number) => `Der Netzwerk-Feed wurde nicht gefunden (HTTP ${s}).`,
  server: (s: number) => `Beim Server des Feeds ist ein Fehler aufgetreten (HTTP ${s}).`,
  timeout: 'Der Server des Feeds hat nicht rechtzeitig geantwortet.',
  notJson: 'Der Feed enthält keine JSON-Daten: Seine Adresse führt vielleicht stattdessen zu einer Webseite.',
};

/** Waits until the element shows a failure in its live region. */
const failed = (el: FeedElement) =>
  until(() => status(el)?.querySelector('[part="error"]'), `an error in <${el.localName} src=${el.src}>`);

/** Waits until the element shows `n` network cards. */
const showing = (el: Element, n: number) => until(() => cards(el) === n, `${n} cards in <${el.localName}>`);

afterEach(() => {
  expect(takeUncaught(), 'uncaught errors and unhandled rejections').to.deep.equal([]);
});

/** An English `<network-list>` following `src`, appended to a fixture host that records its events. */
async function mountList(src: string, timeout?: number) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const events = recordEvents(host);
  const el = document.createElement('network-list') as NetworkList;
  el.lang = 'en';
  if (timeout) el.timeout = timeout;
  el.src = src;
  host.append(el);
  return { el, host, events };
}

describe('remote feeds: sharing one request', () => {
  it('20 elements on one URL make one request, and each reports feed-load with the URL and the number of networks', async () => {
    const feed = route('slow', { ms: 300 });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = recordEvents(container);
    const tags = ['network-list', 'network-card', 'contact-box'];
    const elements = Array.from({ length: 20 }, (_, i) => {
      const el = document.createElement(tags[i % 3]) as FeedElement;
      if (el.localName === 'network-card') el.setAttribute('network', bundledFeed.networks[0].id);
      el.lang = 'en';
      el.src = feed.url;
      return el;
    });
    // Half connect now, half while the request is under way.
    elements.slice(0, 10).forEach((el) => container.append(el));
    await sleep(100);
    elements.slice(10).forEach((el) => container.append(el));
    await until(() => events.loads.length === 20, '20 feed-load events');

    expect((await feed.stats()).requests).to.equal(1);
    for (const e of events.loads) {
      expect(e).to.be.instanceOf(FeedLoadEvent);
      expect(e.bubbles && e.composed, 'bubbles and composed').to.equal(true);
      expect((e as FeedLoadEvent).url).to.equal(feed.absolute);
      expect((e as FeedLoadEvent).networks).to.equal(ALL);
    }
    const list = elements[0] as NetworkList;
    expect(cards(list)).to.equal(ALL);
    expect(statusText(list)).to.equal('');

    // An element connecting later shows the feed in its first render, without a request.
    const late = document.createElement('network-list') as NetworkList;
    late.src = feed.url;
    container.append(late);
    await late.updateComplete;
    expect(cards(late)).to.equal(ALL);
    expect(events.loads).to.have.length(21);
    expect((await feed.stats()).requests).to.equal(1);
  });

  it('a relative and an absolute address of one feed share the request', async () => {
    const feed = route('good');
    const a = await fixture<NetworkList>(html`<network-list src=${feed.url}></network-list>`);
    const b = await fixture<NetworkList>(html`<network-list src=${feed.absolute}></network-list>`);
    await showing(a, ALL);
    await showing(b, ALL);
    expect((await feed.stats()).requests).to.equal(1);
  });

  it('uses the browser’s HTTP cache as it is: no cache-busting, no cache bypass', async () => {
    const feed = route('good');
    const el = await fixture<NetworkList>(html`<network-list src=${feed.url}></network-list>`);
    await showing(el, ALL);
    const seen = await feed.stats();
    expect(seen.url).to.equal(feed.url);
    expect(seen.headers).not.to.have.property('cache-control');
    expect(seen.headers).not.to.have.property('pragma');
    expect(seen.headers.accept).to.contain('application/json');
    expect(seen.headers, 'no cookies are sent').not.to.have.property('cookie');
  });

  it('sends none of the page’s cookies for the feed’s origin, which a plain fetch there does send', async () => {
    const feed = route('good');
    const control = route('good');
    // A cookie for the feed routes only (no other test's requests carry it), removed after.
    const cookie = `feed-session-${feed.id}=secret`;
    document.cookie = `${cookie}; path=/__feeds/; SameSite=Strict`;
    try {
      await fetch(control.url, { cache: 'no-store' });
      expect((await control.stats()).headers.cookie, 'a plain fetch of the origin sends the cookie').to.contain(cookie);
      const el = await fixture<NetworkList>(html`<network-list src=${feed.url}></network-list>`);
      await showing(el, ALL);
      expect((await feed.stats()).headers.cookie, 'the Cookie header of the feed request').to.equal(undefined);
    } finally {
      document.cookie = `${cookie}; path=/__feeds/; max-age=0`;
    }
  });
});

describe('remote feeds: loading state', () => {
  it('shows a polite status message in the element’s language and keeps space, then the feed', async () => {
    const en = route('slow', { ms: 600 });
    const de = route('slow', { ms: 600 });
    const a = await fixture<NetworkList>(html`<network-list lang="en" src=${en.url}></network-list>`);
    const b = await fixture<NetworkList>(html`<network-list lang="de" src=${de.url}></network-list>`);
    for (const [el, text] of [
      [a, EN.loading],
      [b, DE.loading],
    ] as const) {
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(status(el).getAttribute('aria-live'), 'role=status is polite by itself').to.equal(null);
      expect(statusText(el)).to.equal(text);
      expect(status(el).getBoundingClientRect().height, 'space kept while loading').to.be.at.least(90);
      expect(retryButton(el) === null, 'no Retry button').to.equal(true);
    }
    await expect(a).to.be.accessible();
    await showing(a, ALL);
    await showing(b, ALL);
    expect(statusText(a)).to.equal('');
    expect(status(a).getAttribute('role'), 'the live region stays for later messages').to.equal('status');
  });
});

interface ErrorCase {
  what: string;
  route: () => ReturnType<typeof route>;
  kind: string;
  status?: number;
  /** The sentence readers see. */
  text: string;
  /** The cause in the details for webmasters. */
  detail: string;
  /** The details' lines after the summary and the cause. */
  more?: (lines: string[]) => void;
  timeout?: number;
}

const cases: ErrorCase[] = [
  ['404', 404, 'not-found', EN.notFound, TECH_EN.notFound(404)] as const,
  ['410', 410, 'not-found', EN.notFound, TECH_EN.notFound(410)] as const,
  ['403', 403, 'client', EN.refused, TECH_EN.refused(403)] as const,
  ['500', 500, 'server', EN.server, TECH_EN.server(500)] as const,
].map(([what, code, kind, text, detail]): ErrorCase => ({
  what,
  route: () => route('status', { code }),
  kind,
  status: code,
  text,
  detail,
}));
cases.push(
  {
    what: 'invalid JSON',
    route: () => route('invalid-json'),
    kind: 'not-json',
    status: 200,
    text: EN.format,
    detail: TECH_EN.notJson,
  },
  {
    what: 'an HTML login page',
    route: () => route('login'),
    kind: 'not-json',
    status: 200,
    text: EN.format,
    detail: TECH_EN.notJson,
  },
  {
    what: 'JSON that is not a feed',
    route: () => route('not-a-feed'),
    kind: 'invalid',
    status: 200,
    text: EN.invalid,
    detail: TECH_EN.invalid,
    more: (lines) => {
      // The first validation messages, each naming where in the feed it is.
      expect(lines.length).to.be.at.least(2);
      expect(lines.some((l) => l.startsWith('networks:'))).to.equal(true, lines.join(' | '));
      expect(lines.some((l) => l.startsWith('checked:'))).to.equal(true, lines.join(' | '));
    },
  },
  {
    what: 'a feed of a newer major version',
    route: () => route('v2'),
    kind: 'unsupported-version',
    status: 200,
    text: EN.format,
    detail: TECH_EN.version,
  },
  {
    what: 'a response that never finishes',
    route: () => route('never'),
    kind: 'timeout',
    text: EN.timeout,
    detail: TECH_EN.timeout,
  },
  {
    what: 'a response slower than the timeout',
    route: () => route('slow', { ms: 1500 }),
    kind: 'timeout',
    text: EN.timeout,
    detail: TECH_EN.timeout,
  },
  {
    what: 'an oversized response',
    route: () => route('large', { mode: 'length' }),
    kind: 'too-large',
    status: 200,
    text: EN.tooLarge,
    detail: TECH_EN.tooLarge,
  },
);

describe('remote feeds: error states', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.stop());

  for (const c of cases) {
    it(`${c.what}: “${c.text}” in the live region, the cause in the details and the console, a Retry button, and feed-error (${c.kind})`, async () => {
      const feed = c.route();
      const started = performance.now();
      // 300 ms where the failure is the timeout; else 3 s, so that a busy test server (another test
      // file beside this one) cannot turn a slow answer into a timeout.
      const { el, events } = await mountList(feed.url, c.kind === 'timeout' ? 300 : 3000);
      await failed(el);
      // Soon after the first attempt failed: before the first retry (at least 750 ms later) ends.
      expect(performance.now() - started, 'the message shows soon after the first attempt failed').to.be.below(1700);

      expect(errorLines(el)[0]).to.equal(c.text);
      const lines = detailLines(el);
      expect(lines.slice(0, 2), 'the details: summary, cause').to.deep.equal([EN.summary, c.detail]);
      c.more?.(lines.slice(2));
      expect(details(el)!.open, 'the details closed').to.equal(false);
      // The console: once, with the address, the cause and its HTTP status, and the problems found.
      const said = warnings.take();
      expect(said, 'one warning').to.have.length(1);
      const status200 = c.status && !c.detail.includes(`HTTP ${c.status}`) ? ` (HTTP ${c.status})` : '';
      expect(said[0].split('\n')[0]).to.equal(`network-elements: ${feed.absolute}: ${c.detail}${status200}`);
      if (c.more)
        c.more(
          said[0]
            .split('\n')
            .slice(1)
            .map((l) => l.trim()),
        );
      expect(
        el.shadowRoot!.querySelector('[part="error"]')!.closest('[role="status"]') === status(el),
        'the message is in the live region',
      ).to.equal(true);
      expect(retryButton(el)!.textContent!.trim()).to.equal('Try again');
      expect(cards(el)).to.equal(0);

      expect(events.errors).to.have.length(1);
      const e = events.errors[0] as FeedErrorEvent;
      expect(e).to.be.instanceOf(FeedErrorEvent);
      expect(e.bubbles && e.composed).to.equal(true);
      expect(e.url).to.equal(feed.absolute);
      expect(e.kind).to.equal(c.kind);
      expect(e.status).to.equal(c.status);
      expect(events.loads).to.have.length(0);
    });
  }

  it('blocked or offline: a cross-origin feed without CORS names both causes', async () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const feed = route('good');
    const url = `${location.protocol}//${other}:${location.port}${feed.url}`;
    const { el, events } = await mountList(url);
    await failed(el);
    expect(errorLines(el)).to.deep.equal([EN.network, EN.retrying]);
    expect(detailLines(el)).to.deep.equal([EN.summary, TECH_EN.network]);
    const e = events.errors[0] as FeedErrorEvent;
    expect([e.kind, e.status]).to.deep.equal(['network', undefined]);
  });

  it('speaks German where the element is German (the same failure, shared, in both languages)', async () => {
    const feed = route('status', { code: 404 });
    const host = await fixture<HTMLDivElement>(html`<div>
      <network-list lang="de" src=${feed.url}></network-list>
      <network-list lang="en" src=${feed.url}></network-list>
    </div>`);
    const [de, en] = [...host.querySelectorAll<NetworkList>('network-list')];
    await failed(de);
    await failed(en);
    expect(errorLines(de)).to.deep.equal([DE.notFound]);
    expect(errorLines(en)).to.deep.equal([EN.notFound]);
    expect(detailLines(de)).to.deep.equal([DE.summary, TECH_DE.notFound(404)]);
    expect(detailLines(en)).to.deep.equal([EN.summary, TECH_EN.notFound(404)]);
    expect(retryButton(de)!.textContent!.trim()).to.equal('Erneut versuchen');
    expect((await feed.stats()).requests).to.equal(1);
    await expect(de).to.be.accessible();

    const slow = route('never');
    const timedOut = await fixture<NetworkList>(
      html`<network-list lang="de" timeout="300" src=${slow.url}></network-list>`,
    );
    await failed(timedOut);
    expect(errorLines(timedOut)).to.deep.equal([DE.timeout, DE.retrying]);
    expect(detailLines(timedOut)).to.deep.equal([DE.summary, TECH_DE.timeout]);
    const json = route('login');
    const login = await fixture<NetworkList>(html`<network-list lang="de" src=${json.url}></network-list>`);
    await failed(login);
    expect(errorLines(login)).to.deep.equal([DE.format]);
    expect(detailLines(login)).to.deep.equal([DE.summary, TECH_DE.notJson]);
  });

  it('follows a change of language while an error is shown', async () => {
    const feed = route('status', { code: 500 });
    const host = await fixture<HTMLDivElement>(
      html`<div lang="en"><network-list timeout="3000" src=${feed.url}></network-list></div>`,
    );
    const el = host.querySelector<NetworkList>('network-list')!;
    await failed(el);
    expect(errorLines(el)[0]).to.equal(EN.server);
    expect(detailLines(el)).to.deep.equal([EN.summary, TECH_EN.server(500)]);
    host.lang = 'de';
    await until(() => errorLines(el)[0] === DE.server, 'the German message');
    expect(detailLines(el)).to.deep.equal([DE.summary, TECH_DE.server(500)]);
  });

  it('the error state passes axe', async () => {
    const feed = route('not-a-feed');
    const el = await fixture<NetworkList>(html`<network-list lang="en" src=${feed.url}></network-list>`);
    await failed(el);
    await expect(el).to.be.accessible();
  });
});

describe('remote feeds: the way on, and the details for webmasters', () => {
  let warnings: ReturnType<typeof recordWarnings>;
  beforeEach(() => (warnings = recordWarnings()));
  afterEach(() => warnings.stop());

  const link = (el: FeedElement) => status(el).querySelector<HTMLAnchorElement>('[part="error"] a');

  it('JSON that names its source page links to it, in the reader’s words (en, de)', async () => {
    const feed = route('named', { source: 'https://www.example.org/networks' });
    const host = await fixture<HTMLDivElement>(html`<div>
      <network-list lang="en" src=${feed.url}></network-list>
      <network-list lang="de" src=${feed.url}></network-list>
    </div>`);
    const [en, de] = [...host.querySelectorAll<NetworkList>('network-list')];
    await failed(en);
    await failed(de);
    expect(errorLines(en)).to.deep.equal([EN.invalid, 'Read this information on www.example.org']);
    expect(errorLines(de)).to.deep.equal([DE.invalid, 'Zu den Informationen auf www.example.org']);
    for (const el of [en, de]) {
      expect(link(el)!.getAttribute('href')).to.equal('https://www.example.org/networks');
      expect(link(el)!.getAttribute('part')).to.equal('link');
    }
    // The live region announces the sentence and the way on; the details wait in their disclosure.
    expect(statusText(en)).to.equal(`${EN.invalid} Read this information on www.example.org`);
    await expect(en).to.be.accessible();
    await expect(de).to.be.accessible();
  });

  for (const source of ['javascript:alert(1)', ' https://www.example.org/', 'https://www.example.org@evil.example/']) {
    it(`a source that is no safe web address (${JSON.stringify(source)}) gets no link`, async () => {
      const feed = route('named', { source });
      const { el } = await mountList(feed.url);
      await failed(el);
      expect(errorLines(el)).to.deep.equal([EN.invalid]);
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    });
  }

  it('a failure without a feed (404) has no link: the reader is told plainly, the rest is in the details', async () => {
    const feed = route('status', { code: 404 });
    const { el } = await mountList(feed.url);
    await failed(el);
    expect(link(el)).to.equal(null);
    expect(statusText(el)).to.equal(EN.notFound);
    expect(detailLines(el)).to.deep.equal([EN.summary, TECH_EN.notFound(404)]);
  });

  it('the details open from the keyboard and show the problems; the live region does not announce them', async () => {
    const feed = route('named', { source: 'https://www.example.org/networks' });
    const { el } = await mountList(feed.url);
    await failed(el);
    const d = details(el)!;
    expect(d.closest('[role="status"]') === status(el), 'in the live region').to.equal(true);
    expect(d.getAttribute('aria-live'), 'a region of its own that is not announced').to.equal('off');
    expect(d.open).to.equal(false);
    const cause = d.querySelector('p')!;
    expect(cause.checkVisibility(), 'the cause hidden while closed').to.equal(false);
    // From the link, Tab reaches the summary; Enter opens the details.
    link(el)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    expect(d.open).to.equal(true);
    expect(cause.checkVisibility(), 'the cause shown').to.equal(true);
    expect(detailLines(el)).to.deep.equal([
      EN.summary,
      TECH_EN.invalid,
      'checked: is missing',
      'categories: is missing',
      'networks: must be a list',
      'contacts: is missing',
    ]);
    expect(statusText(el), 'what the live region announces').to.equal(
      `${EN.invalid} Read this information on www.example.org`,
    );
    await expect(el).to.be.accessible();
  });

  it('in the accessibility tree: the summary a collapsed disclosure, the details absent until opened', async function () {
    await requires(this, 'accessibility-tree');
    const feed = route('status', { code: 500 });
    const { el } = await mountList(feed.url);
    await failed(el);
    const nodes = async () =>
      (await executeServerCommand('ax-nodes')) as {
        role: string;
        name: string;
        expanded?: boolean;
        focusable?: boolean;
      }[];
    const named = async (name: string) => (await nodes()).filter((n) => n.name === name);
    expect(await named(EN.summary)).to.deep.include({
      role: 'DisclosureTriangle',
      name: EN.summary,
      expanded: false,
      focusable: true,
    });
    expect(await named(TECH_EN.server(500)), 'the cause, while closed').to.deep.equal([]);
    details(el)!.querySelector('summary')!.click();
    await until(async () => (await named(TECH_EN.server(500))).length, 'the cause in the tree');
    expect(await named(EN.summary)).to.deep.include({
      role: 'DisclosureTriangle',
      name: EN.summary,
      expanded: true,
      focusable: true,
    });
  });

  it('tells the console once per failure: the address, the cause with its status, every problem', async () => {
    const feed = route('named', { source: 'https://www.example.org/networks' });
    const host = await fixture<HTMLDivElement>(html`<div>
      <network-list lang="en" src=${feed.url}></network-list>
      <network-list lang="de" src=${feed.url}></network-list>
      <network-card lang="de" network="eccar" src=${feed.url}></network-card>
    </div>`);
    const [a, b] = [...host.querySelectorAll<NetworkList>('network-list')];
    await failed(a);
    await failed(b);
    // Rendered again (a language change): nothing more is said.
    b.lang = 'en';
    await b.updateComplete;
    expect(warnings.take()).to.deep.equal([
      [
        `network-elements: ${feed.absolute}: ${TECH_EN.invalid} (HTTP 200)`,
        '  checked: is missing',
        '  categories: is missing',
        '  networks: must be a list',
        '  contacts: is missing',
      ].join('\n'),
    ]);
    // Retry makes a new attempt: its failure is told again.
    retryButton(a)!.click();
    await until(() => warnings.take().length === 1, 'the failure of the retry, once');
  });
});

describe('remote feeds: retries', () => {
  it('shows a 500 at once, keeps trying in the background, and replaces the message with the feed', async () => {
    const feed = route('seq', { steps: '500,good' });
    const { el, events } = await mountList(feed.url);
    await failed(el);
    expect(errorLines(el)).to.deep.equal([EN.server, EN.retrying]);
    expect(detailLines(el)).to.deep.equal([EN.summary, TECH_EN.server(500)]);
    expect((await feed.stats()).requests).to.equal(1);
    await showing(el, ALL);
    expect(statusText(el)).to.equal('');
    expect(retryButton(el) === null, 'no Retry button').to.equal(true);
    expect(events.errors.map((e) => (e as FeedErrorEvent).kind)).to.deep.equal(['server']);
    expect(events.loads).to.have.length(1);
    expect((await feed.stats()).requests).to.equal(2);
  });

  it('tries network errors, 5xx and timeouts three times in all, with backoff, and 4xx once', async function () {
    // Each wait below allows for a busy machine; together they may take longer than a test's default 20 s.
    this.timeout(60_000);
    const server = route('status', { code: 503 });
    const hanging = route('never');
    const missing = route('status', { code: 404 });
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const events = recordEvents(host);
    const warnings = recordWarnings();
    try {
      render(
        // The answering servers get a second, so that a busy machine cannot turn their answer into a timeout.
        html`<network-list timeout="1000" src=${server.url}></network-list>
          <network-list timeout="300" src=${hanging.url}></network-list>
          <network-list timeout="1000" src=${missing.url}></network-list>`,
        host,
      );
      const [a, b, c] = [...host.querySelectorAll<NetworkList>('network-list')];
      await failed(a);
      const first = performance.now();
      // The retries wait about 1 s and then 2 s (±25 %): not all at once.
      // The waits allow for a busy machine; the lower bounds below are what the backoff promises.
      await until(async () => (await server.stats()).requests === 2, 'the first retry', 6000);
      expect(performance.now() - first).to.be.above(600);
      await until(async () => (await server.stats()).requests === 3, 'the second retry', 9000);
      expect(performance.now() - first).to.be.above(2000);
      await until(async () => (await hanging.stats()).aborted === 3, 'three timed-out attempts', 12_000);
      await until(() => !errorLines(a).includes(EN.retrying) && !errorLines(b).includes(EN.retrying), 'retries ended');
      await sleep(1300);
      expect((await server.stats()).requests).to.equal(3);
      expect((await hanging.stats()).requests).to.equal(3);
      expect((await missing.stats()).requests).to.equal(1);
      expect(errorLines(a)).to.deep.equal([EN.server]);
      expect(errorLines(b)).to.deep.equal([EN.timeout]);
      expect(errorLines(c)).to.deep.equal([EN.notFound]);
      expect([a, b, c].map((el) => detailLines(el)[1])).to.deep.equal([
        TECH_EN.server(503),
        TECH_EN.timeout,
        TECH_EN.notFound(404),
      ]);
      // One event per failure shown, not one per attempt; and one warning in the console.
      expect(events.errors.map((e) => (e as FeedErrorEvent).kind).sort()).to.deep.equal([
        'not-found',
        'server',
        'timeout',
      ]);
      expect(warnings.take().sort()).to.deep.equal(
        [
          `network-elements: ${server.absolute}: ${TECH_EN.server(503)}`,
          `network-elements: ${hanging.absolute}: ${TECH_EN.timeout}`,
          `network-elements: ${missing.absolute}: ${TECH_EN.notFound(404)}`,
        ].sort(),
      );
    } finally {
      warnings.stop();
    }
  });

  it('Retry after a 404 announces that it tries again, then the same failure anew; the focus stays on Retry', async () => {
    const feed = route('status', { code: 404 });
    const { el } = await mountList(feed.url);
    const de = document.createElement('network-list');
    de.lang = 'de';
    de.src = feed.url;
    el.after(de);
    await failed(el);
    await failed(de);
    const button = retryButton(el)!;
    button.focus();
    // What the live region says, each time it changes.
    const said: string[] = [];
    const observer = new MutationObserver(() => said.at(-1) !== statusText(el) && said.push(statusText(el)));
    observer.observe(status(el), { childList: true, subtree: true, characterData: true });
    button.click();
    await until(async () => (await feed.stats()).requests === 2 && errorLines(el)[0] === EN.notFound, 'the retry');
    await el.updateComplete;
    observer.disconnect();
    expect(said).to.deep.equal([EN.tryingAgain, EN.notFound]);
    // The failure is new content in the region (read out again), not the old one left standing.
    expect(
      document.activeElement === el && el.shadowRoot!.activeElement === retryButton(el),
      'focus on Retry',
    ).to.equal(true);
    // The other element shares the load: it says the same in German.
    retryButton(de)!.click();
    await de.updateComplete;
    expect(statusText(de)).to.equal(DE.tryingAgain);
    await until(() => errorLines(de)[0] === DE.notFound, 'the German failure again');
  });

  it('Retry loads again: the trying-again message, the button kept (with focus) until the load ends, then the feed, which takes the focus', async () => {
    const feed = route('seq', { steps: '404,403,good' });
    const { el, events } = await mountList(feed.url);
    await failed(el);
    const button = retryButton(el)!;
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    button.focus();
    button.click();
    await el.updateComplete;
    expect(statusText(el)).to.equal(EN.tryingAgain);
    expect(retryButton(el) === button, 'the same button stays').to.equal(true);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement === button, 'focus stays on the button').to.equal(true);
    button.click(); // ignored while loading
    await until(() => errorLines(el)[0] === EN.refused, 'the second failure');
    expect(detailLines(el)[1]).to.equal(TECH_EN.refused(403));
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(el.shadowRoot!.activeElement === button).to.equal(true);
    button.click();
    await showing(el, ALL);
    expect(retryButton(el) === null, 'no Retry button').to.equal(true);
    // The button is gone: the focus moves to the content that arrived, its first heading.
    const first = el.shadowRoot!.querySelector('h2')!;
    expect(
      el.shadowRoot!.activeElement === first,
      `focus on the first heading, not ${el.shadowRoot!.activeElement}`,
    ).to.equal(true);
    expect(document.activeElement === el, 'the list holds the focus').to.equal(true);
    expect((await feed.stats()).requests).to.equal(3);
    expect(events.errors.map((e) => (e as FeedErrorEvent).kind)).to.deep.equal(['not-found', 'client']);
    expect(events.loads).to.have.length(1);
  });
});

describe('remote feeds: aborts and late answers', () => {
  it('removing the last element aborts the request; removing one of two does not', async () => {
    const feed = route('never');
    const host = await fixture<HTMLDivElement>(html`<div>
      <network-list src=${feed.url}></network-list>
      <network-card network="eccar" src=${feed.url}></network-card>
    </div>`);
    const events = recordEvents(host);
    const [a, b] = host.children;
    await until(async () => (await feed.stats()).requests === 1, 'the request');
    a.remove();
    await sleep(200);
    expect((await feed.stats()).aborted).to.equal(0);
    b.remove();
    await until(async () => (await feed.stats()).aborted === 1, 'the server to see the request closed', 2000);
    expect(events.errors).to.have.length(0);
  });

  it('moving an element within the page keeps its request', async () => {
    const feed = route('slow', { ms: 400 });
    const host = await fixture<HTMLDivElement>(
      html`<div><section></section><network-list src=${feed.url}></network-list></div>`,
    );
    const el = host.querySelector('network-list')!;
    await until(async () => (await feed.stats()).requests === 1, 'the request');
    host.querySelector('section')!.append(el);
    await showing(el, ALL);
    const seen = await feed.stats();
    expect([seen.requests, seen.aborted]).to.deep.equal([1, 0]);
  });

  it('changing src aborts the old request and shows the new feed', async () => {
    const old = route('never');
    const next = route('good', { networks: 2 });
    const el = await fixture<NetworkList>(html`<network-list src=${old.url}></network-list>`);
    await until(async () => (await old.stats()).requests === 1, 'the first request');
    el.src = next.url;
    await showing(el, 2);
    await until(async () => (await old.stats()).aborted === 1, 'the old request aborted', 2000);
  });

  it('a late answer for an old src never overwrites the newer one', async () => {
    const slow = route('slow', { ms: 500 });
    const fast = route('good', { networks: 2 });
    const host = await fixture<HTMLDivElement>(html`<div>
      <network-list src=${slow.url}></network-list>
      <network-list src=${slow.url}></network-list>
    </div>`);
    const [a, b] = [...host.querySelectorAll<NetworkList>('network-list')];
    const events = recordEvents(a);
    a.src = fast.url;
    await showing(a, 2);
    // b keeps the slow request alive; its answer arrives after a has moved on.
    await showing(b, ALL);
    await sleep(50);
    expect(cards(a)).to.equal(2);
    expect(events.loads.map((e) => (e as FeedLoadEvent).url)).to.deep.equal([fast.absolute]);
    expect((await slow.stats()).finished).to.equal(1);
  });
});

describe('remote feeds: size limit', () => {
  it('refuses a declared oversize by Content-Length, before reading the body', async () => {
    // The server sends the body (but its first byte) only after 5 s: waiting for it would end in a timeout instead.
    const feed = route('large', { mode: 'length' });
    const el = await fixture<NetworkList>(html`<network-list lang="en" timeout="2000" src=${feed.url}></network-list>`);
    await failed(el);
    expect(errorLines(el)).to.deep.equal([EN.tooLarge]);
    await until(async () => (await feed.stats()).aborted === 1, 'the connection closed', 5000);
    // Only the byte sent with the headers (tests/server/feed-server.mjs): the rest never left.
    expect((await feed.stats()).bytes).to.equal(1);
  });

  it('stops reading an undeclared (chunked) oversize at the limit', async () => {
    const feed = route('large', { mode: 'chunked', bytes: 8_000_000 });
    const el = await fixture<NetworkList>(html`<network-list lang="en" src=${feed.url}></network-list>`);
    await failed(el);
    expect(errorLines(el)).to.deep.equal([EN.tooLarge]);
    await until(async () => (await feed.stats()).aborted === 1, 'the connection closed', 5000);
    expect((await feed.stats()).bytes).to.be.below(8_000_000);
  });

  it('stops reading a compressed oversize whose Content-Length is the small compressed size', async () => {
    const feed = route('large', { mode: 'gzip' });
    const el = await fixture<NetworkList>(html`<network-list lang="en" src=${feed.url}></network-list>`);
    await failed(el);
    expect(errorLines(el)).to.deep.equal([EN.tooLarge]);
    expect((await feed.stats()).bytes).to.be.below(100_000);
  });

  it('max-bytes sets the limit: a 3 MB feed loads under 4 MB, a small one is refused under 1 KB', async () => {
    const big = route('large', { mode: 'chunked' });
    const small = route('good');
    const a = await fixture<NetworkList>(html`<network-list max-bytes="4000000" src=${big.url}></network-list>`);
    const b = await fixture<NetworkList>(
      html`<network-list lang="en" max-bytes="1000" src=${small.url}></network-list>`,
    );
    await showing(a, ALL);
    await failed(b);
    expect(errorLines(b)).to.deep.equal([EN.tooLarge]);
  });
});

describe('remote feeds: events', () => {
  it('cross shadow roots (bubbling, composed) and name the feed’s URL', async () => {
    const feed = route('status', { code: 404 });
    const good = route('good', { networks: 3 });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const events = recordEvents(document);
    // Where each event started, read while it is dispatched (composedPath() is empty after).
    const origins = new Map<string, EventTarget>();
    const origin = (e: Event) => origins.set(e.type, e.composedPath()[0]);
    document.addEventListener('feed-load', origin);
    document.addEventListener('feed-error', origin);
    const inner = document.createElement('network-list');
    inner.src = feed.url;
    const other = document.createElement('network-card');
    other.setAttribute('network', bundledFeed.networks[0].id);
    other.src = good.url;
    root.append(inner, other);
    await until(() => events.errors.length && events.loads.length, 'both events at the document');
    const e = events.errors[0] as FeedErrorEvent;
    expect([e.url, e.kind, e.status]).to.deep.equal([feed.absolute, 'not-found', 404]);
    expect(origins.get('feed-error') === inner, 'feed-error comes from the inner element').to.equal(true);
    const l = events.loads[0] as FeedLoadEvent;
    expect([l.url, l.networks]).to.deep.equal([good.absolute, 3]);
    expect(origins.get('feed-load') === other, 'feed-load comes from the card').to.equal(true);
    document.removeEventListener('feed-load', origin);
    document.removeEventListener('feed-error', origin);
  });
});
