/**
 * What `npx network-elements render` prints, as pages (tests/server/ssr-pages.mjs runs the CLI
 * with the built dist/ and serves its output, opened here in iframes): the server-rendered
 * elements show without a script; the hydrating bundle takes over their very DOM nodes instead
 * of rendering again, and they are live afterwards; `--plain` is styled, accessible HTML without
 * custom elements; and on paper links show their addresses and controls are hidden.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { has, requires } from './engine.js';
import { until } from '../fixtures/security-helpers.js';

interface Live extends HTMLElement {
  updateComplete: Promise<boolean>;
  hasUpdated: boolean;
}

const frames: HTMLIFrameElement[] = [];
const containers: HTMLElement[] = [];
afterEach(async () => {
  frames.splice(0).forEach((f) => f.remove());
  containers.splice(0).forEach((c) => c.remove());
  if (await has('print-media')) await emulateMedia({ media: 'screen' });
});

/** Opens a server-rendered page in an iframe; resolves once it has loaded. */
async function openPage(args: string, script: 'none' | 'ssr' | 'main' = 'none') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/__ssr/page.html?script=${script}&args=${encodeURIComponent(args)}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window &
    typeof globalThis & { __ssrHeading: Element | null; __ssrErrors: string[] };
  return { win, doc: frame.contentDocument! };
}

/** The CLI's output for `args`, as text. */
async function cliOutput(args: string) {
  const response = await fetch(`/__ssr/render?args=${encodeURIComponent(args)}`);
  expect(response.status, await response.clone().text()).to.equal(200);
  return response.text();
}

