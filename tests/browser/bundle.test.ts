// The script-tag bundles as a webmaster's page meets them (dist/cdn, built by `npm test` before the
// browser tests). Every case runs in a fresh same-origin iframe, so that each page has its own
// custom element registry, globals and console.
import { expect, waitUntil } from '@open-wc/testing';
import pkg from '../../package.json';
import * as npmExports from '../../src/classes.js';
import { route, sleep, until } from './remote-helpers.js';

const ES = '/dist/cdn/network-elements.js';
const IIFE = '/dist/cdn/network-elements.iife.js';
const TAGS = ['network-list', 'network-card', 'contact-box'];

/** What the instrumentation records inside a frame. */
interface Log {
  warn: string[];
  error: string[];
  globals: string[];
  symbolStatics: string[];
  /** Writes to localStorage or sessionStorage made in this frame (other test pages of this origin share the storage). */
  storageWrites: number;
}
type Frame = Window & typeof globalThis & { __log: Log; NetworkElements?: Record<string, unknown> };

// The frame's first script: records console warnings and errors, uncaught errors, and what the
// page looked like before any bundle ran.
const INSTRUMENT = `<script>
  window.__log = { warn: [], error: [], globals: [], symbolStatics: [], storageWrites: 0 };
  for (const level of ['warn', 'error']) {
    const original = console[level].bind(console);
    console[level] = (...args) => { window.__log[level].push(args.map(String).join(' ')); original(...args); };
  }
  addEventListener('error', (e) => window.__log.error.push('uncaught: ' + (e.message || e.error)));
  addEventListener('error', (e) => e.target !== window && window.__log.error.push('failed to load ' + e.target.src), true);
  addEventListener('unhandledrejection', (e) => window.__log.error.push('unhandled: ' + e.reason));
  window.__log.globals = Object.getOwnPropertyNames(window);
  window.__log.symbolStatics = Object.getOwnPropertyNames(Symbol);
  for (const method of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) { window.__log.storageWrites++; return original.apply(this, args); };
  }
</script>`;

const frames: HTMLIFrameElement[] = [];
const blobs: string[] = [];
afterEach(() => {
  frames.splice(0).forEach((f) => f.remove());
  blobs.splice(0).forEach((url) => URL.revokeObjectURL(url));
});

/**
 * A fresh page with `scripts` in its head and `body`, loaded (module scripts have run, and the
 * elements `tags` are defined).
 */
async function page(scripts: string[], body = '<network-list></network-list>', tags = TAGS): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${INSTRUMENT}${scripts.join('')}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Frame;
  await Promise.all(tags.map((t) => win.customElements.whenDefined(t)));
  await nextFrame(win);
  return win;
}

/** Adds one more script to a loaded page and waits until it has run. */
async function addScript(win: Frame, src: string, module: boolean) {
  const script = win.document.createElement('script');
  if (module) script.type = 'module';
  script.src = src;
  const done = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`failed to load ${src}`)), { once: true });
  });
  win.document.head.append(script);
  await done;
  await nextFrame(win);
}

const nextFrame = (win: Window) => new Promise((r) => win.requestAnimationFrame(() => setTimeout(r)));
const es = (src = ES) => `<script type="module" src="${src}"></script>`;
const classic = (src = IIFE) => `<script src="${src}"></script>`;

/** The cards a `<network-list>` in the frame renders: the bundle works, not just loads. */
function cards(win: Frame): number {
  return win.document.querySelector('network-list')!.shadowRoot!.querySelectorAll('article').length;
}

/** Page-wide names a bundle added to the window. */
function newGlobals(win: Frame): string[] {
  const before = new Set([...win.__log.globals, '__log']);
  return Object.getOwnPropertyNames(win).filter((n) => !before.has(n));
}

/** A copy of a bundle that reports another version, served from a blob: URL. */
async function otherVersion(src: string, version: string): Promise<string> {
  const code = await (await fetch(src)).text();
  const quoted = new RegExp(`(["'\`])${pkg.version.replaceAll('.', '\\.')}\\1`, 'g');
  const copy = code.replace(quoted, `"${version}"`);
  expect(copy, `the bundle names its version ${pkg.version}`).not.to.equal(code);
  const url = URL.createObjectURL(new Blob([copy], { type: 'text/javascript' }));
  blobs.push(url);
  return url;
}

function expectQuiet(win: Frame, warnings: string[] = []) {
  expect(win.__log.error, 'errors').to.deep.equal([]);
  expect(win.__log.warn, 'warnings').to.deep.equal(warnings);
}

