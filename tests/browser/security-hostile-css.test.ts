/**
 * Under an aggressive CMS stylesheet the elements stay readable and keep their layout: the page
 * may change the inherited font and colour, nothing else. Each element is measured twice, on a
 * page with only the font and colour set, and with the hostile rules added on top; every box in
 * its shadow DOM must sit at the same place with the same size.
 */
import { expect } from '@open-wc/testing';
import { html, render, type LitElement } from 'lit';
import '../../src/index.js';
import { shadowRoots, settle } from '../fixtures/security-helpers.js';

/** The page's typography: inherited, so it shows in the elements (the same in both runs). */
const FONT_CSS = `
  html { font-size: 20px !important; }
  body { font-family: Georgia, "DejaVu Serif", serif !important; font-size: 19px !important;
         font-style: italic !important; font-weight: 300 !important; font-variant: small-caps !important; color: #3a2f1b !important; }
`;

/** What a careless CMS theme does to everything on the page. */
const HOSTILE_CSS = `
  *, *::before, *::after { box-sizing: content-box !important; margin: 0 !important; padding: 0 !important; border: 0 !important; }
  body { line-height: 5 !important; letter-spacing: 0.3em !important; word-spacing: 1em !important;
         text-transform: uppercase !important; text-align: justify !important; text-indent: 3em !important;
         white-space: pre !important; word-break: break-all !important; hyphens: auto !important;
         list-style: square inside !important; text-shadow: 0 0 2px red !important; }
  ul, ol, li { list-style: square !important; margin: 2em !important; padding: 3em !important; display: inline !important; }
  li::before { content: "» " !important; }
  li::marker { content: "★" !important; }
  h1, h2, h3, h4, h5, h6 { font-size: 60px !important; line-height: 3 !important; margin: 4em !important;
                           text-transform: lowercase !important; display: inline !important; }
  a, a:link, a:visited { display: none !important; color: transparent !important; text-decoration: none !important; }
  p, address, article, section, div, dl, dt, dd, span, strong { margin: 5em !important; padding: 2em !important; display: inline !important; }
  button { display: none !important; }
  br { display: none !important; }
  [role="list"], [role="status"], [part] { display: none !important; }
`;

interface Box {
  what: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Every box in the element's shadow DOM, relative to the element's own box. */
function layout(host: Element): Box[] {
  const origin = host.getBoundingClientRect();
  const round = (n: number) => Math.round(n * 2) / 2;
  return shadowRoots(host).flatMap((root) =>
    [...root.querySelectorAll('*')].flatMap((el, i) => {
      // Boxes that are not rendered (an empty status region) have no place to compare.
      if (el.getClientRects().length === 0 && el.localName !== 'br') return [];
      const r = el.getBoundingClientRect();
      return [
        {
          what: `${i}:${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`,
          x: round(r.left - origin.left),
          y: round(r.top - origin.top),
          w: round(r.width),
          h: round(r.height),
        },
      ];
    }),
  );
}

/** Renders the three elements on a page carrying `css`; `remove()` takes both away again. */
async function renderOn(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  // Not fixture(): its clean-up after each test would detach the elements the later tests read.
  const root = document.createElement('main');
  root.lang = 'en';
  root.setAttribute(
    'style',
    'display: block !important; width: 960px !important; margin: 0 !important; padding: 0 !important',
  );
  document.body.append(root);
  render(
    html`<network-list intro></network-list>
      <network-card network="rgre"></network-card>
      <contact-box></contact-box>`,
    root,
  );
  const els = [...root.children] as LitElement[];
  await Promise.all(els.map((el) => el.updateComplete));
  await settle();
  return { els, remove: () => (root.remove(), style.remove()) };
}

describe('security: hostile host CSS', () => {
  let baseline: Box[][];
  let hostile: Box[][];
  let els: LitElement[];
  let remove: () => void;

  before(async () => {
    const base = await renderOn(FONT_CSS);
    baseline = base.els.map(layout);
    base.remove();
    ({ els, remove } = await renderOn(FONT_CSS + HOSTILE_CSS));
    hostile = els.map(layout);
  });

  after(() => remove());

  it('measures something: every element has boxes and a height', () => {
    for (const boxes of baseline) expect(boxes.length).to.be.greaterThan(10);
  });

  ['network-list', 'network-card', 'contact-box'].forEach((tag, i) => {
    it(`<${tag}> keeps its layout: every box at the same place and size`, () => {
      expect(hostile[i]).to.deep.equal(baseline[i]);
    });
  });

  it('stays readable: the line height, case, alignment and spacing are the elements’ own', () => {
    for (const el of els) {
      for (const p of el.shadowRoot!.querySelectorAll('p, address, dd')) {
        const cs = getComputedStyle(p);
        const size = parseFloat(cs.fontSize);
        expect(parseFloat(cs.lineHeight) / size, `line height of <${p.localName}>`).to.be.closeTo(1.5, 0.01);
        expect(cs.textTransform).to.equal('none');
        // Aligned to the start edge: Firefox's and WebKit's own style sheets give list items
        // `text-align: match-parent`, which computes to that edge's side ('left' here).
        expect(cs.textAlign, `alignment of <${p.localName}>`).to.be.oneOf([
          'start',
          cs.direction === 'rtl' ? 'right' : 'left',
        ]);
        expect(cs.letterSpacing).to.equal('normal');
        expect(cs.wordSpacing).to.equal('0px');
        expect(cs.whiteSpace).to.equal('normal');
        expect(cs.wordBreak).to.equal('normal');
        expect(cs.textIndent).to.equal('0px');
        expect(cs.visibility).to.equal('visible');
        expect(cs.color, 'the page’s text colour is inherited').to.equal('rgb(58, 47, 27)');
      }
    }
  });

  it('keeps headings in proportion to the inherited font size', () => {
    const [list, card, box] = els;
    const hostSize = parseFloat(getComputedStyle(list).fontSize);
    expect(hostSize, 'the page’s font size is inherited').to.equal(19);
    const size = (root: Element, selector: string) =>
      parseFloat(getComputedStyle(root.shadowRoot!.querySelector(selector)!).fontSize);
    expect(size(list, '[part="title"]') / hostSize).to.be.closeTo(1.75, 0.01);
    expect(size(list, '[part="category-heading"]') / hostSize).to.be.closeTo(1.5, 0.01);
    expect(size(card, '[part="card-heading"]') / hostSize).to.be.closeTo(1.25, 0.01);
    expect(size(box, '[part="heading"]') / hostSize).to.be.closeTo(1.5, 0.01);
  });

  it('keeps links visible and lists without markers', () => {
    for (const el of els) {
      const links = el.shadowRoot!.querySelectorAll('a');
      for (const a of links) {
        const cs = getComputedStyle(a);
        expect(cs.display, 'link display').to.equal('inline');
        expect(cs.color, 'link colour').not.to.equal('rgba(0, 0, 0, 0)');
        expect(cs.textDecorationLine).to.equal('underline');
        expect(a.getBoundingClientRect().width).to.be.greaterThan(0);
      }
      for (const li of el.shadowRoot!.querySelectorAll('li')) {
        expect(getComputedStyle(li).listStyleType, 'list marker').to.equal('none');
        expect(getComputedStyle(li, '::before').content, 'generated content').to.equal('none');
      }
    }
    expect(els.flatMap((el) => [...el.shadowRoot!.querySelectorAll('a')]).length).to.be.greaterThan(5);
  });
});
