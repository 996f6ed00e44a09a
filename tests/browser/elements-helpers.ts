// Helpers shared by the elements-*.test.ts files (not a test file itself).
import { aTimeout, nextFrame } from '@open-wc/testing';
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