describe('script-tag bundles on a page', () => {
  for (const [name, script, globals] of [
    ['the ES module', es(), []],
    ['the classic script', classic(), ['NetworkElements']],
  ] as const) {
    it(`${name} registers the three elements and changes nothing else on the page`, async () => {
      const win = await page(
        [script],
        '<network-list></network-list><network-card network="energy-cities"></network-card><contact-box></contact-box>',
      );
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
      expect(cards(win)).to.equal(5);
      expectQuiet(win);
      // Globals: none for the module, the one namespace for the classic script.
      expect(newGlobals(win)).to.deep.equal([...globals]);
      expect(Object.getOwnPropertyNames(win.Symbol)).to.deep.equal(win.__log.symbolStatics);
      // No styles outside the shadow roots, no cookies, no storage.
      const doc = win.document;
      expect(doc.styleSheets.length, 'document style sheets').to.equal(0);
      expect(doc.adoptedStyleSheets.length, 'adopted style sheets').to.equal(0);
      expect(doc.querySelectorAll('style, link').length, '<style>/<link> in the page').to.equal(0);
      expect(doc.documentElement.getAttributeNames()).to.deep.equal(['lang']);
      expect(doc.body.getAttributeNames()).to.deep.equal([]);
      expect(doc.cookie).to.equal('');
      expect(win.__log.storageWrites, 'writes to storage').to.equal(0);
      // No request but the bundle itself: the Heidelberg feed is inside.
      const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(requests).to.deep.equal([script.includes(IIFE) ? IIFE : ES]);
    });
  }

  for (const [name, script] of [
    ['the ES module', es()],
    ['the classic script', classic()],
  ] as const) {
    it(`${name} is not changed by Lit's page-wide hooks that another script installed (polyfill support, ShadyCSS, hydration)`, async () => {
      // What Lit's polyfill-support.js and @lit-labs/ssr-client's hydrate support put on a page for
      // their own copy of Lit: each records that it was called.
      const hooks = [
        'litHtmlPolyfillSupport',
        'reactiveElementPolyfillSupport',
        'litElementPolyfillSupport',
        'litElementHydrateSupport',
      ];
      // And ShadyCSS's polyfill without native shadow DOM, which would turn Lit to <style> elements.
      const install = `<script>window.__hooked = []; for (const h of ${JSON.stringify(hooks)}) window[h] = () => window.__hooked.push(h);
        window.ShadyCSS = { nativeShadow: false }; window.litNonce = 'n0nce';</script>`;
      const win = await page([install, script]);
      expect(cards(win)).to.equal(5);
      expect((win as unknown as { __hooked: string[] }).__hooked, 'hooks called by the bundle').to.deep.equal([]);
      const root = win.document.querySelector('network-list')!.shadowRoot!;
      expect(root.querySelectorAll('style'), '<style> elements').to.have.length(0);
      expect(root.adoptedStyleSheets.length, 'constructed style sheets').to.be.above(0);
    });
  }

  it('exposes the classes and the version on the NetworkElements global of the classic script', async () => {
    const win = await page([classic()]);
    const ns = win.NetworkElements!;
    expect(ns.VERSION).to.equal(pkg.version);
    expect(win.customElements.get('network-list')).to.equal(ns.NetworkList);
    expect(win.customElements.get('network-card')).to.equal(ns.NetworkCard);
    expect(win.customElements.get('contact-box')).to.equal(ns.ContactBox);
    // The npm package's exports but the validator, which is a part of its own here: a page that
    // wants it imports network-elements.validate.js from beside the bundle.
    const validator = ['validateFeed', 'validateNetwork', 'SUPPORTED_MAJOR'];
    expect(Object.keys(ns).sort()).to.deep.equal(
      Object.keys(npmExports)
        .filter((k) => !validator.includes(k))
        .sort(),
    );
    const url = '/dist/cdn/network-elements.validate.js';
    const part = await import(/* @vite-ignore */ url);
    // With what the elements use of it: the checks of property data (src/feed/check.ts) and the
    // texts of the problems it finds and of ids a feed lacks (src/feed/messages.ts).
    const texts = [
      'checkFeed',
      'checkNetwork',
      'describeError',
      'describeInvalidNetwork',
      'describeMissing',
      'describeProblem',
      'translations',
      'renderFailure',
      'tryingAgain',
    ];
    // MAX_PROBLEMS: how many problems it keeps at most (`npx network-elements validate` says when it stopped counting).
    expect(Object.keys(part).sort()).to.deep.equal([...validator, 'MAX_PROBLEMS', ...texts].sort());
    expect(part.validateFeed(await (await fetch('/tests/frameworks/feed')).json()).problems).to.deep.equal([]);
  });
});

describe('a page whose customElements.define refuses one tag', () => {
  // A host's wrapper around customElements.define (a CMS's guard, a polyfill) that throws for one name.
  const refuse = (tag: string) => `<script>{
    const define = customElements.define.bind(customElements);
    customElements.define = (name, ...rest) => {
      if (name === '${tag}') throw new Error('refused by the page');
      return define(name, ...rest);
    };
  }</script>`;
  const body =
    '<network-list></network-list><network-card network="energy-cities"></network-card><contact-box></contact-box>';

  for (const [name, script] of [
    ['the ES module', es()],
    ['the classic script', classic()],
    ['the source (src/index.ts)', es('/src/index.ts')],
  ] as const) {
    for (const refused of TAGS) {
      it(`${name}: without <${refused}>, the other two register and render, and one error names <${refused}>`, async () => {
        const others = TAGS.filter((t) => t !== refused);
        const win = await page([refuse(refused), script], body, []);
        await waitUntil(() => others.every((t) => win.customElements.get(t)), `${others.join(' and ')} registered`, {
          timeout: 3000,
        });
        await nextFrame(win);
        expect(win.customElements.get(refused), refused).to.equal(undefined);
        for (const tag of others) {
          const shown = win.document.querySelector(tag)!.shadowRoot?.querySelector('article, address');
          expect(shown, `<${tag}> renders`).to.exist;
        }
        expect(win.__log.error).to.have.length(1);
        expect(win.__log.error[0]).to.include(`<${refused}>`).and.to.include('refused by the page');
        // The source runs Lit's development build, which says so.
        expect(win.__log.warn.filter((w) => !w.startsWith('Lit is in dev mode'))).to.deep.equal([]);
      });
    }
  }
});

