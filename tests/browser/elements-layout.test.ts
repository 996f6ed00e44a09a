import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { requires, setViewport } from './engine.js';
import { css, type LitElement } from 'lit';
import '../../src/index.js';
import { all, smallFeed } from './elements-helpers.js';

/** A wide selection of what the elements render: long German words, links, facts, addresses. */
const page = (lang: string) => html`<div lang=${lang}>
  <network-list intro></network-list>
  <network-card network="rgre" heading-level="3"></network-card>
  <contact-box .feed=${smallFeed()}></contact-box>
  <contact-box></contact-box>
</div>`;

const elementsIn = (wrap: Element) => [...wrap.children] as LitElement[];

/** The page, once every element has rendered (the box's feed property waits for the validator, a part). */
async function rendered(lang: string) {
  const wrap = await fixture<HTMLElement>(page(lang));
  await Promise.all(elementsIn(wrap).map((el) => el.updateComplete));
  return wrap;
}

/** WCAG 2.2 SC 1.4.12 text spacing, as a user style sheet or bookmarklet would set it. */
const textSpacing = css`
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-block-end: 2em !important;
  }
`.styleSheet!;

/** Boxes whose content does not fit: clipped (overflow hidden/clip) or spilling out of them. */
function overflowing(el: Element) {
  return all(el, '*')
    .filter((n) => getComputedStyle(n).display !== 'inline' && n.clientHeight > 0)
    .filter((n) => n.scrollHeight > n.clientHeight + 1 || n.scrollWidth > n.clientWidth + 1)
    .map(
      (n) =>
        `${n.localName}[part=${n.getAttribute('part')}] ${n.scrollWidth}x${n.scrollHeight} in ${n.clientWidth}x${n.clientHeight}`,
    );
}

function clipping(el: Element) {
  return all(el, '*').filter((n) => {
    const s = getComputedStyle(n);
    return (
      /hidden|clip/.test(s.overflowX + s.overflowY) &&
      (n.scrollHeight > n.clientHeight || n.scrollWidth > n.clientWidth)
    );
  });
}

describe('layout', () => {
  let viewport: { width: number; height: number };
  before(() => (viewport = { width: innerWidth, height: innerHeight }));
  afterEach(async () => {
    fixtureCleanup();
    await setViewport(viewport);
  });

  for (const lang of ['de', 'en']) {
    it(`no horizontal scrolling at 320 CSS px (${lang})`, async function () {
      await requires(this, 'narrow-viewport');
      await setViewport({ width: 320, height: 640 });
      const wrap = await rendered(lang);
      const doc = document.documentElement;
      // The viewport; a browser with classic scrollbars (Firefox) lays the page out in less.
      expect(innerWidth, 'the viewport is 320 CSS px wide').to.equal(320);
      expect(doc.scrollWidth, 'the page does not scroll sideways').to.be.at.most(doc.clientWidth);
      for (const el of elementsIn(wrap)) {
        expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth);
        const right = el.getBoundingClientRect().right;
        const sticking = all(el, '*').filter((n) => n.getBoundingClientRect().right > right + 0.5);
        expect(
          sticking.map((n) => n.outerHTML.slice(0, 80)),
          `${el.localName}: nothing reaches past its edge`,
        ).to.deep.equal([]);
      }
    });

    for (const width of [320, 1280]) {
      it(`text-spacing overrides do not clip or spill (${lang}, ${width} px)`, async function () {
        if (width < 400) await requires(this, 'narrow-viewport');
        await setViewport({ width, height: 800 });
        const wrap = await rendered(lang);
        const els = elementsIn(wrap);
        const before = els.map((e) => e.getBoundingClientRect().height);
        for (const el of els) el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, textSpacing];
        const p = all(els[0], 'p')[0];
        expect(getComputedStyle(p).letterSpacing, 'the overrides apply inside the shadow root').not.to.equal('normal');
        for (const [i, el] of els.entries()) {
          expect(el.getBoundingClientRect().height, `${el.localName} grows with its text`).to.be.greaterThan(before[i]);
          expect(
            clipping(el).map((n) => n.localName),
            `${el.localName} clips nothing`,
          ).to.deep.equal([]);
          expect(overflowing(el), `${el.localName} at ${width} px`).to.deep.equal([]);
          expect(el.scrollHeight).to.be.at.most(el.clientHeight + 1);
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      });
    }
  }

  it('a reader’s text-spacing style sheet on the page reaches the text inside the elements', async () => {
    const style = document.createElement('style');
    style.textContent = '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
    document.head.append(style);
    try {
      const wrap = await rendered('de');
      for (const el of elementsIn(wrap)) {
        const p = all(el, 'p')[0];
        const fontSize = parseFloat(getComputedStyle(p).fontSize);
        expect(parseFloat(getComputedStyle(p).letterSpacing), el.localName).to.be.closeTo(0.12 * fontSize, 0.1);
        expect(parseFloat(getComputedStyle(p).wordSpacing), el.localName).to.be.closeTo(0.16 * fontSize, 0.1);
      }
    } finally {
      style.remove();
    }
  });

  it('no layout jump: the height after the first update is final', async () => {
    for (const tag of ['network-list', 'network-card', 'contact-box']) {
      const el = document.createElement(tag) as LitElement;
      el.setAttribute('lang', 'de');
      el.setAttribute('intro', '');
      el.setAttribute('network', 'eccar');
      document.body.append(el);
      // Measured right after the first update (not at updateComplete, which may wait for more).
      for (let i = 0; i < 50 && !el.hasUpdated; i++) await Promise.resolve();
      expect(el.hasUpdated, `${tag} updated`).to.equal(true);
      const first = el.getBoundingClientRect().height;
      expect(first, `${tag} has its content at once`).to.be.greaterThan(100);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await new Promise((r) => setTimeout(r, 50));
      expect(el.getBoundingClientRect().height, `${tag} does not grow after the first frame`).to.equal(first);
      el.remove();
    }
  });

  it('the bundled feed is rendered synchronously in the first update, with no request', async () => {
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => (requests.push(String(input)), original(input, init));
    try {
      const el = document.createElement('network-list') as LitElement;
      document.body.append(el);
      await el.updateComplete;
      expect(all(el, 'article')).to.have.length(5);
      el.remove();
    } finally {
      window.fetch = original;
    }
    expect(requests).to.deep.equal([]);
  });
});

