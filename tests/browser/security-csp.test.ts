/**
 * The built script-tag bundles under a strict Content-Security-Policy with Trusted Types
 * (tests/server/security.mjs serves the page with the header). wtr's own page needs inline
 * scripts, so each page opens in a same-origin iframe and is inspected from here.
 */
import { expect } from '@open-wc/testing';
import { expectInert, openFrame, settle, shadowText, until, type Probe } from '../fixtures/security-helpers.js';
import { hostileFeed, hostileNetwork, TEXT_PAYLOADS, URL_PAYLOADS } from '../fixtures/xss-payloads.js';

type Frame = Awaited<ReturnType<typeof openFrame>>;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function open(url: string): Promise<Frame> {
  const f = await openFrame(url);
  frames.push(f.frame);
  return f;
}

function elements(doc: Document) {
  return {
    list: doc.querySelector('network-list')!,
    card: doc.querySelector('network-card')!,
    box: doc.querySelector('contact-box')!,
  };
}

/** Waits until all three elements show content: networks, the card's heading, the contacts. */
async function rendered(doc: Document, networks: number) {
  const { list, card, box } = elements(doc);
  const probe = (doc.defaultView as unknown as { __probe: Probe }).__probe;
  await until(
    () =>
      list.shadowRoot?.querySelectorAll('article').length === networks &&
      card.shadowRoot?.querySelector('[part="card-heading"]') &&
      box.shadowRoot?.querySelector('address'),
    () => `the elements to render (the page saw ${JSON.stringify(probe)})`,
  );
  await settle();
}

function expectClean(probe: Probe) {
  expect(probe.violations, 'securitypolicyviolation events').to.deep.equal([]);
  expect(probe.errors, 'uncaught errors').to.deep.equal([]);
}

/** The shadow styles (adoptedStyleSheets) apply: card borders, the grid, list resets. */
function expectStyled(doc: Document) {
  const { list, card, box } = elements(doc);
  const view = doc.defaultView!;
  const article = card.shadowRoot!.querySelector('article')!;
  expect(view.getComputedStyle(article).borderTopStyle, 'card border').to.equal('solid');
  expect(view.getComputedStyle(article).borderTopWidth).to.equal('1px');
  expect(view.getComputedStyle(list.shadowRoot!.querySelector('[part="list"]')!).display, 'card grid').to.equal('grid');
  expect(view.getComputedStyle(box.shadowRoot!.querySelector('[part="contacts"]')!).listStyleType).to.equal('none');
  const heading = list.shadowRoot!.querySelector('[part="category-heading"]')!;
  const hostSize = parseFloat(view.getComputedStyle(list).fontSize);
  expect(parseFloat(view.getComputedStyle(heading).fontSize), 'category heading 1.5em').to.be.closeTo(
    1.5 * hostSize,
    0.01,
  );
}

