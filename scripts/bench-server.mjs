// A tiny static server for `npm run bench`: the built demo, the benchmark pages, the script-tag
// bundle and the bundled feed, gzip-compressed as a production host would send them (Lighthouse
// weighs transfer sizes). Besides files it answers the demo's partner-feed addresses the way the
// dev server does (vite.config.ts), so that the built demo works as it does under `npm start`.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The demo's partner feeds, as vite.config.ts serves them: the bundled feed's topic-specific networks. */
function partnerFeeds(bundledFeedFile) {
  let flaky = 0;
  const feed = async () => {
    const bundled = JSON.parse(await readFile(bundledFeedFile, 'utf8'));
    return JSON.stringify({
      ...bundled,
      categories: bundled.categories.filter((c) => c.id === 'topic-specific'),
      networks: bundled.networks.filter((n) => n.category === 'topic-specific'),
    });
  };
  const json = { 'content-type': 'application/json; charset=utf-8' };
  return {
    /** After one second, with an ETag. */
    '/partner-feed.json': async (req) => {
      const body = await feed();
      const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
      await new Promise((r) => setTimeout(r, 1000));
      if (req.headers['if-none-match'] === etag) return [304, '', { etag, 'cache-control': 'no-cache' }];
      return [200, body, { ...json, etag, 'cache-control': 'no-cache' }];
    },
    /** Every first request of a pair fails with 503. */
    '/partner-feed-flaky.json': async () =>
      flaky++ % 2 === 0
        ? [503, '{"error": "temporarily unavailable"}', { ...json, 'cache-control': 'no-store' }]
        : [200, await feed(), json],
    '/partner-feed-missing.json': async () => [404, '{"error": "not found"}', { ...json, 'cache-control': 'no-store' }],
  };
}

/**
 * Serves `routes` (URL prefix → folder) on a free port of 127.0.0.1, and the partner feeds made
 * from `bundledFeedFile`. Returns the origin and a `close()`.
 */
export async function serve(routes, { bundledFeedFile = 'src/feed/networks.json' } = {}) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const handlers = partnerFeeds(bundledFeedFile);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, body, headers) => {
      if (
        /gzip/.test(req.headers['accept-encoding'] ?? '') &&
        body.length > 1024 &&
        /text|json|svg/.test(headers['content-type'] ?? '')
      ) {
        body = gzipSync(body);
        headers = { ...headers, 'content-encoding': 'gzip' };
      }
      res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    if (handlers[path]) return send(...(await handlers[path](req)));
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) return send(404, 'not found', { 'content-type': 'text/plain' });
    const rest = normalize(`/${path.slice(prefix.length)}`);
    const file = join(routes[prefix], rest.endsWith('/') ? `${rest}index.html` : rest);
    try {
      const body = await readFile(file);
      send(200, body, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
    } catch {
      send(404, 'not found', { 'content-type': 'text/plain' });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
  };
}
