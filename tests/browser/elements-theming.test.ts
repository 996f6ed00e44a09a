import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ContactBox, NetworkCard } from '../../src/index.js';
import { computedColor, one, smallFeed } from './elements-helpers.js';

const rgb = computedColor;

describe('theming from the page', () => {
  let sheet: HTMLStyleElement | undefined;
  afterEach(() => {
    fixtureCleanup();
    sheet?.remove();
    sheet = undefined;
  });
  const pageStyle = (text: string) => {
    sheet = document.createElement('style');
    sheet.textContent = text;
    document.head.append(sheet);
  };

  it('inherits the page’s font and text colour', async () => {
    pageStyle('.host-page { font-family: Georgia, serif; color: rgb(20, 40, 60); font-size: 20px; }');
    const wrap = await fixture<HTMLElement>(
      html`<div class="host-page"><network-card lang="de" network="eccar"></network-card></div>`,
    );
    const p = one(wrap.firstElementChild!, '[part="description"]');
    const s = getComputedStyle(p);
    expect(s.fontFamily).to.equal('Georgia, serif');
    expect(s.color).to.equal('rgb(20, 40, 60)');
    expect(s.fontSize).to.equal('20px');
  });

  it('a --network-* custom property takes effect', async () => {
    pageStyle(`
      .themed { --network-link-color: rgb(120, 10, 60); --network-card-background: rgb(250, 245, 235); --network-radius: 12px; }
    `);
    const card = await fixture<NetworkCard>(
      html`<network-card class="themed" lang="en" network="eccar"></network-card>`,
    );
    expect(getComputedStyle(one(card, 'a')).color).to.equal('rgb(120, 10, 60)');
    const article = getComputedStyle(one(card, '[part="card"]'));
    expect(article.backgroundColor).to.equal('rgb(250, 245, 235)');
    expect(article.borderTopLeftRadius).to.equal('12px');
  });

  it('--network-accent-color colours links and the focus ring', async () => {
    pageStyle('.accent { --network-accent-color: rgb(0, 100, 0); }');
    const wrap = await fixture<HTMLElement>(html`<div>
      <button>start</button><network-card class="accent" lang="en" network="eccar"></network-card>
    </div>`);
    const card = wrap.querySelector('network-card')!;
    const a = one<HTMLAnchorElement>(card, 'a');
    expect(getComputedStyle(a).color).to.equal('rgb(0, 100, 0)');
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(
      card.shadowRoot!.activeElement === a,
      `Tab moves the focus to the card's link, not to ${card.shadowRoot!.activeElement?.localName ?? 'nothing in the card'}`,
    ).to.equal(true);
    expect(getComputedStyle(a).outlineStyle).to.equal('solid');
    expect(getComputedStyle(a).outlineColor).to.equal('rgb(0, 100, 0)');
  });

  it('a ::part() rule from the page takes effect', async () => {
    pageStyle(`
      .parts::part(card) { border: 4px dashed rgb(200, 0, 0); }
      .parts::part(card-heading) { color: rgb(0, 0, 200); }
      .parts::part(name) { text-transform: uppercase; }
    `);
    const wrap = await fixture<HTMLElement>(html`<div>
      <network-card class="parts" lang="de" network="eccar"></network-card>
      <contact-box class="parts" lang="de"></contact-box>
    </div>`);
    const [card, box] = [...wrap.children];
    const article = getComputedStyle(one(card, '[part="card"]'));
    expect([article.borderTopStyle, article.borderTopWidth, article.borderTopColor]).to.deep.equal([
      'dashed',
      '4px',
      'rgb(200, 0, 0)',
    ]);
    expect(getComputedStyle(one(card, 'h2')).color).to.equal('rgb(0, 0, 200)');
    expect(getComputedStyle(one(box, '[part="name"]')).textTransform).to.equal('uppercase');
  });

  it('follows the page’s light or dark color-scheme (light-dark())', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <div style="color-scheme: light"><network-card lang="de" network="eccar"></network-card></div>
      <div style="color-scheme: dark"><network-card lang="de" network="eccar"></network-card></div>
      <div style="color-scheme: dark"><contact-box lang="de" .feed=${smallFeed()}></contact-box></div>
    </div>`);
    const [light, dark, box] = [...wrap.querySelectorAll('network-card, contact-box')];
    // The box's feed property waits for the validator, a part loaded on first use.
    await (box as ContactBox).updateComplete;
    const linkColor = (el: Element) => getComputedStyle(one(el, 'a')).color;
    expect(linkColor(light)).to.equal(rgb('#0b5394'));
    expect(linkColor(dark)).to.equal(rgb('#9cc7f5'));
    expect(linkColor(box)).to.equal(rgb('#9cc7f5'));
  });

  it('switches when the page’s color-scheme changes at runtime', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="color-scheme: light"><network-card lang="de" network="eccar"></network-card></div>`,
    );
    const card = wrap.firstElementChild!;
    const before = getComputedStyle(one(card, 'a')).color;
    wrap.style.colorScheme = 'dark';
    expect(getComputedStyle(one(card, 'a')).color).not.to.equal(before);
  });
});
