import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Deep links: with the page's address ending in `#<network id>` (`#eccar`), on load and on
 * `hashchange`, the element scrolls to that network's card and moves focus to its heading
 * (`id="network-<id>"` in the shadow root, made focusable with `tabindex="-1"` only then) once it
 * is rendered. A fragment that names no network shown here does nothing.
 */
const ACTIONS = ['keydown', 'pointerdown'];

export class DeepLink implements ReactiveController {
  /**
   * The network the fragment asks for, until its card has been shown. It stays while the card is
   * not rendered (a loading feed, a later chunk); a fragment naming no network shown here is never found.
   */
  id = '';

  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    (this.#host = host).addController(this);
  }

  hostConnected() {
    addEventListener('hashchange', this.#go);
    // Only the first time: an element moved in the page does not take the focus again.
    if (!this.#host.hasUpdated) this.#go();
  }

  hostDisconnected() {
    removeEventListener('hashchange', this.#go);
    for (const type of ACTIONS) removeEventListener(type, this.#cancel, true);
  }

  #go = () => {
    // `#network-eccar` always; `#eccar` only where no element of the page has that id (a skip link's `#main`).
    const id = location.hash.slice(1);
    this.id = id.startsWith('network-') ? id.slice(8) : document.getElementById(id) ? '' : id;
    // Should the reader act before the card is there (a slow feed, a late chunk) — type, click —
    // the focus stays where they put it: a late deep link is dropped.
    for (const type of ACTIONS) addEventListener(type, this.#cancel, { capture: true, once: true });
    this.#host.requestUpdate();
  };

  #cancel = () => {
    this.id = '';
  };

  /** After each render: once the card is there, scrolls to it and focuses its heading, once. */
  hostUpdated() {
    const h = this.id && (this.#host.renderRoot as ShadowRoot).getElementById(`network-${this.id}`);
    if (h) {
      this.id = '';
      h.tabIndex = -1;
      // The card at the top, as the browser shows a fragment's target. The cards of a long list
      // are laid out only as they come near the screen (content-visibility), and those above it
      // then take their own size a frame or two later: Chromium keeps the card in place, Firefox
      // and WebKit let it be pushed away. So it is scrolled to on each of the next frames (where
      // it already is, that does nothing), and then its heading is focused without a second scroll.
      const card = h.parentElement!;
      const reveal = (frames: number) => {
        card.scrollIntoView();
        if (frames) requestAnimationFrame(() => reveal(frames - 1));
        else h.focus({ preventScroll: true });
      };
      reveal(4);
    }
  }
}