describe('the script-tag bundle without the Heidelberg feed (network-elements.nodata.js)', () => {
  const NODATA = '/dist/cdn/network-elements.nodata.js';
  // The bundled feed as plain JSON, served by tests/frameworks/bundle-plugin.mjs: a partner's feed.
  const PARTNER_FEED = '/tests/frameworks/feed';

  it('shows a feed from src, firing feed-load', async () => {
    const win = await page([es(NODATA)], `<network-list src="${PARTNER_FEED}"></network-list>`);
    const list = win.document.querySelector('network-list')!;
    await waitUntil(() => cards(win) === 5, 'the partner feed is shown');
    expect(list.shadowRoot!.textContent).to.include('Energy Cities');
    expectQuiet(win);
    expect(newGlobals(win)).to.deep.equal([]);
  });

  it('without src or feed, each element says that no feed was given, in its language', async () => {
    const win = await page(
      [es(NODATA)],
      '<network-list lang="en"></network-list><network-card lang="en" network="eccar"></network-card><contact-box lang="de"></contact-box>',
    );
    const notice = (tag: string) =>
      win.document.querySelector(tag)!.shadowRoot!.querySelector('[part="notice"]')?.textContent;
    const EN = 'There is nothing to show here: the page does not say where the information comes from.';
    await waitUntil(() => notice('contact-box') !== 'Netzwerke werden geladen …', 'the wording has come');
    expect(notice('network-list')).to.equal(EN);
    expect(notice('network-card')).to.equal(EN);
    expect(notice('contact-box')).to.equal(
      'Hier kann nichts angezeigt werden: Die Seite gibt nicht an, woher die Informationen kommen.',
    );
    // No feed is asked for: only the part with the wording comes.
    const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(requests).to.deep.equal([NODATA, '/dist/cdn/network-elements.validate.js']);
    // The webmaster learns what to do in the console, once.
    expectQuiet(win, ['network-elements: no feed given: set the src attribute to a feed’s address']);
  });

  it('beside the full bundle: the first registration wins, no warning', async () => {
    const win = await page([es(), es(NODATA)]);
    expect(cards(win)).to.equal(5);
    expectQuiet(win);
  });
});

describe('script-tag bundles loaded twice', () => {
  it('the same module twice: one registration, no warning', async () => {
    const win = await page([es(), es()]);
    expect(cards(win)).to.equal(5);
    expectQuiet(win);
  });

  it('the same module under a second URL (a second instance): the first wins, no warning', async () => {
    const win = await page([es()]);
    const first = win.customElements.get('network-list');
    await addScript(win, `${ES}?again`, true);
    expect(win.customElements.get('network-list')).to.equal(first);
    expect(win.performance.getEntriesByType('resource').map((e) => e.name)).to.include(
      new URL(`${ES}?again`, location.href).href,
    );
    expect(cards(win)).to.equal(5);
    expectQuiet(win);
  });

  it('the classic script twice: the first registration wins, no warning', async () => {
    const win = await page([classic()]);
    const first = win.NetworkElements!.NetworkList;
    await addScript(win, `${IIFE}?again`, false);
    expect(win.NetworkElements!.NetworkList, 'the second copy ran').not.to.equal(first);
    expect(win.customElements.get('network-list')).to.equal(first);
    expect(cards(win)).to.equal(5);
    expectQuiet(win);
  });

  it('the classic script beside the ES module, in either order: no error, no warning', async () => {
    for (const scripts of [
      [classic(), es()],
      [es(), classic()],
    ]) {
      const win = await page(scripts);
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
      expect(cards(win)).to.equal(5);
      expectQuiet(win);
    }
  });

  it('the classic script, then another version: the first wins, and one warning names both versions', async () => {
    const win = await page([classic()]);
    const first = Object.fromEntries(TAGS.map((t) => [t, win.customElements.get(t)]));
    await addScript(win, await otherVersion(IIFE, '9.9.9-other'), false);
    expect(win.NetworkElements!.VERSION, 'the second copy ran').to.equal('9.9.9-other');
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(first[tag]);
    expect(win.__log.error).to.deep.equal([]);
    expect(win.__log.warn).to.have.length(1);
    expect(win.__log.warn[0]).to.include(pkg.version).and.to.include('9.9.9-other');
    expect(cards(win)).to.equal(5);
  });

  it('another version of the ES module, then this one: one warning names both versions', async () => {
    const win = await page([es(await otherVersion(ES, '0.0.1-older'))]);
    const first = win.customElements.get('network-list');
    await addScript(win, ES, true);
    expect(win.customElements.get('network-list')).to.equal(first);
    expect(win.__log.error).to.deep.equal([]);
    expect(win.__log.warn).to.have.length(1);
    expect(win.__log.warn[0]).to.include('0.0.1-older').and.to.include(pkg.version);
    expect(cards(win)).to.equal(5);
  });
});