describe('security: strict CSP with Trusted Types', () => {
  it('the test page really is under the policy: inline script and style are refused and reported', async () => {
    const { doc, probe } = await open('/__security/csp.html?bundle=es&feed=bundled&canary');
    await rendered(doc, 5);
    const win = doc.defaultView as unknown as { __inlineRan?: boolean };
    expect(win.__inlineRan, 'inline script ran').to.equal(undefined);
    expect(doc.defaultView!.getComputedStyle(doc.querySelector('p')!).color).not.to.equal('rgb(255, 0, 0)');
    const directives = probe.violations.map((v) => v.directive);
    expect(directives).to.include('script-src-elem');
    expect(directives).to.include('style-src-attr');
    // Trusted Types are enforced: a plain string into an HTML sink throws.
    expect(() => (doc.createElement('div').innerHTML = '<b>x</b>')).to.throw();
  });

  for (const bundle of ['es', 'iife']) {
    for (const feed of ['bundled', 'remote']) {
      it(`${bundle === 'es' ? 'ES module' : 'classic script'} bundle, ${feed} feed: renders styled content with no violation`, async () => {
        const { doc, probe } = await open(`/__security/csp.html?bundle=${bundle}&feed=${feed}`);
        // The partner feed (remote) has the 3 topic-specific networks; the bundled one has 5.
        await rendered(doc, feed === 'remote' ? 3 : 5);
        if (feed === 'remote') {
          await until(() => probe.loads === 3, 'three feed-load events');
          expect(elements(doc).list.shadowRoot!.querySelectorAll('[part="category"]')).to.have.length(1);
        }
        const { list, card, box } = elements(doc);
        expect(shadowText(card)).to.include('Energy Cities');
        expect(shadowText(list)).to.include('European Networks');
        expect(box.shadowRoot!.querySelectorAll('[part="contact"]')).to.have.length(2);
        expectStyled(doc);
        expectClean(probe);
      });
    }
  }

  for (const bundle of ['es', 'iife']) {
    it(`${bundle === 'es' ? 'ES module' : 'classic script'} bundle: the parts loaded on first use (src, structured-data, searchable, Save contact) work with no violation`, async () => {
      const { doc, probe } = await open(`/__security/csp.html?bundle=${bundle}&feed=remote`);
      await rendered(doc, 3);
      const { list, box } = elements(doc);
      const view = doc.defaultView as Window & typeof globalThis;
      for (const el of [list, box]) el.setAttribute('structured-data', '');
      list.setAttribute('searchable', '');
      await Promise.all(
        [list, box].map((el) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete),
      );
      expect(list.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect(box.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      const field = list.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      field.value = 'klima';
      field.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true }));
      await until(() => list.shadowRoot!.querySelectorAll('article').length === 1, 'the search to apply');
      // Save contact: the download is caught where the element hands it to the browser.
      const blobs: Blob[] = [];
      const create = view.URL.createObjectURL;
      view.URL.createObjectURL = (b: Blob) => (blobs.push(b), create(b));
      view.HTMLAnchorElement.prototype.click = () => {};
      box.shadowRoot!.querySelector<HTMLButtonElement>('button[part="save"]')!.click();
      await until(() => blobs.length, 'the vCard');
      expect(await blobs[0].text()).to.match(/^BEGIN:VCARD\r\n/);
      const parts = view.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/dist/cdn/'))
        .sort();
      const main = bundle === 'es' ? 'network-elements.js' : 'network-elements.iife.js';
      expect(parts).to.deep.equal(
        [
          main,
          'network-elements.json-ld.js',
          'network-elements.remote.js',
          'network-elements.search.js',
          'network-elements.vcard.js',
        ]
          .map((f) => `/dist/cdn/${f}`)
          .sort(),
      );
      await settle();
      expectClean(probe);
    });
  }

  for (const bundle of ['es', 'iife']) {
    it(`${bundle === 'es' ? 'ES module' : 'classic script'} bundle: hostile feeds set as properties cause no violation under Trusted Types either`, async () => {
      const { doc, probe } = await open(`/__security/csp.html?bundle=${bundle}&feed=bundled`);
      await rendered(doc, 5);
      const { list, card, box } = elements(doc);
      const payloads = [
        ...TEXT_PAYLOADS.map((p) => [p, 'https://example.org/']),
        ...URL_PAYLOADS.map((u) => ['Text', u]),
      ];
      for (const [text, url] of payloads) {
        const feed = hostileFeed(text, url);
        Object.assign(list, { feed });
        Object.assign(box, { feed });
        Object.assign(card, { feed: undefined, network: hostileNetwork(text, url) });
        await Promise.all(
          [list, card, box].map((el) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete),
        );
        expect(shadowText(list)).to.include(`${text} #name`);
      }
      // Checked by the validator, a part loaded on first use, under the same policy.
      const loaded = doc.defaultView!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      expect(loaded.filter((p) => p === '/dist/cdn/network-elements.validate.js')).to.have.length(1);
      await settle();
      expectInert(doc);
      expectClean(probe);
    });
  }
});
