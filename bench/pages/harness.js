// The in-page half of `npm run bench`: one sample at a time, driven by scripts/bench.mjs.
// Both subjects are timed the same way: from setting the data (or <html lang>) until the whole
// content is in the DOM and laid out (a forced layout), read with performance.now().
import { syntheticFeed } from './feeds.js';
import { renderFloor } from './floor.js';

const stage = document.getElementById('stage');
const feeds = new Map();
let bundled;

async function feed(count) {
  bundled ??= await (await fetch('/feed/networks.json')).json();
  if (!feeds.has(count)) feeds.set(count, syntheticFeed(bundled, count));
  return feeds.get(count);
}

/** The element's style sheets, for the floor to adopt: the same CSSStyleSheet objects. */
function sheets() {
  const List = customElements.get('network-list');
  return [...List.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet)), ...extra];
}
/** Extra CSS for both subjects (`?css=…`), to try style changes without a rebuild. */
const extra = [];
const extraCss = new URLSearchParams(location.search).get('css');
if (extraCss) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(extraCss);
  extra.push(sheet);
}

const layout = (node) => node.getBoundingClientRect().height;
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
/** Two frames and a task: whatever the last sample left (paint, GC) is done. */
const settle = async () => {
  await frame();
  await frame();
  await new Promise((r) => setTimeout(r, 0));
};
/** A fresh document state: nothing on stage, German page. */
async function reset() {
  stage.replaceChildren();
  document.documentElement.lang = 'de';
  globalThis.gc?.();
  await settle();
}

/**
 * Resolves when `root` first holds a card (an `<article>`): the time after a forced layout, and
 * the time at which the next frame (the one that shows it) is laid out and about to paint — read
 * in that frame's animation-frame callback after laying out, before any later task (such as the
 * element's next chunk) can run. The element renders its first networks in its first update.
 */
function firstCard(root, host) {
  return new Promise((resolve) => {
    const mo = new MutationObserver(() => {
      if (!root.querySelector('article')) return;
      mo.disconnect();
      layout(host);
      const laidOut = performance.now();
      requestAnimationFrame(() => {
        layout(host);
        resolve({ laidOut, shown: performance.now() });
      });
    });
    mo.observe(root, { childList: true, subtree: true });
  });
}

/** Layout shifts on the page, as the browser reports them (for CLS). */
const shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push(e.value);
}).observe({ type: 'layout-shift' });

const subjects = {
  /** `<network-list>` from the script-tag bundle, data through the `feed` property. */
  async element(data, { measureFirst } = {}) {
    const el = document.createElement('network-list');
    const t0 = performance.now();
    el.feed = data;
    stage.append(el);
    if (extra.length) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, ...extra];
    const first = measureFirst ? firstCard(el.shadowRoot, el) : undefined;
    await el.updateComplete;
    layout(el);
    const t1 = performance.now();
    const f = await first;
    return {
      ms: t1 - t0,
      firstMs: f && f.laidOut - t0,
      firstFrameMs: f && f.shown - t0,
      node: el,
      root: el.shadowRoot,
    };
  },
  /** The hand-built floor: same markup, same style sheets, in a shadow root. */
  async floor(data) {
    const host = document.createElement('div');
    const s = sheets();
    const t0 = performance.now();
    const setLocale = renderFloor(host, data, 'de', s);
    stage.append(host);
    layout(host);
    const t1 = performance.now();
    return { ms: t1 - t0, firstMs: t1 - t0, node: host, root: host.shadowRoot, setLocale };
  },
};

/** Switches <html lang> de → en and times until the subject has re-rendered and laid out. */
const switchers = {
  async element(r) {
    const t0 = performance.now();
    document.documentElement.lang = 'en';
    // The element hears the change from its MutationObserver (a microtask), then updates.
    await Promise.resolve();
    while (!(await r.node.updateComplete));
    layout(r.node);
    return performance.now() - t0;
  },
  async floor(r) {
    const t0 = performance.now();
    document.documentElement.lang = 'en';
    // A hand-written component would also watch the attribute; the floor reads it directly.
    r.setLocale(document.documentElement.lang === 'en' ? 'en' : 'de');
    layout(r.node);
    return performance.now() - t0;
  },
};