describe('the parts the bundles load on first use (src/parts/)', () => {
  // The bundled feed as plain JSON, served by tests/frameworks/bundle-plugin.mjs: a partner's feed.
  const PARTNER_FEED = '/tests/frameworks/feed';
  const part = (name: string) => `/dist/cdn/network-elements.${name}.js`;
  const paths = (win: Frame) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  /** Each download the page starts: the vCard text; the link's click is recorded, not followed. */
  function catchDownloads(win: Frame) {
    const blobs: Blob[] = [];
    const create = win.URL.createObjectURL;
    win.URL.createObjectURL = (b: Blob) => (blobs.push(b), create(b));
    win.HTMLAnchorElement.prototype.click = () => {};
    return blobs;
  }
  /** The partner feed (the bundled one, as plain JSON) with its first network renamed: not what the bundle holds. */
  async function partnerData() {
    const data = await (await fetch(PARTNER_FEED)).json();
    data.networks[0].name = { de: 'Testnetz', en: 'Test network' };
    return data;
  }
  type Shown = HTMLElement & { updateComplete: Promise<boolean>; feed?: unknown; network?: unknown };
  /** An element given `props` before it is on the page; `renders` records what its shadow root shows after each render. */
  function add(win: Frame, tag: string, props: Record<string, unknown>, attributes = 'lang="en"') {
    const holder = win.document.createElement('div');
    holder.innerHTML = `<${tag} ${attributes}></${tag}>`;
    const el = Object.assign(holder.firstElementChild!, props) as unknown as Shown;
    const renders: string[] = [];
    win.document.body.append(el);
    new win.MutationObserver(() => renders.push(el.shadowRoot!.textContent!)).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    return { el, renders };
  }
  /**
   * The parts whose failure the console reported, in order: each error must name the file beside
   * the bundle (`bundle`'s folder) and the likely causes, and nothing else may be logged as an error.
   */
  const partsThatFailed = (win: Frame, bundle: string) =>
    win.__log.error.map((e) => {
      const folder = new URL(bundle, location.href).href.replace(/[^/]+$/, '');
      const m =
        /^(?:Error: )?network-elements: (\S+)network-elements\.([\w-]+)\.js could not be loaded \(offline, missing, or no CORS\)$/.exec(
          e,
        );
      expect(m, `a console error that names a part and its causes: ${e}`).to.not.equal(null);
      expect(m![1], 'the address beside the bundle').to.equal(folder);
      return m![2];
    });

  const saveButtons = (win: Frame) => [
    ...win.document
      .querySelector('contact-box')!
      .shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="save"]'),
  ];

  for (const [name, script, bundle] of [
    ['the ES module', es(), ES],
    ['the classic script', classic(), IIFE],
  ] as const) {
    it(`${name}: each part is requested once, from beside the bundle, when first used; the feed once`, async () => {
      const win = await page(
        [script],
        `<network-list lang="en" src="${PARTNER_FEED}" structured-data></network-list>
         <network-list lang="en" src="${PARTNER_FEED}" searchable></network-list>
         <contact-box lang="en"></contact-box>`,
      );
      const [first, second] = [...win.document.querySelectorAll('network-list')] as (HTMLElement & {
        updateComplete: Promise<boolean>;
      })[];
      await waitUntil(
        () => [first, second].every((l) => l.shadowRoot!.querySelectorAll('article').length === 5),
        'both lists show the feed',
      );
      await first.updateComplete;
      const ld = first.querySelector('script[type="application/ld+json"]');
      expect(JSON.parse(ld!.textContent!)['@graph'][0].numberOfItems, 'the JSON-LD').to.equal(5);
      const field = second.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      expect(paths(win), 'no search code before the reader types').not.to.include(part('search'));
      field.value = 'klima';
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => second.shadowRoot!.querySelectorAll('article').length === 1, 'the search to apply');
      expect(paths(win), 'no vCard writer before a click').not.to.include(part('vcard'));
      const blobs = catchDownloads(win);
      saveButtons(win)[0].click();
      await waitUntil(() => blobs.length === 1, 'the first vCard');
      saveButtons(win)[1].click();
      await waitUntil(() => blobs.length === 2, 'the second vCard');
      expect(await blobs[1].text()).to.include('FN:Lisa Güthermann');
      expect(paths(win).sort()).to.deep.equal(
        [bundle, part('json-ld'), part('remote'), part('search'), part('vcard'), PARTNER_FEED].sort(),
      );
      expectQuiet(win);
      expect(newGlobals(win)).to.deep.equal(bundle === IIFE ? ['NetworkElements'] : []);
    });
  }

  for (const [name, script, bundle] of [
    ['the ES module', es(), ES],
    ['the classic script', classic(), IIFE],
  ] as const) {
    it(`${name}: the validator is requested once, when a feed property or a network object is first shown, and shown first`, async () => {
      const win = await page(
        [script],
        '<network-list lang="en"></network-list><network-card lang="en" network="eccar"></network-card><contact-box lang="en"></contact-box>',
      );
      await nextFrame(win);
      expect(paths(win), 'not for the bundled feed').to.deep.equal([bundle]);
      const data = await partnerData();
      const invalid = { ...data, networks: [{ ...data.networks[1], name: 42 }] };
      const list = add(win, 'network-list', { feed: data });
      const broken = add(win, 'network-list', { feed: invalid });
      const card = add(win, 'network-card', { network: data.networks[0] }, 'lang="en" structured-data');
      // In German too: the validator part brings the texts of the problems it finds, and their German.
      const brokenDe = add(win, 'network-list', { feed: invalid }, 'lang="de"');
      const cardDe = add(win, 'network-card', { network: { ...data.networks[0], name: 42 } }, 'lang="de"');
      // updateComplete covers the validator's load: no waiting beyond it.
      await Promise.all([list, broken, card, brokenDe, cardDe].map(({ el }) => el.updateComplete));
      const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
      const lines = [...brokenDe.el.shadowRoot!.querySelectorAll('[part="error"] :is(p, li)')].map((n) =>
        clean(n.textContent),
      );
      // The sentence, the way on (the page the feed names as its source), and the details.
      expect(lines).to.deep.equal([
        'Diese Informationen enthalten Fehler und können nicht angezeigt werden.',
        'Zu den Informationen auf www.heidelberg.de',
        'Die Daten sind kein gültiger Netzwerk-Feed.',
        'networks[0].name: muss ein Objekt sein',
      ]);
      expect(brokenDe.renders[0]).to.include('Diese Informationen enthalten Fehler und können nicht angezeigt werden.');
      expect(clean(cardDe.el.shadowRoot!.querySelector('[part="notice"]')!.textContent)).to.equal(
        'Dieses Netzwerk kann nicht angezeigt werden: Seine Daten enthalten Fehler.',
      );
      expect(list.el.shadowRoot!.querySelectorAll('article')).to.have.length(5);
      expect(list.el.shadowRoot!.textContent).to.include('Test network');
      expect(broken.el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include(
        'This information contains errors and cannot be shown.',
      );
      expect(card.el.shadowRoot!.querySelector('[part="card-heading"]')!.textContent).to.include('Test network');
      await card.el.updateComplete;
      expect(
        JSON.parse(card.el.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'][0].name,
      ).to.equal('Test network');
      // The first render already shows the checked data or its problems: no bundled feed, no loading message, before it.
      expect(list.renders[0]).to.include('Test network');
      expect(broken.renders[0]).to.include('This information contains errors and cannot be shown.');
      expect(card.renders[0]).to.include('Test network');
      // An element already on the page takes a feed the same way.
      const first = win.document.querySelector<Shown>('network-list')!;
      first.feed = invalid;
      await first.updateComplete;
      expect(
        [...first.shadowRoot!.querySelectorAll('[part="error"] :is(p, li)')].map((n) => clean(n.textContent)),
        'the message of the element already on the page',
      ).to.deep.equal([
        'This information contains errors and cannot be shown.',
        'Read this information on www.heidelberg.de',
        'The data is not a valid network feed.',
        'networks[0].name: must be an object',
      ]);
      expect(
        paths(win).filter((p) => p === part('validate')),
        'the validator, once',
      ).to.have.length(1);
      expect(paths(win).sort()).to.deep.equal([bundle, part('json-ld'), part('validate')].sort());
      // Each invalid object told once in the console, with its problems (the same feed thrice).
      expectQuiet(win, [
        'network-elements: the feed property: The data is not a valid network feed.\n  networks[0].name: must be an object',
        'network-elements: the network object given to <network-card> is not valid:\n  name: must be an object',
      ]);
    });

    it(`${name}: an id the bundled feed lacks is worded, in the reader's language, by the validator part, loaded for it once`, async () => {
      const win = await page(
        [script],
        `<network-list lang="de" category="nope"></network-list><network-card lang="en" network="nope"></network-card>
         <network-card lang="de"></network-card><contact-box lang="de" contact="nobody"></contact-box>`,
      );
      const shown = [...win.document.querySelectorAll<Shown>('network-list, network-card, contact-box')];
      // updateComplete covers the part's load.
      await Promise.all(shown.map((el) => el.updateComplete));
      expect(shown.map((el) => el.shadowRoot!.querySelector('[part="notice"]')?.textContent)).to.deep.equal([
        'Die Kategorie „nope“ wurde nicht gefunden.',
        'The network “nope” was not found.',
        'Hier wurde kein Netzwerk zum Anzeigen ausgewählt.',
        'Der Kontakt „nobody“ wurde nicht gefunden.',
      ]);
      expect(paths(win).sort()).to.deep.equal([bundle, part('validate')].sort());
      // Which attribute to mend: for webmasters, in the console.
      expectQuiet(win, [
        'network-elements: the feed has no category “nope”: see the category attribute of <network-list>',
        'network-elements: the feed has no network “nope”: see the network attribute of <network-card>',
        'network-elements: <network-card> has no network: set its network attribute to a network’s id',
        'network-elements: the feed has no contact “nobody”: see the contact attribute of <contact-box>',
      ]);
    });

    it(`${name}: a network object's JSON-LD follows once a slow validator has checked it`, async () => {
      const slow = `/__security/cdn/slow-validator-${bundle === ES ? 'es' : 'iife'}/${bundle.split('/').at(-1)}`;
      const win = await page(
        [bundle === ES ? es(slow) : classic(slow)],
        '<network-list lang="en" structured-data></network-list>',
      );
      const list = win.document.querySelector('network-list')!;
      // The schema.org part is there (the list's JSON-LD), the validator not yet.
      await waitUntil(() => list.querySelector('script[type="application/ld+json"]'), 'the list’s JSON-LD');
      const data = await partnerData();
      const card = add(win, 'network-card', { network: data.networks[0] }, 'lang="en" structured-data');
      // Held at most a second, then "Loading…"; then the network, and its JSON-LD.
      await waitUntil(() => card.el.shadowRoot!.querySelector('[part="card-heading"]'), 'the card', { timeout: 5000 });
      await card.el.updateComplete;
      const ld = card.el.querySelector('script[type="application/ld+json"]');
      expect(JSON.parse(ld!.textContent!)['@graph'][0].name).to.equal('Test network');
    });

    it(`${name}: what a search found is said in the reader's language, in words the search part brings`, async () => {
      const win = await page([script], '<network-list lang="de" searchable></network-list>');
      const list = win.document.querySelector<Shown>('network-list')!;
      const say = (words: string) => {
        const input = list.shadowRoot!.querySelector('input')!;
        input.value = words;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      };
      const found = () => list.shadowRoot!.querySelector('[part="results"]')!.textContent;
      say('bundnis');
      await waitUntil(() => found() === '1 Netzwerk gefunden', 'the number found');
      say('zzz');
      await waitUntil(() => found() === 'Keine Netzwerke gefunden', 'nothing found');
      expect(list.shadowRoot!.querySelector('[part="no-results"] button')!.textContent).to.equal(
        'Alle Netzwerke anzeigen',
      );
      expect(paths(win).sort()).to.deep.equal([bundle, part('search')].sort());
      expectQuiet(win);
    });

    it(`${name}: a failed src load is described in the reader's language by the remote part`, async () => {
      const missing = '/tests/frameworks/no-such-feed.json';
      const win = await page(
        [script],
        `<network-list lang="de" src="${missing}"></network-list><network-list lang="en" src="${missing}"></network-list>`,
      );
      const [de, en] = [...win.document.querySelectorAll('network-list')];
      await waitUntil(
        () => de.shadowRoot!.querySelector('[part="error"]') && en.shadowRoot!.querySelector('[part="error"]'),
        'both messages',
      );
      const lines = (el: Element) =>
        [...el.shadowRoot!.querySelectorAll('[part="error"] :is(p, summary)')].map((p) => p.textContent);
      expect(lines(de)).to.deep.equal([
        'Diese Informationen wurden nicht gefunden.',
        'Technische Details (für Webmaster)',
        'Der Netzwerk-Feed wurde nicht gefunden (HTTP 404).',
      ]);
      expect(lines(en)).to.deep.equal([
        'This information could not be found.',
        'Technical details (for webmasters)',
        'The network feed was not found (HTTP 404).',
      ]);
      // One failure, told once in the console, with the address.
      expectQuiet(win, [
        `network-elements: ${new URL(missing, win.document.baseURI).href}: The network feed was not found (HTTP 404).`,
      ]);
      expect(de.shadowRoot!.querySelector('[part="retry"]')!.textContent!.trim()).to.equal('Erneut versuchen');
      // The feed was asked for once (both messages tell its 404), and nothing else was loaded. Its
      // timing entry is not awaited: WebKit keeps none for a response whose body is cancelled
      // unread, as the element does with an error page.
      const loaded = paths(win);
      expect(loaded.filter((p) => p === missing).length, 'requests of the feed').to.be.at.most(1);
      expect(loaded.filter((p) => p !== missing).sort()).to.deep.equal([bundle, part('remote')].sort());
    });

    it(`${name}: a feed from src is asked for beside the remote part, not after it, once for its elements`, async () => {
      const file = bundle.split('/').at(-1);
      const slow = `/__security/cdn/slow-remote-${bundle === ES ? 'es' : 'iife'}-early`;
      const feed = route('good');
      const win = await page(
        [bundle === ES ? es(`${slow}/${file}`) : classic(`${slow}/${file}`)],
        `<div><network-list lang="en" src="${feed.url}"></network-list></div>`,
      );
      // Moved within the page while the part is on its way: the request stays. Another element
      // for the feed joins it.
      await until(async () => (await feed.stats()).requests === 1, 'the feed asked for');
      const list = win.document.querySelector<Shown>('network-list')!;
      win.document.body.append(list);
      add(win, 'network-card', { src: feed.absolute }, 'lang="en" network="eccar"');
      await waitUntil(() => list.shadowRoot!.querySelectorAll('article').length === 5, 'the feed shown', {
        timeout: 10_000,
      });
      const entry = (path: string) =>
        win.performance
          .getEntriesByType('resource')
          .find((e) => new URL(e.name).pathname === path) as PerformanceResourceTiming;
      const remote = entry(`${slow}/network-elements.remote.js`);
      expect(entry('/__feeds/good').startTime, 'the feed asked for before the part’s answer').to.be.below(
        remote.responseStart,
      );
      const { requests, aborted } = await feed.stats();
      expect({ requests, aborted }).to.deep.equal({ requests: 1, aborted: 0 });
      expectQuiet(win);
    });

    it(`${name}: a feed whose elements left while the remote part was on its way is not kept: its request is aborted when the part is here`, async () => {
      const file = bundle.split('/').at(-1);
      const slow = `/__security/cdn/slow-remote-${bundle === ES ? 'es' : 'iife'}-removed`;
      const feed = route('never');
      const win = await page(
        [bundle === ES ? es(`${slow}/${file}`) : classic(`${slow}/${file}`)],
        `<network-list lang="en" src="${feed.url}"></network-list><network-list lang="de" src="${feed.url}"></network-list>`,
      );
      await until(async () => (await feed.stats()).requests === 1, 'the feed asked for');
      win.document.querySelectorAll('network-list').forEach((list) => list.remove());
      await until(async () => (await feed.stats()).aborted === 1, 'the request aborted');
      // The part arrived (it answers after 1.5 s) and made no request of its own.
      expect(
        win.performance.getEntriesByName(new URL(`${slow}/network-elements.remote.js`, win.document.baseURI).href),
      ).to.have.length(1);
      await sleep(200);
      expect((await feed.stats()).requests, 'requests of the feed').to.equal(1);
      expectQuiet(win);
    });

    it(`${name}: an http: feed on an https: page, which browsers block, is never requested: the reader is told at once`, async () => {
      const file = bundle.split('/').at(-1);
      // The page's base is https: (a frame's location cannot be); the scripts keep their own address.
      const slow = new URL(
        `/__security/cdn/slow-remote-${bundle === ES ? 'es' : 'iife'}-mixed/${file}`,
        document.baseURI,
      ).href;
      const feed = 'http://partner.example/network-feed.json';
      const win = await page(
        [
          '<base href="https://partner.example/">',
          `<script>window.__fetched = []; const f = fetch; window.fetch = (u, ...r) => (__fetched.push(String(u)), f(u, ...r));</script>`,
          `<script>window.__kinds = []; document.addEventListener('feed-error', (e) => window.__kinds.push(e.kind));</script>`,
          bundle === ES ? es(slow) : classic(slow),
        ],
        `<network-list lang="en" src="${feed}"></network-list>`,
      );
      const seen = win as unknown as { __fetched: string[]; __kinds: string[] };
      await waitUntil(() => seen.__kinds.length, 'the failure', { timeout: 6000 });
      expect(seen.__kinds).to.deep.equal(['insecure']);
      expect(seen.__fetched, 'requests').to.deep.equal([]);
    });
  }

  for (const [name, src, module] of [
    ['the ES module', '/__security/cdn/missing/network-elements.js', true],
    ['the classic script', '/__security/cdn/missing/network-elements.iife.js', false],
  ] as const) {
    it(`${name} without its parts (not copied, offline, no CORS): src and Save contact say so to the reader, the console names each file`, async () => {
      const win = await page(
        [module ? es(src) : classic(src)],
        `<script>window.__kinds = []; document.addEventListener('feed-error', (e) => window.__kinds.push(e.kind));</script>
         <network-list lang="de" src="${PARTNER_FEED}" structured-data></network-list>
         <contact-box lang="de" structured-data></contact-box>`,
      );
      const list = win.document.querySelector('network-list')!;
      const box = win.document.querySelector('contact-box')!;
      await waitUntil(() => list.shadowRoot!.querySelector('[part="error"]'), 'the error message');
      const error = () => list.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim();
      const message = 'Laden fehlgeschlagen. Bitte versuchen Sie es später noch einmal.';
      expect(list.shadowRoot!.querySelector('[part="status"]')!.textContent).to.include(message);
      expect(error(), 'the message').to.equal(message);
      expect(list.shadowRoot!.querySelector('[part="retry"]')!.textContent!.trim()).to.equal('Erneut versuchen');
      // The event names the cause for the webmaster: a part of the library, not the feed.
      expect((win as unknown as { __kinds: string[] }).__kinds).to.deep.equal(['part']);
      // Retry tries the loader again, and says so again.
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => (win as unknown as { __kinds: string[] }).__kinds.length === 2, 'the second failure');
      expect((win as unknown as { __kinds: string[] }).__kinds).to.deep.equal(['part', 'part']);
      await list.updateComplete;
      expect(error(), 'the message after Retry').to.equal(message);
      // Save contact: a message beside the button, announced; no download.
      const blobs = catchDownloads(win);
      saveButtons(win)[1].click();
      await waitUntil(() => box.shadowRoot!.querySelector('[part="error"]'), 'the message beside the button');
      const alert = box.shadowRoot!.querySelector('[part="contact"]:nth-child(2) [part="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.equal('Speichern fehlgeschlagen. Bitte versuchen Sie es später noch einmal.');
      expect(blobs).to.deep.equal([]);
      // Without its builder, no JSON-LD: nothing broken, nothing shown.
      expect(box.querySelectorAll('script')).to.have.length(0);
      expect(box.shadowRoot!.querySelectorAll('address')).to.have.length(2);
      // The feed was asked for beside the loader, once for each try (and aborted when it failed).
      expect(paths(win).filter((p) => p.includes('feed')).length, 'requests of the feed').to.be.at.most(2);
      // The console names each file that failed, where it was looked for, and the likely causes;
      // nothing else is logged.
      await waitUntil(() => win.__log.error.some((e) => e.includes('json-ld')), 'the JSON-LD builder’s failure');
      expect(new Set(partsThatFailed(win, src))).to.deep.equal(new Set(['remote', 'vcard', 'json-ld']));
      expect(win.__log.warn, 'warnings').to.deep.equal([]);
    });

    it(`${name} without its parts: the feed's request, made beside the remote part, is aborted when the part fails`, async () => {
      const feed = route('never');
      const win = await page(
        [module ? es(src) : classic(src)],
        `<network-list lang="en" src="${feed.url}"></network-list>`,
      );
      const list = win.document.querySelector('network-list')!;
      await waitUntil(() => list.shadowRoot!.querySelector('[part="error"]'), 'the error message');
      await until(async () => (await feed.stats()).aborted === 1, 'the request aborted');
      expect((await feed.stats()).requests, 'requests of the feed').to.equal(1);
    });

    it(`${name} without its parts: an id the feed lacks, first thing on the page, ends in saying so`, async () => {
      const win = await page(
        [module ? es(src) : classic(src)],
        '<network-card lang="de" network="nope"></network-card>',
      );
      const card = win.document.querySelector<Shown>('network-card')!;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal(
        'Laden fehlgeschlagen. Bitte versuchen Sie es später noch einmal.',
      );
      expect(partsThatFailed(win, src)).to.deep.equal(['validate']);
    });

    it(`${name} without its parts: a feed property or a network object says so in the reader's language`, async () => {
      const win = await page([module ? es(src) : classic(src)], '<network-list lang="de" searchable></network-list>');
      const kinds: string[] = [];
      win.document.addEventListener('feed-error', (e) => kinds.push((e as unknown as { kind: string }).kind));
      const data = await partnerData();
      const list = add(win, 'network-list', { feed: data }, 'lang="de"');
      const card = add(win, 'network-card', { network: data.networks[0] }, 'lang="de"');
      await Promise.all([list, card].map(({ el }) => el.updateComplete));
      const offline = 'Laden fehlgeschlagen. Bitte versuchen Sie es später noch einmal.';
      expect(list.el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include(offline);
      expect(list.el.shadowRoot!.querySelector('[part="retry"]'), 'no Retry: the data is the page’s own').to.equal(
        null,
      );
      expect(card.el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include(offline);
      // An id the feed lacks, whose words come with that part too.
      const lost = add(win, 'network-card', { network: 'nope' }, 'lang="de"');
      await lost.el.updateComplete;
      expect(lost.el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal(offline);
      expect(kinds).to.deep.equal(['part']);
      // Later updates (a language change, new data) neither ask for the part again nor report again.
      const asked = paths(win).filter((p) => p.endsWith('network-elements.validate.js')).length;
      list.el.setAttribute('lang', 'en');
      card.el.setAttribute('lang', 'en');
      await Promise.all([list, card].map(({ el }) => el.updateComplete));
      expect(kinds, 'one feed-error after a language change').to.deep.equal(['part']);
      (list.el as unknown as { feed: unknown }).feed = { ...data };
      await Promise.all([list, card].map(({ el }) => el.updateComplete));
      expect(list.el.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim()).to.equal(
        'Loading failed. Please try again later.',
      );
      expect(kinds, 'one feed-error').to.deep.equal(['part']);
      expect(
        paths(win).filter((p) => p.endsWith('network-elements.validate.js')),
        'no new request',
      ).to.have.length(asked);
      // Never the data unchecked, nor the bundled feed in its place.
      for (const r of [...list.renders, ...card.renders])
        expect(r).not.to.include('Testnetz').and.not.to.include('Energy Cities');
      // The bundled feed needs no part.
      const searchable = win.document.querySelector('network-list')!;
      expect(searchable.shadowRoot!.querySelectorAll('article')).to.have.length(5);
      // Without its search part, a searchable list keeps its field and buttons under the reader's
      // hands: typing (the one bundle) finds networks by name, in any case; a category button (the
      // other) filters. It asks for the part once, whatever updates follow.
      const names = () =>
        [...searchable.shadowRoot!.querySelectorAll('[part="card-heading"]')].map((h) => h.textContent);
      if (module) {
        const input = searchable.shadowRoot!.querySelector('input')!;
        input.focus();
        input.value = 'KLIMA';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await waitUntil(() => names().length === 1, 'the list filtered by the typed words');
        expect(names()[0]).to.include('Klima-Bündnis');
        expect(searchable.shadowRoot!.activeElement === input, 'the field keeps the focus').to.equal(true);
        expect(input.value, 'and the text typed').to.equal('KLIMA');
      } else {
        const button = searchable.shadowRoot!.querySelector<HTMLButtonElement>('[part="filters"] button:nth-child(3)')!;
        button.click();
        await waitUntil(() => names().length === 3, 'the list filtered by the category');
        expect(button.getAttribute('aria-pressed')).to.equal('true');
      }
      searchable.setAttribute('lang', 'en');
      await searchable.updateComplete;
      expect(searchable.shadowRoot!.querySelector('search'), 'the search stays').to.exist;
      expect(names()).to.have.length(module ? 1 : 3);
      expect(
        paths(win).filter((p) => p.endsWith('network-elements.search.js')),
        'asked for once',
      ).to.have.length(1);
      expect(partsThatFailed(win, src)).to.include('search');
      expect(win.__log.warn, 'warnings').to.deep.equal([]);
    });
  }

  describe('from a CDN that sends no CORS headers (another origin)', () => {
    // The page is on this origin (localhost); the scripts come from 127.0.0.1, which sends no
    // Access-Control-Allow-Origin: a classic script loads, the modules it imports do not.
    const other = (file: string) => `http://127.0.0.1:${location.port}/__security/cdn/no-cors/${file}`;
    const body = `<network-list lang="de" src="${PARTNER_FEED}" searchable structured-data></network-list>
      <contact-box lang="de"></contact-box>`;

    it('the classic script loads, its parts do not: the reader gets a true message and a search that works; the console names each file', async () => {
      const src = other('network-elements.iife.js');
      const win = await page([classic(src)], body);
      const list = win.document.querySelector('network-list')!;
      await waitUntil(() => list.shadowRoot!.querySelector('[part="error"]'), 'the message');
      expect(list.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim()).to.equal(
        'Laden fehlgeschlagen. Bitte versuchen Sie es später noch einmal.',
      );
      await waitUntil(() => win.__log.error.some((e) => e.includes('remote')), 'the console error');
      expect(partsThatFailed(win, src)).to.include('remote');
    });

    for (const [name, script] of [
      ['network-elements.all.iife.js (classic)', classic(other('network-elements.all.iife.js'))],
      ['network-elements.all.js (module, same origin)', es('/dist/cdn/network-elements.all.js')],
    ] as const) {
      it(`${name}: every part is inside: src, search, Save contact and JSON-LD work with no other request`, async () => {
        const win = await page([script], body);
        const list = win.document.querySelector('network-list')!;
        const box = win.document.querySelector('contact-box')!;
        await waitUntil(() => list.shadowRoot!.querySelectorAll('article').length === 5, 'the feed from src');
        // Search, with the words the search part brings.
        const input = list.shadowRoot!.querySelector('input')!;
        input.value = 'klima';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        const found = () => list.shadowRoot!.querySelectorAll('article').length;
        await waitUntil(() => found() < 5, 'the search applied');
        expect(list.shadowRoot!.querySelector('[part="results"]')!.textContent).to.equal(
          found() === 1 ? '1 Netzwerk gefunden' : `${found()} Netzwerke gefunden`,
        );
        // Save contact: a vCard.
        const blobs = catchDownloads(win);
        saveButtons(win)[0].click();
        await waitUntil(() => blobs.length === 1, 'the vCard');
        expect(await blobs[0].text()).to.include('BEGIN:VCARD');
        // JSON-LD, once the page has been painted.
        await waitUntil(() => list.querySelector('script[type="application/ld+json"]'), 'the JSON-LD');
        // A feed property, checked by the validator inside.
        const data = await partnerData();
        const checked = add(win, 'network-list', { feed: data }, 'lang="de"');
        await checked.el.updateComplete;
        expect(checked.el.shadowRoot!.textContent).to.include('Testnetz');
        expect(box.shadowRoot!.querySelectorAll('address')).to.have.length(2);
        // Nothing asked for but the script and the feed.
        const requests = win.performance.getEntriesByType('resource').map((e) => e.name);
        expect(
          requests.filter((r) => r.includes('network-elements.')),
          'the one script',
        ).to.have.length(1);
        expect(requests.filter((r) => !r.includes('network-elements.'))).to.deep.equal([
          new URL(PARTNER_FEED, location.href).href,
        ]);
        expect(win.__log.error, 'errors').to.deep.equal([]);
        expect(win.__log.warn, 'warnings').to.deep.equal([]);
      });
    }

    it('network-elements.all.js with the integrity the build wrote loads; with another hash the browser refuses it', async () => {
      const hashes = await (await fetch('/__security/cdn/no-cors/integrity.json')).json();
      const tag = (hash: string) =>
        // The file as built: the test server's own /dist/ passes scripts through its transforms.
        `<script type="module" src="/__security/cdn/no-cors/network-elements.all.js" integrity="${hash}" crossorigin="anonymous"></script>`;
      const win = await page([tag(hashes['network-elements.all.js'])]);
      expect(cards(win)).to.equal(5);
      const wrong = hashes['network-elements.js'];
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><head>${INSTRUMENT}${tag(wrong)}</head><body><network-list></network-list></body></html>`;
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      frames.push(frame);
      await loaded;
      await nextFrame(frame.contentWindow!);
      expect(frame.contentWindow!.customElements.get('network-list'), 'not run').to.equal(undefined);
    });
  });
});