/** Loads the hydrating bundle into a frame's page and waits for `el` to have taken over. */
async function hydrate(win: Window & typeof globalThis, el: Live) {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/network-elements.ssr.js';
  win.document.head.append(script);
  await until(() => win.customElements.get(el.localName), `<${el.localName}> to be defined`);
  await until(() => el.hasUpdated, `<${el.localName}> to update`);
  await el.updateComplete;
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

describe('server-rendered elements (render)', () => {
  it('show their content, styled, with no script on the page', async () => {
    const { win, doc } = await openPage('--lang en');
    expect(win.customElements.get('network-list'), 'no element is defined').to.equal(undefined);
    expect(doc.scripts.length, 'only the test page’s own inline script').to.equal(1);
    const list = doc.querySelector('network-list')!;
    expect(list.getAttribute('lang')).to.equal('en');
    const root = list.shadowRoot!;
    expect(root, 'a declarative shadow root').to.exist;
    expect(texts(root, 'h2')).to.deep.equal(['Cross-topic networks', 'Topic-specific networks']);
    expect(root.querySelectorAll('article h3')).to.have.length(5);
    expect(texts(root, 'h3')).to.include('European Coalition of Cities Against Racism (ECCAR)');
    const card = root.querySelector('[part="card"]')!;
    expect(getComputedStyle(card).borderTopStyle, 'the element’s styles apply').to.equal('solid');
    expect(getComputedStyle(root.querySelector('[part="list"]')!).display).to.equal('grid');
    expect(root.querySelector<HTMLAnchorElement>('a[href="https://www.eccar.info"]')!.textContent).to.equal(
      'ECCAR – website',
    );
  });

  it('in German by default, each element: list, card, contact box', async () => {
    const list = (await openPage('')).doc.querySelector('network-list')!;
    expect(texts(list.shadowRoot!, 'h2')).to.deep.equal([
      'Themenübergreifende Netzwerke',
      'Themenspezifische Netzwerke',
    ]);
    const card = (await openPage('--element network-card --network energy-cities --heading-level 3')).doc.querySelector(
      'network-card',
    )!;
    expect(texts(card.shadowRoot!, 'h3')).to.deep.equal(['Energy Cities']);
    expect(texts(card.shadowRoot!, 'dt')).to.include('Mitglieder');
    const box = (await openPage('--element contact-box')).doc.querySelector('contact-box')!;
    expect(texts(box.shadowRoot!, 'h2')).to.deep.equal(['Kontakt']);
    const address = texts(box.shadowRoot!, 'address')[0];
    expect(address).to.include('Marktplatz 10').and.include('69117 Heidelberg');
  });

  it('the hydrating bundle in the page takes over the rendered nodes on load: no second render, no duplicate', async () => {
    const { win, doc } = await openPage('--lang en', 'ssr');
    const list = doc.querySelector('network-list') as Live;
    await until(() => list.hasUpdated, 'the list to hydrate');
    await list.updateComplete;
    const root = list.shadowRoot!;
    expect(win.__ssrHeading, 'the heading kept before the script ran').to.exist;
    expect(win.__ssrHeading!.isConnected).to.be.true;
    expect(root.querySelector('h2') === win.__ssrHeading, 'the first heading is the very same node').to.equal(true);
    expect(root.querySelectorAll('[part="base"]')).to.have.length(1);
    expect(root.querySelectorAll('article')).to.have.length(5);
    expect(texts(root, 'h2')).to.deep.equal(['Cross-topic networks', 'Topic-specific networks']);
    expect(win.__ssrErrors).to.deep.equal([]);
    expect('litElementHydrateSupport' in win, 'the page-wide hook is put back').to.be.false;
  });

  for (const [element, args, before, after] of [
    ['network-list', '--lang en', 'Cross-topic networks', 'Themenübergreifende Netzwerke'],
    ['network-card', '--lang en --element network-card --network klima-buendnis', 'Climate Alliance', 'Klima-Bündnis'],
    ['contact-box', '--lang de --element contact-box', 'Kontakt', 'Contact'],
  ]) {
    it(`<${element}>: a script loaded later hydrates the same nodes, and the element is live (lang switch)`, async () => {
      const { win, doc } = await openPage(args);
      const el = doc.querySelector(element) as Live;
      const heading = el.shadowRoot!.querySelector('h2')!;
      const nodes = el.shadowRoot!.querySelectorAll('*').length;
      expect(heading.textContent).to.include(before);
      await hydrate(win, el);
      expect(heading.isConnected, 'the rendered heading stays').to.be.true;
      expect(el.shadowRoot!.querySelector('h2') === heading, 'the first heading is the rendered node').to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('*').length, 'no content added').to.equal(nodes);
      el.lang = before === 'Kontakt' ? 'en' : 'de';
      await until(
        () => heading.textContent!.includes(after),
        () => `the heading to read “${after}”, not “${heading.textContent}”`,
      );
      expect(el.shadowRoot!.querySelector('h2') === heading, 'the heading is still the rendered node').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(el.lang);
      // The parts beside the empty comments that close templates (`<!---->`, which Lit writes
      // `<?>`) were hydrated too: the address follows the language.
      if (element === 'contact-box') expect(texts(el.shadowRoot!, 'address')[0]).to.include('Town Hall, Marktplatz 10');
      expect(win.__ssrErrors).to.deep.equal([]);
    });
  }

  it('from a feed of one’s own: marked defer-hydration, so the script leaves it as rendered', async () => {
    const { win, doc } = await openPage('--lang en --feed {origin}/__security/feed.json', 'ssr');
    const list = doc.querySelector('network-list') as Live;
    await until(() => win.customElements.get('network-list'), 'the script to define the elements');
    await new Promise((r) => setTimeout(r, 100));
    expect(list.hasAttribute('defer-hydration')).to.be.true;
    expect(list.getAttribute('src')).to.match(/\/__security\/feed\.json$/);
    expect(list.hasUpdated, 'not updated').to.be.false;
    expect(
      list.shadowRoot!.querySelector('h2') === win.__ssrHeading,
      'the first heading is the rendered node',
    ).to.equal(true);
    expect(texts(list.shadowRoot!, 'h2'), 'only the partner feed’s category').to.deep.equal([
      'Topic-specific networks',
    ]);
    expect(win.__ssrErrors).to.deep.equal([]);
  });

  it('is accessible before any script (axe, declarative shadow DOM)', async () => {
    const container = document.createElement('div');
    containers.push(container);
    document.body.append(container);
    container.setHTMLUnsafe(await cliOutput('--lang en'));
    expect(container.querySelector('network-list')!.shadowRoot!.querySelectorAll('article')).to.have.length(5);
    await expect(container).to.be.accessible();
  });
});

