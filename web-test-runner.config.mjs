// Browser tests: headless Chromium (Debian's package, or CHROME_PATH), TypeScript via esbuild.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';
import { securityMiddleware } from './tests/server/security.mjs';
import { feedServerMiddleware } from './tests/server/feed-server.mjs';
import { ssrPagesMiddleware } from './tests/server/ssr-pages.mjs';
import { frameworkBundles } from './tests/frameworks/bundle-plugin.mjs';
import { schemaCheckPlugin } from './tests/server/schema-check.mjs';

const executablePath = findChromium();

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
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
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

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [securityMiddleware(), feedServerMiddleware(), ssrPagesMiddleware()],
  plugins: [
    frameworkBundles(),
    forcedColorsPlugin(),
    axListsPlugin(),
    schemaCheckPlugin(),
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      // Each test page in a window of its own: with two pages as tabs of one window (concurrency
      // 2), the background tab is hidden and gets no animation frames, so fixture() of a plain
      // element and nextFrame() hang, depending on which test file happens to run beside them.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
};
