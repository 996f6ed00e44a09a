// Helpers for the remote-feed tests: routes on the test server (tests/server/feed-server.mjs),
// waiting, reading the elements' states, and a watch for uncaught errors.
import type { FeedElement } from '../../src/index.js';

const run = Math.random().toString(36).slice(2, 8);
let serial = 0;

export interface ServerStats {
  requests: number;
  aborted: number;
  finished: number;
  notModified: number;
  bytes: number;
  headers: Record<string, string>;
  url: string;
}

/** A test-server route with its own id: `url` to load, `stats()` for what the server saw. */
export function route(name: string, params: Record<string, string | number> = {}) {
  const id = `${run}-${++serial}`;
  const query = new URLSearchParams({
    id,
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  });
  const url = `/__feeds/${name}?${query}`;
  return {
    id,
    url,
    absolute: new URL(url, document.baseURI).href,
    stats: async (): Promise<ServerStats> => (await fetch(`/__feeds/stats?id=${id}`, { cache: 'no-store' })).json(),
  };
}

/** Polls until `check` returns something truthy; fails with `what` after `timeout` ms. */
export async function until<T>(check: () => T | Promise<T>, what: string, timeout = 4000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timed out waiting for: ${what}`);
    await sleep(20);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The element's live region. */
export function status(el: FeedElement): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="status"]')!;
}

/**
 * What the element's live region announces, whitespace squashed: its text but the closed
 * disclosure of details for webmasters (aria-live="off" in it).
 */
export function statusText(el: FeedElement): string {
  const region = status(el).cloneNode(true) as HTMLElement;
  region.querySelectorAll('details').forEach((d) => d.remove());
  return squash(region.textContent);
}

/** The paragraphs of the error message that the reader sees: the sentence, retrying, the way on. */
export function errorLines(el: FeedElement): string[] {
  return [...status(el).querySelectorAll('[part="error"] > p')].map((p) => squash(p.textContent));
}

/** The disclosure of details for webmasters in the error message, if any. */
export function details(el: FeedElement): HTMLDetailsElement | null {
  return status(el).querySelector('[part="error"] > details');
}

/** The details for webmasters: the summary, then each paragraph and list item inside. */
export function detailLines(el: FeedElement): string[] {
  const d = details(el);
  return d ? [...d.querySelectorAll('summary, p, li')].map((p) => squash(p.textContent)) : [];
}

export function retryButton(el: FeedElement): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]');
}

/** How many network cards the element shows. */
export function cards(el: Element): number {
  return el.shadowRoot!.querySelectorAll('[part="card"]').length;
}

/** Records the feed events reaching `target`. */
export function recordEvents(target: EventTarget) {
  const loads: Event[] = [];
  const errors: Event[] = [];
  target.addEventListener('feed-load', (e) => loads.push(e));
  target.addEventListener('feed-error', (e) => errors.push(e));
  return { loads, errors };
}

const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => uncaught.push(`unhandled rejection: ${String(e.reason)}`));

/** Uncaught errors and unhandled rejections since the last call. */
export function takeUncaught(): string[] {
  return uncaught.splice(0);
}
