// Test what ships: the built script-tag bundles (dist/cdn, built by `npm test` before the browser
// tests) say word for word what the source says. Their templates and styles went through the
// literal minifier and the bundler; a space lost there ("Rathaus,Marktplatz 10") is seen only here.
// Each bundle runs in a fresh same-origin iframe with its own registry; the source
// (src/index.ts) renders the same markup in this page.
import { expect, nextFrame } from '@open-wc/testing';
import '../../src/index.js';

const BUNDLES = [
  ['the ES module', '<script type="module" src="/dist/cdn/network-elements.js"></script>'],
  ['the classic script', '<script src="/dist/cdn/network-elements.iife.js"></script>'],
  ['the single-file module', '<script type="module" src="/dist/cdn/network-elements.all.js"></script>'],
  ['the single-file classic script', '<script src="/dist/cdn/network-elements.all.iife.js"></script>'],
] as const;
const TAGS = ['network-list', 'network-card', 'contact-box'];

/** What each element shows: every element and state a page commonly meets, in one language. */
const cases = (lang: string) => [
  `<network-list lang="${lang}"></network-list>`,
  `<network-list lang="${lang}" intro></network-list>`,
  `<network-list lang="${lang}" searchable></network-list>`,
  `<network-list lang="${lang}" category="topic-specific"></network-list>`,
  `<network-list lang="${lang}" category="nope"></network-list>`,
  ...['rgre', 'staedtetag-bw', 'energy-cities', 'klima-buendnis', 'eccar'].map(
    (id) => `<network-card lang="${lang}" network="${id}"></network-card>`,
  ),
  `<network-card lang="${lang}" network="nope"></network-card>`,
  `<network-card lang="${lang}"></network-card>`,
  `<contact-box lang="${lang}"></contact-box>`,
  `<contact-box lang="${lang}" contact="lisa-guethermann"></contact-box>`,
  `<contact-box lang="${lang}" contact="nobody"></contact-box>`,
];

type Live = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * What each element's shadow root shows, as its lines of text (innerText: line breaks where the
 * layout breaks lines, between blocks and at `<br>`, but not in template whitespace between
 * blocks, which the minifier rightly drops), each with its whitespace runs collapsed; then all
 * its text without whitespace. Read after the elements have finished rendering.
 */
async function shown(container: ParentNode, win: Window): Promise<string[][]> {
  const els = [...container.querySelectorAll<Live>(TAGS.join(','))];
  // Rendering may wait for a part (an id the feed lacks is worded by the validator part).
  for (let i = 0; i < 3; i++) {
    await Promise.all(els.map((el) => el.updateComplete));
    await new Promise((r) => win.requestAnimationFrame(() => setTimeout(r)));
  }
  return els.map((el) => [
    ...[...el.shadowRoot!.children]
      .flatMap((c) => (c as HTMLElement).innerText.split('\n'))
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
    // And the text not shown (hidden, or announced only), whitespace left out.
    `all text: ${el.shadowRoot!.textContent!.replace(/\s+/g, '')}`,
  ]);
}

const frames: HTMLIFrameElement[] = [];
const holders: HTMLElement[] = [];
afterEach(() => {
  frames.splice(0).forEach((f) => f.remove());
  holders.splice(0).forEach((h) => h.remove());
});

/** `body` on a fresh page with `script`, the elements defined. */
async function bundlePage(script: string, body: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8">${script}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow!;
  await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
  return shown(win.document.body, win);
}

/** `body` rendered by the source, in this page. */
async function sourcePage(body: string) {
  const holder = document.createElement('div');
  holder.innerHTML = body;
  document.body.append(holder);
  holders.push(holder);
  await nextFrame();
  return shown(holder, window);
}

describe('the built bundles render the same text as the source', () => {
  for (const lang of ['de', 'en']) {
    for (const [name, script] of BUNDLES) {
      it(`${name}, every element and state (${lang})`, async () => {
        const body = cases(lang).join('\n');
        const source = await sourcePage(body);
        // The source rendered each case: a guard against comparing empty shadow roots.
        expect(source).to.have.length(cases(lang).length);
        source.forEach((lines, i) => expect(lines.length, cases(lang)[i]).to.be.above(1));
        const bundle = await bundlePage(script, body);
        expect(bundle).to.have.length(source.length);
        // Case by case, line by line: a failure names the element and the line that differs.
        source.forEach((lines, i) => expect(bundle[i], cases(lang)[i]).to.deep.equal(lines));
      });
    }
  }
});
