// The dev server for the demo and the partner tools (`npm start`), and their build as a static
// site (dist/site/, made by `npm run build`): the demo (demo/), the feed editor and the snippet
// builder (editor/). The script-tag bundles and the npm build are described in scripts/build.mjs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * package.json's `sideEffects` names ./dist files; applied to the sources, it would let the
 * production build (`vite build`) drop the registering imports (`import './network-list.js'`)
 * and ship a demo without elements. The listed modules' sources keep their side effects, as in
 * scripts/build.mjs; so do the editor's modules (editor/), which are no part of the package.
 */
function declaredSideEffects(): Plugin {
  const { sideEffects } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    sideEffects: string[];
  };
  const editor = resolve('editor') + sep;
  const sources = new Set(
    sideEffects
      .filter((p) => /^\.\/dist\/[^*]+\.js$/.test(p))
      .map((p) => resolve(p.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts'))),
  );
  return {
    name: 'demo-declared-side-effects',
    transform: (code, id) =>
      sources.has(resolve(id)) || resolve(id).startsWith(editor) ? { code, map: null, moduleSideEffects: true } : null,
  };
}

/**
 * The built demo's script keeps `blocking="render"` (Vite rewrites the tag without it): the page
 * is first painted with the elements rendered, so nothing below them moves (no layout shift).
 */
const renderBlockingScript: Plugin = {
  name: 'demo-render-blocking-script',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, { path }) =>
      path.endsWith('/demo/index.html')
        ? html.replace('<script type="module" crossorigin', '<script type="module" blocking="render" crossorigin')
        : html,
  },
};

/** The site's pages: each is also a page of the dev server, at its path (`/demo/`, `/editor/`). */
const pages = {
  demo: 'demo/index.html',
  editor: 'editor/index.html',
  snippets: 'editor/snippets.html',
};

/** The dev server's start page is the demo. */
const startAtDemo: Plugin = {
  name: 'site-start-at-demo',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.writeHead(302, { location: '/demo/' });
        res.end();
      } else next();
    });
  },
};

/**
 * Partner feeds for the demo's section on remote feeds, served by the dev server as a partner's
 * server would serve them. The content is honest: the bundled Heidelberg feed cut to its
 * topic-specific networks, read afresh on every request.
 *   /partner-feed.json          after 1 s (to show the loading state), with ETag and Cache-Control: no-cache
 *   /partner-feed-flaky.json    the first request of every pair fails with 503, the retry succeeds
 *   /partner-feed-missing.json  404
 */
function partnerFeeds(): Plugin {
  let flaky = 0;
  const feed = () => {
    const bundled = JSON.parse(readFileSync(new URL('./src/feed/networks.json', import.meta.url), 'utf8'));
    return JSON.stringify({
      ...bundled,
      categories: bundled.categories.filter((c: { id: string }) => c.id === 'topic-specific'),
      networks: bundled.networks.filter((n: { category: string }) => n.category === 'topic-specific'),
    });
  };
  return {
    name: 'demo-partner-feeds',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        const send = (status: number, body: string, headers: Record<string, string> = {}) => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
          res.end(body);
        };
        if (path === '/partner-feed.json') {
          const body = feed();
          const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
          const timer = setTimeout(() => {
            if (req.headers['if-none-match'] === etag) {
              res.writeHead(304, { etag, 'cache-control': 'no-cache' });
              res.end();
            } else send(200, body, { etag, 'cache-control': 'no-cache' });
          }, 1000);
          res.on('close', () => clearTimeout(timer));
        } else if (path === '/partner-feed-flaky.json') {
          if (flaky++ % 2 === 0) send(503, '{"error": "temporarily unavailable"}', { 'cache-control': 'no-store' });
          else send(200, feed(), { 'cache-control': 'no-store' });
        } else if (path === '/partner-feed-missing.json') {
          send(404, '{"error": "not found"}', { 'cache-control': 'no-store' });
        } else next();
      });
    },
  };
}

/**
 * The SRI hashes of the script-tag files, for the snippet builder's code (editor/src/snippet.ts),
 * when the build has written them (dist/cdn/integrity.json, before the site is built); else none.
 */
function integrity(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(new URL('./dist/cdn/integrity.json', import.meta.url), 'utf8'));
  } catch {
    return {};
  }
}

export default defineConfig({
  // Relative addresses: the built site works from any folder a city puts it in.
  base: './',
  define: { __NETWORK_ELEMENTS_INTEGRITY__: JSON.stringify(integrity()) },
  plugins: [startAtDemo, partnerFeeds(), declaredSideEffects(), renderBlockingScript],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  optimizeDeps: { entries: Object.values(pages) },
  build: {
    outDir: 'dist/site',
    emptyOutDir: true,
    rolldownOptions: { input: Object.fromEntries(Object.entries(pages).map(([name, file]) => [name, resolve(file)])) },
  },
});