describe('plain HTML (render --plain)', () => {
  it('no custom elements, no script: semantic, styled, scoped, accessible markup in the chosen language', async () => {
    const html = await cliOutput('--plain --lang en');
    const container = document.createElement('div');
    containers.push(container);
    document.body.append(container);
    container.append(document.createRange().createContextualFragment(html));
    expect(
      container.querySelectorAll('script, template, network-list, [part]'),
      'nothing but plain HTML',
    ).to.have.length(0);
    const base = container.querySelector('.ne-base')!;
    expect(base.getAttribute('lang')).to.equal('en');
    expect(texts(base, 'section > h2')).to.deep.equal(['Cross-topic networks', 'Topic-specific networks']);
    expect(base.querySelectorAll('section ul > li > article h3')).to.have.length(5);
    expect(base.querySelectorAll('article dl dt').length).to.be.greaterThan(4);
    expect(getComputedStyle(base.querySelector('.ne-list')!).display).to.equal('grid');
    expect(getComputedStyle(base.querySelector('.ne-card')!).borderTopStyle).to.equal('solid');
    // The style sheet reaches only its own classes: the test page's body and lists are untouched.
    const outside = document.createElement('ul');
    containers.push(outside);
    document.body.append(outside);
    expect(getComputedStyle(outside).display).to.equal('block');
    expect(getComputedStyle(outside).paddingInlineStart).to.not.equal('0px');
    await expect(container).to.be.accessible();
  });

  it('the contact box as an address, in German', async () => {
    const container = document.createElement('div');
    containers.push(container);
    document.body.append(container);
    container.append(document.createRange().createContextualFragment(await cliOutput('--plain --element contact-box')));
    expect(texts(container, 'h2')).to.deep.equal(['Kontakt']);
    expect(container.querySelectorAll('address')).to.have.length(2);
    expect(container.querySelector('.ne-base')!.getAttribute('lang')).to.equal('de');
    await expect(container).to.be.accessible();
  });
});

describe('print', () => {
  before(async function () {
    await requires(this, 'print-media');
  });

  it('links print their addresses; the Retry button is not printed', async () => {
    const { win, doc } = await openPage('--lang en', 'ssr');
    const list = doc.querySelector('network-list') as Live;
    await until(() => list.hasUpdated, 'the list to hydrate');
    const failing = doc.createElement('network-list');
    failing.setAttribute('src', '/__ssr/missing-feed.json');
    doc.body.append(failing);
    const button = (await until(
      () => failing.shadowRoot?.querySelector('button'),
      'the Retry button',
    )) as HTMLButtonElement;
    const link = list.shadowRoot!.querySelector('a[href^="https://"]')!;
    expect(win.getComputedStyle(link, '::after').content).to.equal('none');
    expect(win.getComputedStyle(button).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    expect(win.getComputedStyle(link, '::after').content).to.match(/^" \(" attr\(href\) "\)"$|^" \(https:\/\//);
    expect(win.getComputedStyle(button).display).to.equal('none');
    // mailto: and tel: links say what they are in their text; only web addresses are written out.
    expect(win.__ssrErrors).to.deep.equal([]);
  });

  it('plain HTML prints link addresses too', async () => {
    const container = document.createElement('div');
    containers.push(container);
    document.body.append(container);
    container.append(
      document
        .createRange()
        .createContextualFragment(await cliOutput('--plain --element network-card --network eccar')),
    );
    const link = container.querySelector('a[href="https://www.eccar.info"]')!;
    expect(getComputedStyle(link, '::after').content).to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(link, '::after').content).to.match(/^" \(" attr\(href\) "\)"$|^" \(https:\/\//);
  });
});
