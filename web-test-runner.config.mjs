// Browser tests: headless Chromium (Debian's package, or CHROME_PATH), TypeScript via esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { engineFromArgs } from './scripts/engines.mjs';
import { defaultReporter } from '@web/test-runner';
import { enginePlugin, engineReporter, launchers } from './tests/server/engines.mjs';
import { securityMiddleware } from './tests/server/security.mjs';
import { feedServerMiddleware } from './tests/server/feed-server.mjs';
import { ssrPagesMiddleware } from './tests/server/ssr-pages.mjs';
import { frameworkBundles } from './tests/frameworks/bundle-plugin.mjs';
import { schemaCheckPlugin } from './tests/server/schema-check.mjs';

const engine = engineFromArgs();

/**
 * `executeServerCommand('emulate-forced-colors', { active })` in a test: Windows High Contrast
 * style forced colours, emulated over the DevTools protocol (the stock `emulateMedia` command
 * cannot do this with Chrome). One session per page, kept open: closing it ends the emulation.
 */
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const value = payload?.active ? 'active' : 'none';
      const features = [{ name: 'forced-colors', value }];
      // A dark contrast theme: `scheme: 'dark'` (Chromium's emulated forced palette follows it).
      if (payload?.scheme) features.push({ name: 'prefers-color-scheme', value: payload.scheme });
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}

/**
 * `executeServerCommand('screenshot', { x, y, width, height })` in a test: a PNG (base64) of that
 * rectangle of the page's viewport (CSS pixels, as getBoundingClientRect gives them), as it is
 * painted: forced colours, for one, change what is painted but not what getComputedStyle says.
 */
function screenshotPlugin() {
  return {
    name: 'screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        const { x, y, width, height } = payload;
        const { data } = await cdp.send('Page.captureScreenshot', {
          format: 'png',
          clip: { x, y, width, height, scale: 1 },
        });
        return data;
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * `executeServerCommand('ax-lists', { part })` in a test: every list in the page's accessibility
 * tree (as Chromium exposes it to assistive technology, nodes it ignores left out) whose element
 * has that `part` (any, without one), as the roles of its items.
 */
function axListsPlugin() {
  return {
    name: 'ax-lists',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-lists') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const shown = (n) =>
          (n.childIds ?? []).flatMap((id) =>
            byId.get(id)?.ignored ? shown(byId.get(id)) : byId.has(id) ? [byId.get(id)] : [],
          );
        const out = [];
        for (const list of nodes.filter((n) => !n.ignored && n.role?.value === 'list')) {
          if (payload?.part) {
            const { node } = await cdp.send('DOM.describeNode', { backendNodeId: list.backendDOMNodeId });
            // Names and values in turn.
            const attributes = node.attributes ?? [];
            const i = attributes.findIndex((a, j) => j % 2 === 0 && a === 'part');
            if (i < 0 || attributes[i + 1] !== payload.part) continue;
          }
          out.push(shown(list).map((c) => c.role?.value));
        }
        return out;
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * `executeServerCommand('heap')` in a test: the bytes the page's JavaScript heap holds after full
 * garbage collections (Chromium's DevTools protocol), and the DOM's heap beside it.
 */
function heapPlugin() {
  return {
    name: 'heap',
    async executeCommand({ command, session }) {
      if (command !== 'heap') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        // Twice: what the first frees (wrappers of DOM nodes) may hold more.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize, embedderHeapUsedSize = 0 } = await cdp.send('Runtime.getHeapUsage');
        return { js: usedSize, dom: embedderHeapUsedSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * `executeServerCommand('ax-nodes')` in a test: the nodes of the page's accessibility tree that
 * assistive technology meets (those Chromium ignores, and inline text boxes, left out), in tree
 * order, each as its role, name and the states `expanded` and `focusable` where it has them.
 */
function axNodesPlugin() {
  return {
    name: 'ax-nodes',
    async executeCommand({ command, session }) {
      if (command !== 'ax-nodes') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const state = (n, name) => n.properties?.find((p) => p.name === name)?.value.value;
        return nodes
          .filter((n) => !n.ignored && n.role?.value !== 'InlineTextBox')
          .map((n) => ({
            role: n.role?.value,
            name: n.name?.value ?? '',
            expanded: state(n, 'expanded'),
            focusable: state(n, 'focusable'),
          }));
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * The core set that also runs in Firefox and WebKit (Chromium runs every file): rendering,
 * language, search and deep links, remote feeds, failures, accessibility and layout, the strict CSP.
 * The rest (fuzzing, SSR, frameworks, structured data, vCards, the other security suites, the demo) runs in
 * Chromium only, to keep `npm test` short: `--files 'tests/browser/**\/*.test.ts'` runs every
 * file in any engine.
 */
export const CORE_FILES = [
  // rendering
  'smoke',
  'bundle',
  'elements-list',
  'elements-card',
  'elements-contact',
  'list-chunks',
  'security-hostile-css',
  // language
  'elements-language',
  'adopt',
  // search and deep links
  'search',
  'search-first-render',
  'search-address-category',
  'search-removed',
  'deep-link',
  // remote feeds
  'remote',
  'remote-cache',
  'remote-deadline',
  // failures
  'validation',
  // accessibility and layout
  'elements-a11y',
  'elements-layout',
  // the strict Content Security Policy with Trusted Types (which all three engines enforce)
  'security-csp',
].map((name) => `tests/browser/${name}.test.ts`);

export default {
  files: engine === 'chromium' ? ['tests/browser/**/*.test.ts'] : CORE_FILES,
  nodeResolve: true,
  // One page at a time. WebKit's driver has one window, and in Firefox only the active one of two
  // windows shows :focus-visible after a programmatic focus (deep links). In Chromium, a second
  // page (loading its modules, holding slow parts and feeds) shared the CPU and the six
  // connections per host with the remote tests, which then saw a timed-out retry or an aborted
  // connection seconds late: 2 failures in 3 full runs at two pages, none in 3 at one (about
  // 195 s instead of 135 s).
  concurrency: 1,
  testsFinishTimeout: 240_000,
  // On a busy machine a browser (Firefox most) can take longer than the default 30 s to open a page.
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 20_000 } },
  // The default page, with tests/browser/readable-failures.ts first: a failed comparison of DOM
  // nodes then names its test instead of hanging the run.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script type="module" src="/tests/browser/readable-failures.ts"></script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [securityMiddleware(), feedServerMiddleware(), ssrPagesMiddleware()],
  reporters: [defaultReporter(), engineReporter(engine)],
  plugins: [
    enginePlugin(engine),
    frameworkBundles(),
    forcedColorsPlugin(),
    screenshotPlugin(),
    axListsPlugin(),
    heapPlugin(),
    axNodesPlugin(),
    schemaCheckPlugin(),
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [launchers[engine]()],
};