// A theme's root font size (`html { font-size: 62.5% }`, so that 1rem is 10px, or 125%) with its
// text set back to 16px: the elements lay out as on a plain page. Their sizes follow the text
// they sit in (em), never the page's root font size (rem).
describe('the page’s root font size', () => {
  let viewport: { width: number; height: number };
  before(() => (viewport = { width: innerWidth, height: innerHeight }));
  afterEach(async () => {
    fixtureCleanup();
    document.documentElement.style.fontSize = '';
    await setViewport(viewport);
  });

  /** Every box in each element's shadow root, relative to the element, in CSS px. */
  const boxes = (wrap: Element) =>
    elementsIn(wrap).map((el) => {
      const host = el.getBoundingClientRect();
      return all(el, '*').map((n) => {
        const r = n.getBoundingClientRect();
        return `${n.localName}[part=${n.getAttribute('part')}] ${[r.x - host.x, r.y - host.y, r.width, r.height].map((v) => Math.round(v)).join(' ')}`;
      });
    });

  /** The columns of a grid: all its tracks, the empty ones too (auto-fill keeps them). */
  const columns = (grid: Element) => getComputedStyle(grid).gridTemplateColumns.split(' ').length;

  /** The layout in numbers a reader sees, each relative to the font size of the text it goes with. */
  function measures(wrap: Element) {
    const [list, , contacts] = elementsIn(wrap);
    const card = all(list, '[part="card"]')[0];
    const grid = all(list, '[part="list"]')[0];
    const em = (n: Element, value: string) => parseFloat(value) / parseFloat(getComputedStyle(n).fontSize);
    return {
      'list columns': columns(grid),
      'contact columns': columns(all(contacts, '[part="contacts"]')[0]),
      'card padding (em)': em(card, getComputedStyle(card).paddingTop),
      'card radius (em)': em(card, getComputedStyle(card).borderTopLeftRadius),
      'gap between cards (em)': em(grid, getComputedStyle(grid).rowGap),
      'search field width (em)': em(all(list, 'input')[0], getComputedStyle(all(list, 'input')[0]).width),
    };
  }

  const themed = (lang: string) => html`<div lang=${lang} style="font-size: 1rem">
    <network-list searchable intro></network-list>
    <network-card network="energy-cities"></network-card>
    <contact-box></contact-box>
  </div>`;

  for (const lang of ['de', 'en']) {
    it(`html { font-size: 62.5% } and 125%, text at 16px: the layout of a plain page (${lang})`, async () => {
      await setViewport({ width: 1024, height: 800 });
      const plainWrap = await fixture<HTMLElement>(themed(lang));
      const plain = { measures: measures(plainWrap), boxes: boxes(plainWrap) };
      fixtureCleanup();
      expect(plain.measures['list columns'], 'several columns on a plain page').to.be.above(1);
      for (const [root, text] of [
        ['62.5%', '1.6rem'],
        ['125%', '0.8rem'],
      ]) {
        document.documentElement.style.fontSize = root;
        const wrap = await fixture<HTMLElement>(themed(lang));
        wrap.style.fontSize = text;
        await Promise.all(elementsIn(wrap).map((el) => el.updateComplete));
        await new Promise((r) => requestAnimationFrame(r));
        expect(getComputedStyle(wrap).fontSize).to.equal('16px');
        expect(measures(wrap), `html { font-size: ${root} }`).to.deep.equal(plain.measures);
        const differing = boxes(wrap)
          .flatMap((b, i) =>
            b.filter((line, j) => line !== plain.boxes[i][j]).map((line) => `${elementsIn(wrap)[i].localName} ${line}`),
          )
          .slice(0, 5);
        expect(
          differing,
          `html { font-size: ${root} }: boxes placed or sized otherwise than on a plain page`,
        ).to.deep.equal([]);
        fixtureCleanup();
      }
    });
  }
});
