// Helpers shared by the elements-*.test.ts files (not a test file itself).
import { aTimeout, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

/** The element's shadow root. */
export const root = (el: Element) => el.shadowRoot!;

/** All matches in an element's shadow root. */
export const all = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  [...root(el).querySelectorAll<T>(selector)] as T[];

/** One match in an element's shadow root (fails the test when missing). */
export function one<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** Text with whitespace collapsed, as a reader would see it. */
export const clean = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The trimmed texts of all matches. */
export const texts = (el: Element, selector: string) => all(el, selector).map((n) => clean(n));

/** Records the warnings written to the console, for `take()`, and keeps them out of the test log until `stop()`. */
export function recordWarnings() {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {
    take: () => warnings.splice(0),
    stop: () => void (console.warn = warn),
  };
}

/** Each fact of a card as [term, ...values], from its `<dt>` and `<dd>`s. */
export const facts = (el: Element | ParentNode) =>
  [...('shadowRoot' in el && el.shadowRoot ? el.shadowRoot : el).querySelectorAll('dl > div')].map((row) =>
    [...row.querySelectorAll('dt, dd')].map((n) => clean(n)),
  );

/** A CSS colour as getComputedStyle reports it (system colours resolved in the current mode). */
export function computedColor(color: string): string {
  const p = document.createElement('span');
  p.style.color = color;
  document.body.append(p);
  const value = getComputedStyle(p).color;
  p.remove();
  return value;
}

type RGB = [number, number, number];

/** WCAG 2 contrast ratio of two colours. */
export function contrast(a: RGB, b: RGB): number {
  const l = (c: RGB) =>
    c
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [l(a), l(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colours painted in `box` (CSS px of the viewport), from a screenshot (the `screenshot`
 * server command): what forced colours really paint, which getComputedStyle does not tell (a
 * text's backplate, for one). `background`: the most frequent pixel; `text`: the pixel of the
 * highest contrast against it (a glyph's fully covered pixel, where there is text to see).
 */
export async function painted(box: { x: number; y: number; width: number; height: number }) {
  await nextFrame();
  const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
  const png = (await executeServerCommand('screenshot', clip)) as string;
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  const counts = new Map<string, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const colours = [...counts.keys()].map((k) => k.split(',').map(Number) as RGB);
  const background = colours.reduce((a, b) => (counts.get(`${b}`)! > counts.get(`${a}`)! ? b : a));
  const text = colours.reduce((a, b) => (contrast(b, background) > contrast(a, background) ? b : a));
  return { background, text };
}

/** The language the element renders in, as its content says (`lang` on the `base` part). */
export const renderedLang = (el: Element) => one(el, '[part="base"]').getAttribute('lang');

/** Waits until language observers have run and the elements have re-rendered. */
export async function settle(...els: LitElement[]) {
  await aTimeout(0);
  await Promise.all(els.map((e) => e.updateComplete));
  await nextFrame();
}

const initialHtmlLang = document.documentElement.getAttribute('lang');

/** Puts `<html lang>` back as the test page had it: every test that changes it calls this after. */
export function restoreHtmlLang() {
  if (initialHtmlLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', initialHtmlLang);
}

/** Sets or removes `<html lang>`. */
export function setHtmlLang(lang: string | null) {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
}

/**
 * A small valid feed with data in both languages, a fresh object each call (the elements cache
 * validation per object). The addresses are placeholders from reserved example domains.
 */
export function smallFeed(): Record<string, unknown> {
  return {
    version: '1.0',
    checked: '2025-01-31',
    title: { de: 'Partnerschaften', en: 'Partnerships' },
    intro: [{ de: 'Ein kurzer Einstieg.', en: 'A short introduction.' }],
    contactIntro: { de: 'Schreiben Sie uns:', en: 'Write to us:' },
    offices: [
      {
        id: 'office',
        name: { de: 'Europabüro', en: 'Europe Office' },
        address: { street: 'Beispielweg 1', postalCode: '12345', locality: 'Musterstadt' },
        url: { de: 'https://example.org/de/europa', en: 'https://example.org/en/europe' },
        phone: '+49 30 1234-567',
      },
    ],
    contacts: [
      { id: 'erika', name: 'Erika Mustermann', office: 'office', email: 'erika@example.org' },
      { id: 'max', name: 'Max Mustermann', role: { de: 'Referent', en: 'Officer' }, office: 'office' },
    ],
    categories: [
      { id: 'alpha', name: { de: 'Erste Gruppe', en: 'First group' } },
      { id: 'empty', name: { de: 'Leere Gruppe', en: 'Empty group' } },
    ],
    networks: [
      {
        id: 'one',
        category: 'alpha',
        name: { de: 'Netzwerk Eins', en: 'Network One' },
        shortName: { de: 'NE', en: 'NO' },
        description: [{ de: 'Beschreibung.', en: 'Description.' }],
        website: 'https://example.org/one',
        links: [{ url: 'https://example.org/one/about', label: { de: 'Über Netzwerk Eins', en: 'About Network One' } }],
        members: { value: 12345, qualifier: 'about' },
        founded: '1999-03',
      },
    ],
  };
}

/** A feed whose texts are all German only, as a partner's one-language feed may be. */
export function germanOnlyFeed(): Record<string, unknown> {
  return {
    version: '1.0',
    checked: '2025-01-31',
    title: { de: 'Netzwerke' },
    intro: [{ de: 'Nur auf Deutsch.' }],
    contacts: [],
    categories: [{ id: 'k', name: { de: 'Kategorie' } }],
    networks: [
      {
        id: 'n',
        category: 'k',
        name: { de: 'Deutsches Netzwerk' },
        description: [{ de: 'Eine deutsche Beschreibung.' }],
        website: 'https://example.org/n',
        roles: [{ role: { de: 'Mitglied' }, from: '2020-05' }],
      },
    ],
  };
}
