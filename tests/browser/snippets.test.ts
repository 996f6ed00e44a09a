// The snippet builder (editor/snippets.html): the code it copies, pasted into a blank page with
// the built bundle (dist/cdn, as on the CDN), renders what its live element showed; the code
// itself (attributes, escaping, integrity); copying announced; axe and 320 px.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../editor/src/snippet-builder.js';
import type { SnippetBuilder } from '../../editor/src/snippet-builder.js';
import { CDN_BASE, snippet } from '../../editor/src/snippet.js';
import { $, $$, button } from './editor-helpers.js';
import { clean } from './elements-helpers.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

async function builder(lang = 'en') {
  const el = await fixture<SnippetBuilder>(html`<snippet-builder lang=${lang}></snippet-builder>`);
  await el.updateComplete;
  return el;
}

async function pick(el: SnippetBuilder, control: HTMLInputElement | HTMLSelectElement, value?: string | boolean) {
  if (control instanceof HTMLSelectElement || control.type === 'text') {
    control.value = String(value);
    control.dispatchEvent(new Event('change'));
  } else if (control.type === 'checkbox') {
    if (control.checked !== value) control.click();
  } else control.click();
  await el.updateComplete;
}

/** Copies with the builder's button; resolves with what reached the clipboard. */
async function copy(el: SnippetBuilder): Promise<string> {
  let copied = '';
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void (copied = text) },
  });
  try {
    button(el, /^(Copy the code|Code kopieren)$/).click();
    for (let i = 0; i < 50 && !copied; i++) await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  } finally {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
    Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
  }
  return copied;
}

/** Waits until an element has rendered its feed (not "loading"), and for its structured data when asked. */
async function rendered(el: Rendered, structured = false) {
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline) {
    await el.updateComplete;
    const base = el.shadowRoot?.querySelector('[part="base"]');
    const ready = base && !/Loading|Wird geladen|Lädt/.test(clean(el.shadowRoot)) && clean(el.shadowRoot) !== '';
    if (ready && (!structured || el.querySelector('script[type="application/ld+json"]'))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`<${el.localName}> did not render`);
}

