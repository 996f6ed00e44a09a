// inline(): nested templates written into one (src/templates/inline.ts), as network cards use it.
import { expect } from '@open-wc/testing';
import { html, nothing, render, type TemplateResult } from 'lit';
import { inline } from '../../src/templates/inline.js';

/** Renders `t` into a fresh element: its markup without Lit's marker comments, and how many of them there are. */
function rendered(t: TemplateResult) {
  const el = document.createElement('div');
  render(t, el);
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_COMMENT);
  let comments = 0;
  while (walker.nextNode()) comments++;
  const copy = el.cloneNode(true) as HTMLElement;
  const strip = (n: Node) =>
    [...n.childNodes].forEach((c) => (c.nodeType === Node.COMMENT_NODE ? c.remove() : strip(c)));
  strip(copy);
  return { markup: copy.innerHTML, text: el.textContent, el, comments };
}

const card = (name: string, links: string[], lang?: string) =>
  html`<article aria-labelledby=${name}><h3 id=${name} lang=${lang ?? nothing}>${name}</h3>${
    links.length ? html`<ul>${links.map((l) => html`<li><a href=${l}>${l}</a></li>`)}</ul>` : nothing
  }${'end'}</article>`;

describe('inline()', () => {
  it('renders the same markup as the nested templates, with fewer marker comments', () => {
    for (const [t, nestedTemplates] of [
      [card('a', []), false],
      [card('b', ['https://x.example/', 'https://y.example/'], 'en'), true],
    ] as const) {
      const nested = rendered(t);
      const flat = rendered(inline(t));
      expect(flat.markup).to.equal(nested.markup);
      // A nested template, or an array, is a child part with markers of its own; inlined, it is not.
      if (nestedTemplates) expect(flat.comments).to.be.lessThan(nested.comments);
      else expect(flat.comments).to.equal(nested.comments);
    }
  });

  it('gives one shape one strings array, whatever the texts; another shape another', () => {
    const a = inline(card('a', ['https://x.example/']));
    const b = inline(card('b', ['https://y.example/']));
    const c = inline(card('c', ['https://x.example/', 'https://y.example/']));
    expect(a.strings === b.strings, 'one shape, one strings array').to.equal(true);
    expect(c.strings === a.strings, 'another shape, another strings array').to.equal(false);
    expect(a.values).to.deep.equal(['a', 'a', nothing, 'a', 'https://x.example/', 'https://x.example/', 'end']);
  });

  it('keeps values as values: markup in a text or an address stays text and an attribute value', () => {
    const hostile = '<img src=x onerror="globalThis.__inlined = 1">';
    const { el } = rendered(inline(card(hostile, [`javascript:${hostile}`])));
    expect(el.querySelector('img') === null, 'no <img> made from the text').to.equal(true);
    expect(el.querySelector('h3')!.textContent).to.equal(hostile);
    expect(el.querySelector('h3')!.id).to.equal(hostile);
    expect(el.querySelector('a')!.getAttribute('href')).to.equal(`javascript:${hostile}`);
    expect((globalThis as { __inlined?: number }).__inlined).to.equal(undefined);
  });

  it('updates in place when the same shape comes again, as Lit does for one template', () => {
    const el = document.createElement('div');
    render(inline(card('a', ['https://x.example/'])), el);
    const heading = el.querySelector('h3');
    render(inline(card('b', ['https://y.example/'])), el);
    expect(el.querySelector('h3') === heading, 'the same <h3> node, updated in place').to.equal(true);
    expect(heading!.textContent).to.equal('b');
    expect(el.querySelector('a')!.href).to.equal('https://y.example/');
  });

  it('writes in only real templates: an object made to look like one (from JSON) stays a value, which Lit refuses', () => {
    const forged = JSON.parse(
      '{"_$litType$": 1, "strings": ["<img src=x onerror=\\"globalThis.__inlined = 2\\">"], "values": []}',
    );
    const t = inline(html`<p>${forged}</p>`);
    expect(t.values).to.deep.equal([forged]);
    expect(() => render(t, document.createElement('div'))).to.throw();
    expect((globalThis as { __inlined?: number }).__inlined).to.equal(undefined);
  });

  it('leaves `nothing` and empty texts as parts, and mixes strings and templates in an array', () => {
    const t = html`<p>${nothing}${['a', html`<b>${'b'}</b>`, 'c']}${''}</p>`;
    expect(rendered(inline(t)).markup).to.equal(rendered(t).markup);
    expect(inline(t).values).to.deep.equal([nothing, 'a', 'b', 'c', '']);
  });

  // Last: it fills the module's cache of shapes.
  it('keeps at most a bounded number of shapes, and never replaces one in use', () => {
    const first = inline(card('a', [])).strings;
    // Shapes of their own: 1 to 600 links.
    const links = (n: number) => Array.from({ length: n }, () => 'https://x.example/');
    for (let n = 1; n <= 600; n++) inline(card('a', links(n)));
    expect(inline(card('b', [])).strings === first, 'a shape known before stays the same array').to.equal(true);
    // A new shape beyond the bound stays as it was written: nested templates, the same DOM.
    const beyond = card('c', links(601));
    expect(inline(beyond) === beyond, 'a shape beyond the bound: the template as written').to.equal(true);
    expect(rendered(inline(beyond)).markup).to.equal(rendered(beyond).markup);
  });
});
