import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from './localize.js';

/**
 * Maps a language tag to an interface language: German for `de` and its regional tags, English
 * for any other. Besides BCP 47 (`de`, `de-AT`), the forms pages write in its place: a locale
 * with an underscore or an encoding (`de_DE`, `de_DE.UTF-8`), ISO 639-2 (`deu`, `ger`), any case.
 */
export function toLocale(tag: string): Locale {
  return /^(deu?|ger)(?![a-z])/i.test(tag.trim()) ? 'de' : 'en';
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots to their hosts), else German, the language of the bundled content. `<html lang>` is the
 * last ancestor of all. An empty `lang=""` means "unknown" in HTML and is passed over.
 */
export function resolveLocale(element: Element): Locale {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang && lang.trim()) return toLocale(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'de';
}

type LocaleHost = ReactiveControllerHost & Element;

/**
 * Keeps an element's language current. One MutationObserver per root (the document, and each
 * shadow root an element sits in) watches every `lang` attribute below it, so a site's language
 * switch on `<html>` or any ancestor re-renders the elements it concerns, without reload.
 */
export class LanguageController implements ReactiveController {
  /**
   * The language the host renders in. Until the host is first connected (as in server-side
   * rendering, which never connects it), read from its own `lang` attribute.
   */
  get locale(): Locale {
    return this.#locale ?? resolveLocale(this.#host);
  }

  #locale?: Locale;
  readonly #host: LocaleHost;

  constructor(host: LocaleHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    this.#locale = resolveLocale(this.#host);
    hosts.add(this);
    for (let root = this.#host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      observe(root);
      if (!(root instanceof ShadowRoot)) break;
    }
  }

  hostDisconnected() {
    hosts.delete(this);
  }

  /** Re-reads the language; asks for a render only when it changed. */
  refresh() {
    const locale = resolveLocale(this.#host);
    if (locale !== this.#locale) {
      this.#locale = locale;
      this.#host.requestUpdate();
    }
  }
}

const hosts = new Set<LanguageController>();
let observer: MutationObserver | undefined;

/** Observing a root again only sets the same options again: one observation per root, however many elements. */
function observe(root: Node) {
  observer ??= new MutationObserver(() => hosts.forEach((h) => h.refresh()));
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}
