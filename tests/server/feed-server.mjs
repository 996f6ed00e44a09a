// Test-server routes for the remote-feed tests (registered as middleware in
// web-test-runner.config.mjs). A real HTTP server behaving like good and bad partner servers.
//
// Every route takes `id=<unique>`; the server counts per id, so tests can ask what it saw:
//   /__feeds/stats?id=…       {requests, aborted, finished, notModified, bytes, headers, url}
//                             aborted: connections the client closed before the answer was complete
// Feeds (`networks=N` cuts the bundled feed to its first N networks; `ms` delays as described):
//   good                      the bundled feed (Content-Length, Cache-Control: no-store)
//   etag                      the bundled feed with ETag and Cache-Control: no-cache (304 on match)
//   status?code=404           that status, with a small HTML page
//   invalid-json              application/json that breaks off
//   login                     200 text/html: a login page, as behind a portal
//   not-a-feed                valid JSON that is not a feed
//   named?source=…            valid JSON that is not a feed, naming that page as its source
//   v2                        a feed of major version 2
//   never                     headers and the first bytes at once, then nothing, ever
//   slow?ms=…                 headers and half the body at once, the rest after ms
//   large?mode=length|chunked|gzip&bytes=…
//                             a valid feed padded with spaces to `bytes` (default 3 MB):
//                             length  declares Content-Length and sends the first byte, the rest only after 5 s
//                             chunked no Content-Length, 64 KiB every 5 ms
//                             gzip    gzip-encoded with the (small) compressed Content-Length
//   changing?ms=…             edition n (the n-th request) has the first n networks
//   notmod?always=1          304 Not Modified, as some servers send without being asked: to every
//                             request, or (without always) to each but one that bypasses caches
//   loop                      302 to itself, for ever
//   latin1                    the bundled feed encoded as ISO-8859-1, and declared so
//   version?v=…               the bundled feed with that version
//   text?bytes=…              a valid feed of about `bytes` (default 400 KB) of text: the bundled
//                             one with long descriptions (its own words, repeated), marked with the id
//   seq?steps=500,good        the n-th request is answered as step n (the last one repeats);
//                             steps: good, never, or an HTTP status
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const bundled = JSON.parse(readFileSync(new URL('../../src/feed/networks.json', import.meta.url), 'utf8'));

const stats = new Map();

function statsFor(id) {
  let s = stats.get(id);
  if (!s) stats.set(id, (s = { requests: 0, aborted: 0, finished: 0, notModified: 0, bytes: 0, headers: {}, url: '' }));
  return s;
}

/** The bundled feed, cut to its first `n` networks. */
function feed(n) {
  return n === undefined ? bundled : { ...bundled, networks: bundled.networks.slice(0, n) };
}

function count(query) {
  const n = query.get('networks');
  return n === null ? undefined : Number(n);
}

const LOGIN = `<!doctype html>
<html lang="en"><head><title>Sign in</title></head>
<body><form method="post" action="/login"><label>User <input name="user"></label>
<label>Password <input name="password" type="password"></label><button>Sign in</button></form></body></html>`;

