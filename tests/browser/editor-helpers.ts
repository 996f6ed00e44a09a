// Helpers for the feed editor's tests (editor*.test.ts; not a test file itself).
import { fixture, html } from '@open-wc/testing';
import '../../editor/src/feed-editor.js';
import type { FeedEditor } from '../../editor/src/feed-editor.js';
import { clean } from './elements-helpers.js';

const keys = new Set<string>();

/**
 * A localStorage key for one test's draft: test files run side by side in one browser, and
 * would otherwise find each other's drafts.
 */
export function draftKey(): string {
  const key = `network-elements-editor:draft:test-${crypto.randomUUID()}`;
  keys.add(key);
  return key;
}

/** Removes the drafts the tests of this file kept. */
export function forgetDrafts() {
  for (const key of keys) localStorage.removeItem(key);
  keys.clear();
}

/** A fresh editor with a draft of its own (none yet), or the one under `storageKey`. */
export async function editor(lang = 'de', storageKey = draftKey()): Promise<FeedEditor> {
  const el = await fixture<FeedEditor>(html`<feed-editor lang=${lang} storage-key=${storageKey}></feed-editor>`);
  await el.updateComplete;
  return el;
}

/** One match in the editor's shadow root (fails the test when missing). */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** All matches in the editor's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The button whose text (as read, hidden parts included) is `text`. */
export function button(el: Element, text: string | RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) =>
    typeof text === 'string' ? clean(b) === text : text.test(clean(b)),
  );
  if (!found) throw new Error(`no button “${text}”`);
  return found;
}

/** The form control labelled `label` inside `scope` (a label's `for`). */
export function field<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, label: string): T {
  const found = [...scope.querySelectorAll('label')].find((l) => clean(l) === label);
  if (!found) throw new Error(`no field “${label}”`);
  return (scope.querySelector(`#${CSS.escape(found.htmlFor)}`) ?? found.querySelector('input')) as T;
}

/** The group (fieldset) whose legend reads `legend`, inside `scope`. */
export function group(scope: ParentNode, legend: string): HTMLFieldSetElement {
  const found = [...scope.querySelectorAll('fieldset')].find(
    (f) => clean(f.querySelector(':scope > legend')) === legend,
  );
  if (!found) throw new Error(`no group “${legend}”`);
  return found;
}

/** The id of the focused element in the editor (ids compare cleanly in assertions; elements do not). */
export const focused = (el: Element) => el.shadowRoot!.activeElement?.id ?? '';

/** Types into a field as a user does (an input event per change). */
export async function type(el: FeedEditor, input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks and waits for the editor (and the preview elements) to render. */
export async function press(el: FeedEditor, b: HTMLElement) {
  b.click();
  await el.updateComplete;
  await settle(el);
}

/** Waits until the preview's elements have rendered the current feed. */
export async function settle(el: FeedEditor) {
  await el.updateComplete;
  for (const p of $$<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'network-list, network-card, contact-box'))
    await p.updateComplete;
}

/** With a draft open, shows the ways to open another feed. */
export async function showOpen(el: FeedEditor) {
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('#h-open button');
  if (toggle?.getAttribute('aria-expanded') === 'false') await press(el, toggle);
}

/** The item (network, category, …) whose disclosure reads `title`, opened. */
export async function openItem(el: FeedEditor, title: string): Promise<HTMLElement> {
  const toggle = $$<HTMLButtonElement>(el, 'button.disclosure').find((b) => clean(b.querySelector('.title')) === title);
  if (!toggle) throw new Error(`no item “${title}”`);
  if (toggle.getAttribute('aria-expanded') !== 'true') await press(el, toggle);
  return toggle.closest('li')!;
}

/** The preview's element in a language. */
export function previewOf<T extends Element = HTMLElement>(el: FeedEditor, lang: 'de' | 'en', tag: string): T {
  return $<T>(el, `.preview ${tag}[lang="${lang}"]`);
}

/** The preview of an element as text. */
export const previewText = (el: FeedEditor, lang: 'de' | 'en', tag = 'network-list') =>
  clean(previewOf(el, lang, tag).shadowRoot);

/** The editor's description of a field: the texts its aria-describedby points at. */
export const description = (el: FeedEditor, control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => clean(el.shadowRoot!.getElementById(id)))
    .join(' | ');
