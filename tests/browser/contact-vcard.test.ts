/**
 * "Save contact" in <contact-box>: each contact's button downloads a vCard 4.0 (RFC 6350) built
 * from the feed in the element's language. The download is caught where the element hands it to
 * the browser (the Blob given to URL.createObjectURL, the temporary link's click) and the file is
 * parsed back with ical.js, a real vCard parser.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { requires } from './engine.js';
import ICAL from 'ical.js';
import '../../src/index.js';
import type { ContactBox } from '../../src/index.js';
import { vcard, vcardFileName } from '../../src/vcard/vcard.js';
import { all, smallFeed } from './elements-helpers.js';
import { SAFE_PROTOCOLS, until } from '../fixtures/security-helpers.js';
import type { Contact } from '../../src/generated/feed-types.js';

interface Download {
  blob: Blob;
  text: string;
  bytes: Uint8Array;
  url: string;
  fileName: string;
  /** Whether the link was in the document when clicked. */
  linkInDocument: boolean;
  revoked: string[];
}

/**
 * Runs `act` (which presses a save button) with the download machinery stubbed: the Blob is kept,
 * the link's click is recorded instead of starting a download, revocations are counted.
 */
async function download(act: () => unknown): Promise<Download> {
  const { createObjectURL, revokeObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  const clicks: HTMLAnchorElement[] = [];
  const revoked: string[] = [];
  URL.createObjectURL = (blob: Blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revokeObjectURL(url);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push(this);
    (this as HTMLAnchorElement & { wasConnected?: boolean }).wasConnected = this.isConnected;
  };
  try {
    await act();
    // The vCard writer is loaded on the first click (src/parts/); the download follows it.
    await until(() => clicks.length, 'the download link to be clicked');
    await new Promise((r) => setTimeout(r, 20));
    expect(clicks, 'one download link clicked').to.have.length(1);
    const [a] = clicks;
    const blob = blobs.get(a.href)!;
    expect(blob, 'the link points at the vCard blob').to.exist;
    await new Promise((r) => setTimeout(r, 20));
    return {
      blob,
      text: await blob.text(),
      bytes: new Uint8Array(await blob.arrayBuffer()),
      url: a.href,
      fileName: a.download,
      linkInDocument: (a as HTMLAnchorElement & { wasConnected?: boolean }).wasConnected!,
      revoked,
    };
  } finally {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    HTMLAnchorElement.prototype.click = click;
  }
}

const saveButtons = (el: Element) => all<HTMLButtonElement>(el, 'button[part="save"]');

/** Clicks the i-th contact's save button and returns the download. */
const save = (el: Element, i = 0) => download(() => saveButtons(el)[i].click());

/** The vCard parsed by ical.js. */
function parse(text: string) {
  const card = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(card.name).to.equal('vcard');
  return card;
}

const value = (card: ICAL.Component, name: string) => card.getFirstPropertyValue(name);
/** The property names in order, as a parser sees them. */
const names = (card: ICAL.Component) => card.getAllProperties().map((p) => p.name);

/** Checks the file's form: CRLF only, VERSION right after BEGIN, no line over 75 octets, none splitting a character. */
function expectWellFormed(d: Download) {
  expect(d.text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n'), d.text).to.equal(true);
  expect(d.text.endsWith('\r\nEND:VCARD\r\n')).to.equal(true);
  expect(d.text.replace(/\r\n/g, ''), 'no bare CR or LF').not.to.match(/[\r\n]/);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < d.bytes.length - 1; i++) {
    if (d.bytes[i] === 13 && d.bytes[i + 1] === 10) {
      lines.push(d.bytes.subarray(start, i));
      start = i + 2;
    }
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of lines) {
    expect(line.length, decoder.decode(line)).to.be.at.most(75);
    // A fatal decoder throws on a UTF-8 sequence cut in two.
    expect(() => decoder.decode(line)).not.to.throw();
  }
  return lines.map((l) => decoder.decode(l));
}

describe('<contact-box>: save a contact as a vCard', () => {
  it('German: a button per contact, named with whose contact it saves; the vCard from the bundled feed', async () => {
    const el = await fixture<ContactBox>(html`<contact-box lang="de"></contact-box>`);
    const buttons = saveButtons(el);
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Kontakt speichern', 'Kontakt speichern']);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Kontakt speichern: Anna Seitz',
      'Kontakt speichern: Lisa Güthermann',
    ]);
    const d = await save(el, 1);
    expectWellFormed(d);
    expect(d.fileName).to.equal('Lisa-Güthermann.vcf');
    expect(d.blob.type).to.equal('text/vcard;charset=utf-8');
    expect(d.url.startsWith('blob:')).to.equal(true);
    expect(d.linkInDocument, 'the temporary link is never in the document').to.equal(false);
    expect(d.revoked, 'the object URL is revoked afterwards').to.deep.equal([d.url]);
    // The raw lines: the comma in the office's name is escaped, the umlauts are UTF-8.
    expect(d.text).to.include('\r\nORG:Referat des Oberbürgermeisters\\, Internationales und Europa\r\n');
    const card = parse(d.text);
    expect(value(card, 'version')).to.equal('4.0');
    expect(value(card, 'fn')).to.equal('Lisa Güthermann');
    expect(value(card, 'n')).to.deep.equal(['Güthermann', 'Lisa', '', '', '']);
    expect(value(card, 'org')).to.equal('Referat des Oberbürgermeisters, Internationales und Europa');
    expect(value(card, 'adr')).to.deep.equal(['', '', ['Rathaus', 'Marktplatz 10'], 'Heidelberg', '', '69117', 'DE']);
    expect(card.getFirstProperty('adr')!.getParameter('type')).to.equal('work');
    // The bundled feed has no e-mail, phone or office page for them: none is made up.
    expect(names(card)).to.deep.equal(['version', 'fn', 'n', 'org', 'adr']);
  });

  it('English: the texts of the feed in English', async () => {
    const el = await fixture<ContactBox>(html`<contact-box lang="en" contact="anna-seitz"></contact-box>`);
    const [button] = saveButtons(el);
    expect(button.textContent!.trim()).to.equal('Save contact');
    expect(button.getAttribute('aria-label')).to.equal('Save contact: Anna Seitz');
    const d = await save(el);
    expectWellFormed(d);
    expect(d.fileName).to.equal('Anna-Seitz.vcf');
    const card = parse(d.text);
    expect(value(card, 'fn')).to.equal('Anna Seitz');
    expect(value(card, 'org')).to.equal('Office of the Mayor, International Affairs and Europe');
    expect(value(card, 'adr')).to.deep.equal(['', '', ['Town Hall', 'Marktplatz 10'], 'Heidelberg', '', '69117', 'DE']);
  });

  it('follows a language change of the page: the next download is in the new language', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en"><contact-box contact="anna-seitz"></contact-box></div>`,
    );
    const el = wrap.querySelector('contact-box')!;
    wrap.lang = 'de';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    const card = parse((await save(el)).text);
    expect(value(card, 'org')).to.equal('Referat des Oberbürgermeisters, Internationales und Europa');
  });

  it('e-mail, phone, role and office page where the feed has them', async () => {
    const el = await fixture<ContactBox>(html`<contact-box lang="en" .feed=${smallFeed()}></contact-box>`);
    const erika = parse((await save(el, 0)).text);
    expect(names(erika)).to.deep.equal(['version', 'fn', 'n', 'org', 'adr', 'email', 'tel', 'url']);
    expect(value(erika, 'email')).to.equal('erika@example.org');
    expect(value(erika, 'tel')).to.equal('tel:+49301234567');
    expect(erika.getFirstProperty('tel')!.type).to.equal('uri');
    expect(value(erika, 'url')).to.equal('https://example.org/en/europe');
    expect(value(erika, 'adr')).to.deep.equal(['', '', 'Beispielweg 1', 'Musterstadt', '', '12345', '']);
    const max = parse((await save(el, 1)).text);
    expect(value(max, 'title')).to.equal('Officer');
    expect(value(max, 'email'), 'the office has no e-mail, and Max none of his own').to.equal(null);
    expect(value(max, 'tel'), 'the office’s phone, as the box shows it').to.equal('tel:+49301234567');
    el.lang = 'de';
    await el.updateComplete;
    const german = parse((await save(el, 1)).text);
    expect(value(german, 'title')).to.equal('Referent');
    expect(value(german, 'org')).to.equal('Europabüro');
    expect(value(german, 'url')).to.equal('https://example.org/de/europa');
  });

  it('hostile names and roles stay values: escaped, parsed back exactly, no property injected', async () => {
    const hostileName = 'Eve; Mallory, \\ "Evil"\r\nEMAIL:evil@example.org\nX';
    const feed = smallFeed();
    const contacts = feed.contacts as Record<string, unknown>[];
    contacts[1].name = hostileName;
    contacts[1].role = { en: 'Role;with,all\\kinds\nTEL:+1 555 0100\rend', de: 'x' };
    const el = await fixture<ContactBox>(html`<contact-box lang="en" contact="max" .feed=${feed}></contact-box>`);
    const d = await save(el);
    const lines = expectWellFormed(d);
    expect(
      lines.filter((l) => /^(EMAIL|TEL)/.test(l)),
      'only the office’s phone',
    ).to.deep.equal(['TEL;VALUE=uri;TYPE=work:tel:+49301234567']);
    // A semicolon is escaped only in the fields of compound properties such as N (RFC 6350 3.3, 3.4).
    expect(d.text).to.include('\r\nFN:Eve; Mallory\\, \\\\ "Evil"\\nEMAIL:evil@example.org\\nX\r\n');
    expect(d.text).to.include('\r\nN:X;Eve\\; Mallory\\, \\\\ "Evil"\\nEMAIL:evil@example.org;;;\r\n');
    const card = parse(d.text);
    expect(names(card)).to.deep.equal(['version', 'fn', 'n', 'org', 'title', 'adr', 'tel', 'url']);
    expect(value(card, 'fn')).to.equal('Eve; Mallory, \\ "Evil"\nEMAIL:evil@example.org\nX');
    expect(value(card, 'title')).to.equal('Role;with,all\\kinds\nTEL:+1 555 0100\nend');
    expect(value(card, 'n')).to.deep.equal(['X', 'Eve; Mallory, \\ "Evil"\nEMAIL:evil@example.org', '', '', '']);
    expect(d.fileName).to.equal('Eve-Mallory-Evil-EMAIL-evil-example-org-X.vcf');
    expect(d.fileName).to.match(/^[\p{L}\p{N}-]+\.vcf$/u);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const office = {
      id: 'o',
      // Long, with two-, three- and four-byte characters around the fold points.
      name: {
        de: `Büro für Städtepartnerschaften, Völkerverständigung und Öffentlichkeitsarbeit ${'ä€😀'.repeat(20)}`,
      },
    };
    const contact: Contact = { id: 'c', name: 'Jürgen Müller-Lüdenscheidt', office: 'o' };
    const text = vcard(contact, office, 'de');
    const bytes = new TextEncoder().encode(text);
    const lines = expectWellFormed({ text, bytes } as Download);
    expect(lines.filter((l) => l.startsWith(' ')).length, 'the ORG line is folded').to.be.greaterThan(2);
    expect(value(parse(text), 'org')).to.equal(office.name.de);
    expect(value(parse(text), 'n')).to.deep.equal(['Müller-Lüdenscheidt', 'Jürgen', '', '', '']);
  });

  it('leaves out a phone or page that is not safe', () => {
    const office = { id: 'o', name: { en: 'Office' }, url: 'javascript:alert(1)', phone: 'no digits' };
    const text = vcard({ id: 'c', name: 'Single', office: 'o', email: 'a@b.example' }, office, 'en');
    const card = parse(text);
    // A phone without digits makes a bare `tel:`; the page is no web address.
    expect(names(card)).to.deep.equal(['version', 'fn', 'n', 'org', 'email']);
    expect(value(card, 'n')).to.deep.equal(['Single', '', '', '', '']);
  });

  it('file names: letters and digits of the name, never a path', () => {
    expect(vcardFileName('Lisa Güthermann')).to.equal('Lisa-Güthermann.vcf');
    expect(vcardFileName('../../etc/passwd')).to.equal('-etc-passwd.vcf');
    expect(vcardFileName('C:\\x<>:"|?* y')).to.equal('C-x-y.vcf');
  });

  it('renders no blob:, data: or other link in the DOM; the button is keyboard reachable and axe-clean', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en">
      <button id="start">start</button>
      <contact-box .feed=${smallFeed()} contact="max"></contact-box>
    </div>`);
    const el = wrap.querySelector('contact-box')!;
    wrap.querySelector<HTMLButtonElement>('#start')!.focus();
    // Max's phone and office page come first, then the button.
    let focused: Element | null = null;
    for (let i = 0; i < 3 && focused?.getAttribute('part') !== 'save'; i++) {
      await sendKeys({ press: 'Tab' });
      focused = el.shadowRoot!.activeElement;
    }
    expect(focused?.getAttribute('part'), 'Tab reaches the save button').to.equal('save');
    expect(focused!.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(focused!).outlineStyle).to.equal('solid');
    const d = await download(() => sendKeys({ press: 'Enter' }));
    expect(value(parse(d.text), 'fn')).to.equal('Max Mustermann');
    for (const a of all<HTMLAnchorElement>(el, 'a')) expect(SAFE_PROTOCOLS).to.include(a.protocol);
    expect(el.shadowRoot!.innerHTML).not.to.match(/blob:|data:/);
    await expect(el).to.be.accessible();
    for (const lang of ['de', 'en']) {
      const box = await fixture<ContactBox>(html`<contact-box lang=${lang}></contact-box>`);
      await expect(box).to.be.accessible();
    }
  });

  it('is hidden on paper', async function () {
    await requires(this, 'print-media');
    const el = await fixture<ContactBox>(html`<contact-box lang="de"></contact-box>`);
    expect(getComputedStyle(saveButtons(el)[0]).display).not.to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(saveButtons(el).map((b) => getComputedStyle(b).display)).to.deep.equal(['none', 'none']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<contact-box> server-rendered (render): saving needs the script', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  async function open(script: 'none' | 'ssr') {
    const frame = document.createElement('iframe');
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = `/__ssr/page.html?script=${script}&args=${encodeURIComponent('--element contact-box --lang en')}`;
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    const box = win.document.querySelector('contact-box')!;
    return { win, box, buttons: () => [...box.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="save"]')] };
  }

  it('without a script the buttons are hidden (nothing would happen), and plain HTML has none', async () => {
    const { win, buttons } = await open('none');
    expect(win.customElements.get('contact-box')).to.equal(undefined);
    expect(buttons().map((b) => win.getComputedStyle(b).display)).to.deep.equal(['none', 'none']);
    const plain = await (
      await fetch(`/__ssr/render?args=${encodeURIComponent('--plain --element contact-box')}`)
    ).text();
    expect(plain).to.include('Anna Seitz');
    expect(plain).not.to.include('<button');
  });

  it('once the hydrating script has taken over, they show and save', async () => {
    const { win, box, buttons } = await open('ssr');
    const live = box as HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };
    const end = performance.now() + 10_000;
    while (!live.hasUpdated && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
    await live.updateComplete;
    expect(win.getComputedStyle(buttons()[0]).display).not.to.equal('none');
    expect((win as unknown as { __ssrErrors: string[] }).__ssrErrors, 'hydrated without errors').to.deep.equal([]);
    const blobs: Blob[] = [];
    const create = win.URL.createObjectURL;
    win.URL.createObjectURL = (b: Blob) => (blobs.push(b), create(b));
    win.HTMLAnchorElement.prototype.click = () => {};
    buttons()[1].click();
    // The hydrating bundle loads its vCard writer (network-elements.vcard.js) on this first click.
    await until(() => blobs.length, 'the vCard');
    expect(blobs).to.have.length(1);
    const card = parse(await blobs[0].text());
    expect(value(card, 'fn')).to.equal('Lisa Güthermann');
    expect(value(card, 'org')).to.equal('Office of the Mayor, International Affairs and Europe');
  });
});