/** Answers one request; `s` is the id's statistics. */
function answer(route, query, req, res, s) {
  const send = (status, type, body, headers = {}) => {
    const buf = Buffer.from(body);
    res.writeHead(status, {
      'content-type': type,
      'content-length': buf.length,
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(buf);
    s.bytes += buf.length;
  };
  const json = (value, headers) => send(200, 'application/json', JSON.stringify(value), headers);
  const n = s.requests;
  switch (route) {
    case 'good':
      return json(feed(count(query)));
    case 'etag': {
      const tag = '"feed-v1"';
      if (req.headers['if-none-match'] === tag) {
        s.notModified++;
        res.writeHead(304, { etag: tag, 'cache-control': 'no-cache' });
        return res.end();
      }
      return json(feed(count(query)), { etag: tag, 'cache-control': 'no-cache' });
    }
    case 'status': {
      const code = Number(query.get('code')) || 500;
      return send(code, 'text/html', `<!doctype html><title>${code}</title><h1>Error ${code}</h1>`);
    }
    case 'invalid-json':
      return send(200, 'application/json', '{"version": "1.0.0", "networks": [{"id": "energy-cities", ');
    case 'login':
      return send(200, 'text/html; charset=utf-8', LOGIN);
    case 'not-a-feed':
      return json({ version: '1.0.0', networks: 'none', page: 1 });
    case 'named':
      return json({ version: '1.0.0', source: query.get('source'), networks: 'none' });
    case 'v2':
      return json({ ...bundled, version: '2.0.0' });
    case 'never':
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.write('{"version": ');
      s.bytes += 12;
      // Never within any test; ended after a minute so a forgotten request cannot pile up.
      res.on(
        'close',
        clearTimeout.bind(
          null,
          setTimeout(() => res.destroy(), 60_000),
        ),
      );
      return;
    case 'slow': {
      const buf = Buffer.from(JSON.stringify(feed(count(query))));
      const half = buf.length >> 1;
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': buf.length,
        'cache-control': 'no-store',
      });
      res.write(buf.subarray(0, half));
      const timer = setTimeout(() => res.end(buf.subarray(half)), Number(query.get('ms')) || 500);
      res.on('close', () => clearTimeout(timer));
      s.bytes += buf.length;
      return;
    }
    case 'large':
      return large(query, res, s);
    case 'changing': {
      const timer = setTimeout(() => json(feed(Math.min(n, bundled.networks.length))), Number(query.get('ms')) || 0);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case 'notmod':
      if (query.get('always') || req.headers.pragma !== 'no-cache') {
        s.notModified++;
        res.writeHead(304, { 'cache-control': 'no-store' });
        return res.end();
      }
      return json(feed(count(query)));
    case 'loop':
      res.writeHead(302, { location: req.url, 'cache-control': 'no-store' });
      return res.end();
    case 'latin1': {
      const buf = Buffer.from(JSON.stringify(feed(count(query))), 'latin1');
      res.writeHead(200, {
        'content-type': 'application/json; charset=iso-8859-1',
        'content-length': buf.length,
        'cache-control': 'no-store',
      });
      s.bytes += buf.length;
      return res.end(buf);
    }
    case 'version':
      return json({ ...bundled, version: query.get('v') });
    case 'text':
      return json(textFeed(Number(query.get('bytes')) || 400_000, query.get('id')));
    case 'seq': {
      const steps = (query.get('steps') ?? 'good').split(',');
      const step = steps[Math.min(n, steps.length) - 1];
      if (step === 'good') return json(feed(count(query)));
      if (step === 'never') return answer('never', query, req, res, s);
      return answer('status', new URLSearchParams({ code: step }), req, res, s);
    }
    default:
      return send(404, 'text/plain', 'no such test route');
  }
}

/**
 * The bundled feed with descriptions long enough for about `bytes` in all: each network's own
 * paragraphs, repeated, in paragraphs of at most 10,000 characters (the schema's limit is 20,000),
 * and starting with `mark`, so that no two requests' texts are the same.
 */
function textFeed(bytes, mark) {
  const each = Math.ceil(bytes / bundled.networks.length / 2);
  const networks = bundled.networks.map((n) => {
    const text = (lang) => {
      const own = n.description.map((p) => p[lang]).join(' ') + ' ';
      return `${mark} ${own.repeat(Math.ceil(each / own.length))}`.slice(0, each);
    };
    const [de, en] = [text('de'), text('en')];
    const description = [];
    for (let i = 0; i < each; i += 10_000)
      description.push({ de: de.slice(i, i + 10_000).trim(), en: en.slice(i, i + 10_000).trim() });
    return { ...n, description };
  });
  return { ...bundled, networks };
}

function large(query, res, s) {
  const size = Number(query.get('bytes')) || 3_000_000;
  const text = JSON.stringify(feed(count(query)));
  const body = Buffer.from(text + ' '.repeat(Math.max(0, size - text.length)));
  const mode = query.get('mode') ?? 'length';
  if (mode === 'gzip') {
    const zipped = gzipSync(body);
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'content-length': zipped.length,
      'cache-control': 'no-store',
    });
    s.bytes += zipped.length;
    return res.end(zipped);
  }
  if (mode === 'length') {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    // Firefox hands a response to the page only once its first bytes are in: one byte goes with
    // the headers, the rest after 5 s.
    res.write(body.subarray(0, 1));
    s.bytes += 1;
    const timer = setTimeout(() => {
      res.end(body.subarray(1));
      s.bytes += body.length - 1;
    }, 5000);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  // chunked: 64 KiB every 5 ms (about 12 MB/s), so a client that stops reading is seen to.
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  let offset = 0;
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    const chunk = body.subarray(offset, offset + 65536);
    offset += chunk.length;
    s.bytes += chunk.length;
    res.write(chunk);
    if (offset >= body.length) {
      clearInterval(timer);
      res.end();
    }
  }, 5);
  res.on('close', () => clearInterval(timer));
}

/** The Node request handler for /__feeds/ routes. */
export function handleFeedRequest(req, res) {
  const url = new URL(req.url, 'http://test.invalid');
  const route = url.pathname.slice('/__feeds/'.length);
  const query = url.searchParams;
  const id = query.get('id') ?? '';
  if (route === 'stats') {
    const body = JSON.stringify(statsFor(id));
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    return res.end(body);
  }
  // Koa starts every response as a 404; answers given later would be logged as one.
  res.statusCode = 200;
  const s = statsFor(id);
  s.requests++;
  s.headers = { ...req.headers };
  s.url = req.url;
  res.on('close', () => {
    if (res.writableFinished) s.finished++;
    else s.aborted++;
  });
  answer(route, query, req, res, s);
}

/** Koa middleware (web-test-runner) answering /__feeds/ itself; everything else passes through. */
export function feedServerMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__feeds/')) return next();
    ctx.respond = false;
    handleFeedRequest(ctx.req, ctx.res);
  };
}
