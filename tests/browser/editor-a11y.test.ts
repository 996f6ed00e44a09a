// The feed editor's page (editor/index.html) as a partner uses it: axe finds nothing in either
// language, with every kind of field and message showing; at 320 px nothing scrolls sideways;
// a reload of the page keeps the draft.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import type { FeedEditor } from '../../editor/src/feed-editor.js';
import {
  $,
  $$,
  button,
  draftKey,
  editor,
  field,
  forgetDrafts,
  group,
  openItem,
  press,
  settle,
  type,
} from './editor-helpers.js';

type Frame = HTMLIFrameElement & { contentWindow: Window & { axe?: { run: (c: Document) => Promise<AxeResults> } } };

/** Opens every kind of item and puts an error and a warning on screen, so that axe sees all kinds of field. */
async function showEverything(el: FeedEditor, lang: 'de' | 'en') {
  const de = lang === 'de';
  await press(el, button(el, de ? 'Den Heidelberger Feed' : 'The Heidelberg feed'));
  const network = await openItem(el, de ? 'Klima-Bündnis' : 'Climate Alliance');
  await openItem(el, 'Anna Seitz');
  await openItem(el, de ? 'Themenübergreifende Netzwerke' : 'Cross-topic networks');
  await openItem(
    el,
    de
      ? 'Referat des Oberbürgermeisters, Internationales und Europa'
      : 'Office of the Mayor, International Affairs and Europe',
  );
  const website = group(network, 'Website');
  await type(el, field(website, de ? 'Deutsch' : 'German'), 'javascript:alert(1)');
  await type(el, field(group(network, 'Name'), de ? 'Englisch' : 'English'), ' ');
  const members = group(network, de ? 'Mitglieder' : 'Members');
  await type(el, field(members, de ? 'Zahl' : 'Number'), 'many');
  await press(el, button(el, de ? 'Link hinzufügen' : 'Add a link'));
  // An empty paragraph of the introduction: a message for a group of two fields.
  await press(el, button(el, de ? 'Absatz hinzufügen' : 'Add a paragraph'));
  await settle(el);
}

/** The editor's page in a frame, with a draft of its own (`?draft=`). */
async function openPage(lang: string, width: number): Promise<Frame> {
  const draft = draftKey().replace('network-elements-editor:draft:', '');
  const frame = await fixture<Frame>(
    html`<iframe
      title="editor"
      src="/editor/index.html?lang=${lang}&draft=${draft}"
      width=${width}
      height="800"
      style="border: 0"
    ></iframe>`,
  );
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

/** The page's editor, once it is defined and rendered. */
async function pageEditor(frame: Frame): Promise<FeedEditor> {
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('feed-editor');
  const el = frame.contentDocument!.querySelector('feed-editor') as FeedEditor;
  await el.updateComplete;
  return el;
}

describe('feed editor: accessibility and layout', () => {
  afterEach(() => {
    fixtureCleanup();
    forgetDrafts();
  });

  for (const lang of ['de', 'en'] as const) {
    // axe over a page of forms and two previews takes seconds on a busy machine.
    it(`axe: 0 violations (${lang}), before a feed is opened`, async () => {
      const el = await editor(lang);
      await expect(el).to.be.accessible();
    });

    it(`axe: 0 violations (${lang}), with every kind of field, an error and a warning showing`, async function () {
      this.timeout(60_000);
      const el = await editor(lang);
      await showEverything(el, lang);
      expect($$(el, '[aria-invalid="true"]').length).to.be.at.least(3);
      await expect(el).to.be.accessible();
      // Every message is tied to the field it is about, once.
      const ids = $$(el, '[id]').map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
      for (const message of $$(el, '.messages')) {
        expect(el.shadowRoot!.querySelector(`[aria-describedby~="${message.id}"]`), message.textContent!).to.exist;
      }
    });

    it(`axe: 0 violations (${lang}), previews of the card and the contacts`, async function () {
      this.timeout(60_000);
      const el = await editor(lang);
      await showEverything(el, lang);
      for (const kind of ['card', 'contacts']) {
        await press(el, $(el, `input[name="preview"][value="${kind}"]`));
        await expect(el).to.be.accessible();
      }
    });

    it(`at 320 px (${lang}): the page does not scroll sideways, with an open network and its messages`, async function () {
      this.timeout(60_000);
      const frame = await openPage(lang, 320);
      const el = await pageEditor(frame);
      await showEverything(el, lang);
      const doc = frame.contentDocument!;
      expect(doc.documentElement.lang).to.equal(lang);
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
      // And no control is wider than the screen.
      const wide = $$(el, 'input, select, textarea, button').filter((c) => c.getBoundingClientRect().right > 320);
      expect(wide.map((c) => c.id || c.textContent)).to.deep.equal([]);
    });
  }

  it('the page: the language switch relabels the editor; a reload keeps the draft', async function () {
    this.timeout(60_000);
    const frame = await openPage('de', 1280);
    let el = await pageEditor(frame);
    await press(el, button(el, 'Den Heidelberger Feed'));
    const item = await openItem(el, 'Energy Cities');
    await type(el, field(group(item, 'Name'), 'Deutsch'), 'Energy Cities (Verband)');
    frame.contentDocument!.querySelector<HTMLButtonElement>('button[data-lang="en"]')!.click();
    await el.updateComplete;
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
    expect(button(el, 'Download JSON')).to.exist;

    frame.contentWindow.location.reload();
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    el = await pageEditor(frame);
    await settle(el);
    expect($(el, '#h-draft').textContent).to.equal('Entwurf: Heidelberger Feed');
    const again = await openItem(el, 'Energy Cities (Verband)');
    expect(field(group(again, 'Name'), 'Deutsch').value).to.equal('Energy Cities (Verband)');
  });

  it('the demo, the editor and the snippet builder link to each other', async () => {
    for (const [page, others] of [
      ['/demo/index.html', ['/editor/', '/editor/snippets.html']],
      ['/editor/index.html', ['/demo/', '/editor/snippets.html']],
      ['/editor/snippets.html', ['/demo/', '/editor/']],
    ] as const) {
      const doc = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
      const base = new URL(page, location.href);
      const targets = [...doc.querySelectorAll<HTMLAnchorElement>('nav a')].map(
        (a) => new URL(a.getAttribute('href')!, base).pathname,
      );
      for (const other of others) expect(targets, page).to.include(other);
    }
    // Each page the links lead to is there.
    for (const path of ['/editor/index.html', '/editor/snippets.html', '/demo/index.html'])
      expect((await fetch(path)).status, path).to.equal(200);
  });
});