/** The code pasted into a blank page whose script comes from this server's dist/cdn (the built bundle). */
async function paste(code: string, pageLang: string): Promise<Rendered> {
  expect(code.split(CDN_BASE).length, 'the code names the CDN once').to.equal(2);
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="pasted" width="900" height="600"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"></head><body>${code.replace(
    CDN_BASE,
    `${location.origin}/dist/cdn/`,
  )}</body></html>`;
  await loaded;
  const doc = frame.contentDocument!;
  const deadline = performance.now() + 10_000;
  let el: Rendered | null = null;
  while (
    performance.now() < deadline &&
    !(el = doc.querySelector('network-list, network-card, contact-box') as Rendered)?.shadowRoot
  )
    await new Promise((r) => setTimeout(r, 50));
  return el!;
}

/** What an element shows, as rendered text (the built bundle's templates are minified: whitespace differs in the DOM, not on screen). */
const seen = (el: Element) =>
  (el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.innerText ?? '').replace(/\s+/g, ' ').trim();

const liveElement = (el: SnippetBuilder) =>
  $<Rendered>(el, '.live network-list, .live network-card, .live contact-box');

describe('snippet builder', () => {
  afterEach(() => fixtureCleanup());

  it('a list (English, one category, h3, intro, search): the copied code, pasted, renders what the builder showed', async () => {
    const el = await builder('en');
    await pick(el, $(el, '#a-category'), 'topic-specific');
    await pick(el, $(el, '#a-intro'), true);
    await pick(el, $(el, '#a-searchable'), true);
    await pick(el, $(el, '#a-heading-level'), '3');
    await pick(el, $(el, '#a-lang'), 'en');
    const code = await copy(el);
    expect(clean($(el, '[role="status"]'))).to.equal('The code is on the clipboard.');
    expect(code).to.equal(
      `<script type="module" src="${CDN_BASE}network-elements.js"></script>\n` +
        '<network-list category="topic-specific" intro searchable heading-level="3" lang="en"></network-list>',
    );
    expect(clean($(el, '#code'))).to.equal(clean(document.createTextNode(code)));
    const shown = liveElement(el);
    await rendered(shown);
    const pasted = await paste(code, 'de');
    await rendered(pasted);
    expect(seen(pasted)).to.equal(seen(shown));
    expect(pasted.shadowRoot!.querySelector('h3')!.textContent).to.equal('European Networks');
    expect(clean(pasted.shadowRoot)).to.contain('Climate Alliance');
    expect(clean(pasted.shadowRoot)).not.to.contain('Council of European Municipalities');
  });

  it('a card from a partner’s feed with the small build and structured data: the same, JSON-LD included', async () => {
    const el = await builder('de');
    await pick(el, $$<HTMLInputElement>(el, 'input[name="tag"]')[1]);
    await pick(el, $$<HTMLInputElement>(el, 'input[name="build"]')[1]);
    expect(clean($(el, '.live')), 'the small build without a feed').to.equal(
      'Das kleinere Skript hat keinen eigenen Feed: Geben Sie die Adresse Ihres Feeds an.',
    );
    const src = `${location.origin}/__feeds/good?id=snippet-card`;
    await pick(el, $(el, '#a-src'), src);
    await pick(el, $(el, '#a-network'), 'eccar');
    await pick(el, $(el, '#a-lang'), 'de');
    await pick(el, $(el, '#a-structured-data'), true);
    const code = await copy(el);
    expect(clean($(el, '[role="status"]'))).to.equal('Der Code ist in der Zwischenablage.');
    expect(code).to.equal(
      `<script type="module" src="${CDN_BASE}network-elements.nodata.js"></script>\n` +
        `<network-card network="eccar" lang="de" src="${src.replace('&', '&amp;')}" structured-data></network-card>`,
    );
    const shown = liveElement(el);
    await rendered(shown, true);
    const pasted = await paste(code, 'en');
    await rendered(pasted, true);
    expect(seen(pasted)).to.equal(seen(shown));
    expect(clean(pasted.shadowRoot)).to.contain('Europäische Städtekoalition gegen Rassismus und Diskriminierung');
    expect(pasted.querySelector('script[type="application/ld+json"]')!.textContent).to.equal(
      shown.querySelector('script[type="application/ld+json"]')!.textContent,
    );
  });

  it('a contact box for one contact, h4, in the page’s language: the same', async () => {
    const el = await builder('en');
    await pick(el, $$<HTMLInputElement>(el, 'input[name="tag"]')[2]);
    await pick(el, $(el, '#a-contact'), 'lisa-guethermann');
    await pick(el, $(el, '#a-heading-level'), '4');
    const code = await copy(el);
    expect(code.split('\n')[1]).to.equal('<contact-box contact="lisa-guethermann" heading-level="4"></contact-box>');
    const shown = liveElement(el);
    await rendered(shown);
    // Without lang the element speaks the page's language: on the builder's page, the builder's.
    const pasted = await paste(code, 'en');
    await rendered(pasted);
    expect(seen(pasted)).to.equal(seen(shown));
    expect(seen(pasted)).to.contain('Town Hall, Marktplatz 10');
    expect(clean(pasted.shadowRoot)).to.contain('If you have any questions');
    expect(clean(pasted.shadowRoot)).to.contain('Lisa Güthermann');
    expect(clean(pasted.shadowRoot)).not.to.contain('Anna Seitz');
  });

  it('the code: attributes in a fixed order, values escaped, cache only with src, integrity where the build has it', () => {
    expect(snippet('network-list', 'full', { cache: true, intro: false, lang: '' })).to.equal(
      `<script type="module" src="${CDN_BASE}network-elements.js"></script>\n<network-list></network-list>`,
    );
    expect(
      snippet('network-card', 'nodata', {
        src: 'https://x.example/a.json?a=1&b="<x>"',
        cache: true,
        network: 'n',
        intro: true,
      }),
    ).to.equal(
      `<script type="module" src="${CDN_BASE}network-elements.nodata.js"></script>\n` +
        '<network-card network="n" src="https://x.example/a.json?a=1&amp;b=&quot;&lt;x&gt;&quot;" cache="local"></network-card>',
    );
    expect(snippet('contact-box', 'full', {}, { 'network-elements.js': 'sha384-abc+/=' }).split('\n')[0]).to.equal(
      `<script type="module" src="${CDN_BASE}network-elements.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>`,
    );
    // The single file with every part inside, the one a page pins whole.
    expect(snippet('contact-box', 'all', {}, { 'network-elements.all.js': 'sha384-def' }).split('\n')[0]).to.equal(
      `<script type="module" src="${CDN_BASE}network-elements.all.js" integrity="sha384-def" crossorigin="anonymous"></script>`,
    );
  });

  it('when the browser refuses the clipboard: says so, and selects the code to copy by hand', async () => {
    const el = await builder('en');
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      button(el, 'Copy the code').click();
      for (let i = 0; i < 50 && !clean($(el, '[role="status"]')); i++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(clean($(el, '[role="status"]'))).to.equal(
      'The browser did not allow copying: select the code and copy it yourself.',
    );
    expect(getSelection()!.toString()).to.equal(el.code);
  });

  for (const lang of ['de', 'en']) {
    it(`axe: 0 violations (${lang}), each element`, async function () {
      this.timeout(60_000);
      const el = await builder(lang);
      for (const i of [0, 1, 2]) {
        await pick(el, $$<HTMLInputElement>(el, 'input[name="tag"]')[i]);
        await rendered(liveElement(el));
        await expect(el).to.be.accessible();
      }
    });

    it(`at 320 px (${lang}): the page does not scroll sideways`, async () => {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="builder" src="/editor/snippets.html?lang=${lang}" width="320" height="800"></iframe>`,
      );
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('snippet-builder');
      const el = frame.contentDocument!.querySelector('snippet-builder') as SnippetBuilder;
      await el.updateComplete;
      await pick(el, $(el, '#a-src'), 'https://www.partner.example/a/long/path/to/the/networks-feed-of-the-city.json');
      const doc = frame.contentDocument!;
      expect(doc.documentElement.lang).to.equal(lang);
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    });
  }
});
