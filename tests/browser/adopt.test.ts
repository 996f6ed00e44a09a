// An element moved into another document — an iframe's, as a page builder's preview or a dialog
// library does with `adoptNode` — and back: its styles and its language follow it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/network-list.js';

type Live = HTMLElement & { updateComplete: Promise<boolean> };

/** The element's look, as the reader sees it: its display, and a card's border. */
function look(el: Live) {
  const view = el.ownerDocument.defaultView!;
  const card = el.shadowRoot!.querySelector('[part="card"]')!;
  return { display: view.getComputedStyle(el).display, border: view.getComputedStyle(card).borderTopStyle };
}

const firstHeading = (el: Live) => el.shadowRoot!.querySelector('h2')!.textContent!.trim();

async function iframe(lang: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body></body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('an element moved into an iframe’s document and back', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('keeps its styles and takes each document’s language', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="en"><network-list></network-list></div>`);
    const el = holder.querySelector<Live>('network-list')!;
    await el.updateComplete;
    const styled = look(el);
    expect(styled).to.deep.equal({ display: 'block', border: 'solid' });
    expect(firstHeading(el)).to.equal('Cross-topic networks');

    const doc = await iframe('de');
    doc.body.append(doc.adoptNode(el));
    await waitUntil(() => firstHeading(el) === 'Themenübergreifende Netzwerke', 'the iframe’s language');
    expect(look(el), 'styled in the iframe').to.deep.equal(styled);

    holder.append(el);
    await waitUntil(() => firstHeading(el) === 'Cross-topic networks', 'the page’s language again');
    expect(look(el), 'styled back on the page').to.deep.equal(styled);
  });
});
