// The demo page (`npm start`), loaded as it is into a frame: what a webmaster would publish.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';

type Frame = HTMLIFrameElement & { contentWindow: Window & { axe?: { run: (c: Document) => Promise<AxeResults> } } };

async function openDemo(lang: string, width: number): Promise<Frame> {
  const frame = await fixture<Frame>(
    html`<iframe title="demo" src="/demo/index.html?lang=${lang}" width=${width} height="800" style="border: 0"></iframe>`,
  );
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  // Wait until the elements have rendered and the page has set its texts.
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline) {
    const ready = [...doc.querySelectorAll('network-list, network-card, contact-box')].every((e) =>
      e.shadowRoot?.querySelector('[part="base"]'),
    );
    if (ready && doc.querySelector('[data-status-for]')?.textContent) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return frame;
}

async function axe(frame: Frame): Promise<AxeResults> {
  const doc = frame.contentDocument!;
  if (!frame.contentWindow.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    doc.head.append(script);
    await loaded;
  }
  return frame.contentWindow.axe!.run(doc);
}

const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang');

describe('demo page', () => {
  afterEach(() => fixtureCleanup());

  for (const lang of ['de', 'en']) {
    for (const width of [1280, 320]) {
      it(`${lang} at ${width} px: 0 axe violations, no sideways scrolling`, async () => {
        const frame = await openDemo(lang, width);
        const doc = frame.contentDocument!;
        expect(doc.documentElement.lang).to.equal(lang);
        expect(doc.querySelectorAll('network-list, network-card, contact-box').length).to.be.at.least(6);
        const { violations } = await axe(frame);
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal(
          [],
        );
        expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
      });
    }
  }

  it('the language switch flips <html lang>; the elements follow, those with their own lang stay', async () => {
    const frame = await openDemo('de', 1280);
    const doc = frame.contentDocument!;
    const [list] = doc.querySelectorAll('network-list');
    const fixedEn = doc.getElementById('card-en')!;
    const fixedDe = doc.getElementById('card-de')!;
    const follows = doc.getElementById('card-page')!;
    expect([base(list), base(fixedEn), base(fixedDe), base(follows)]).to.deep.equal(['de', 'en', 'de', 'de']);
    expect(doc.querySelector('[data-status-for="card-page"]')!.textContent).to.equal('zeigt Deutsch (von der Seite)');

    const english = doc.querySelector<HTMLButtonElement>('button[data-lang="en"]')!;
    english.click();
    await new Promise((r) => setTimeout(r, 100));
    expect(doc.documentElement.lang).to.equal('en');
    expect(english.getAttribute('aria-pressed')).to.equal('true');
    expect([base(list), base(fixedEn), base(fixedDe), base(follows)]).to.deep.equal(['en', 'en', 'de', 'en']);
    expect(doc.querySelector('h1')!.textContent).to.equal('Heidelberg in Europe');
    expect(doc.querySelector('[data-status-for="card-page"]')!.textContent).to.equal('shows English (from the page)');
    expect(doc.querySelector('[data-status-for="card-de"]')!.textContent).to.equal('shows German (own lang)');
  });
});