/** The DOM as comparable text: elements with sorted attributes, text with collapsed blanks. */
function shape(root) {
  const out = [];
  const walk = (node) => {
    for (const c of node.childNodes) {
      if (c.nodeType === Node.COMMENT_NODE) continue;
      if (c.nodeType === Node.TEXT_NODE) {
        const t = c.data.replace(/\s+/g, ' ');
        if (t.trim()) out.push(t);
        continue;
      }
      const attrs = [...c.attributes].map((a) => `${a.name}="${a.value}"`).sort();
      out.push(`<${c.localName} ${attrs.join(' ')}>`);
      walk(c);
      out.push(`</${c.localName}>`);
    }
  };
  walk(root);
  return out.join('').replace(/\s*(<|>)\s*/g, '$1');
}

/** The nodes under `root`, by kind: the style and layout work of a change grows with them. */
function countNodes(root) {
  const count = { elements: 0, texts: 0, comments: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE) count.elements++;
    else if (n.nodeType === Node.TEXT_NODE) count.texts++;
    else if (n.nodeType === Node.COMMENT_NODE) count.comments++;
  }
  return count;
}

/** Exposed to scripts/bench.mjs. */
window.bench = {
  async prepare(count) {
    await customElements.whenDefined('network-list');
    await feed(count);
    await reset();
    return true;
  },
  /**
   * One render sample of `kind` ('element' | 'floor') with `count` networks. `fresh`: a new copy
   * of the data, which the element has not validated yet (otherwise it remembers the check of
   * the same object). `tail`: wait two frames before the end mark, so that a trace holds the
   * paint of the last frame.
   */
  async render(kind, count, { measureFirst, fresh, tail } = {}) {
    const data = fresh ? structuredClone(await feed(count)) : await feed(count);
    await reset();
    const shifted = shifts.length;
    performance.mark(`bench:${kind}:render:${count}:start`);
    const r = await subjects[kind](data, { measureFirst });
    if (tail) await settle();
    performance.mark(`bench:${kind}:render:${count}:end`);
    const cards = r.root.querySelectorAll('article').length;
    if (cards !== count) throw new Error(`${kind} rendered ${cards} of ${count} networks`);
    return {
      ms: r.ms,
      firstMs: r.firstMs,
      firstFrameMs: r.firstFrameMs,
      shift: shifts.slice(shifted).reduce((a, b) => a + b, 0),
    };
  },
  /** One language-switch sample: render in German (not timed), then time de → en. */
  async switchLanguage(kind, count, { tail } = {}) {
    const data = await feed(count);
    await reset();
    const r = await subjects[kind](data);
    await settle();
    performance.mark(`bench:${kind}:language:${count}:start`);
    const ms = await switchers[kind](r);
    if (tail) await settle();
    performance.mark(`bench:${kind}:language:${count}:end`);
    const last = [...r.root.querySelectorAll('[part="fact-term"]')].at(-1)?.textContent;
    if (!/^Heidelberg/.test(last ?? '')) throw new Error(`${kind} did not switch its last card to English: ${last}`);
    return { ms };
  },
  /** Renders both subjects with `count` networks in `lang` and compares their DOM. */
  async compare(count, lang) {
    const data = await feed(count);
    const shapes = {};
    const nodes = {};
    for (const kind of ['element', 'floor']) {
      await reset();
      const r = await subjects[kind](data);
      if (lang !== 'de') {
        await settle();
        await switchers[kind](r);
      }
      shapes[kind] = shape(r.root);
      nodes[kind] = countNodes(r.root);
    }
    await reset();
    if (shapes.element === shapes.floor) return { same: true, nodes };
    let i = 0;
    while (shapes.element[i] === shapes.floor[i]) i++;
    return {
      same: false,
      at: i,
      element: shapes.element.slice(i - 80, i + 120),
      floor: shapes.floor.slice(i - 80, i + 120),
    };
  },
  reset,
};
document.dispatchEvent(new Event('bench-ready'));
