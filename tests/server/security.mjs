// Test-server routes for the security tests (registered as middleware in web-test-runner.config.mjs).
// Everything lives under /__security/ and is answered here, before wtr's own transforms:
//   csp.html?bundle=es|iife&feed=bundled|remote[&canary]  a page under the strict CSP below
//   probe.js       the CSP page's first script: records violations, errors and feed events
//   feed.json      a partner feed for `src` (the bundled feed cut to its topic-specific networks)
//   echo?body=…    answers the (URI-encoded) body as JSON: hostile feeds for `src`
//   coexist.html?load=…[&csp=strict|duplicates]  a page loading the library in several ways at once
//   fuzz.json      the number of fuzz runs, FUZZ_RUNS (npm run fuzz: 100,000) or 1000, and FUZZ_SEED
//   cdn/missing/<file>  dist/cdn/<file>, but the parts the bundles load on first use
//                  (network-elements.<part>.js) are missing (404): a host that did not copy them
//   cdn/no-cors/<file>  dist/cdn/<file> (scripts, integrity.json) without any CORS header: a CDN or CMS file store that sends
//                  none, which a page on another origin (127.0.0.1 for localhost) reads the bundles from
//   cdn/slow-validator[-<name>]/<file>  dist/cdn/<file>, the validator part answered after 1.5 s (a
//                  slow network); a name of its own per test, as the browser may reuse a module it
//                  has fetched for another frame
//   cdn/slow-remote[-<name>]/<file>  the same with the remote part
import { readFileSync } from 'node:fs';

/** The strict policy a careful site might send; the elements must work under it unchanged. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const bundled = JSON.parse(readFileSync(new URL('../../src/feed/networks.json', import.meta.url), 'utf8'));
/** A smaller, honest feed: the bundled one with only its topic-specific category and networks. */
const partnerFeed = {
  ...bundled,
  categories: bundled.categories.filter((c) => c.id === 'topic-specific'),
  networks: bundled.networks.filter((n) => n.category === 'topic-specific'),
};

const PROBE = `// Records what the security tests inspect from outside the page.
window.__probe = { violations: [], errors: [], loads: 0, defines: {}, tries: {} };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__probe.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
});
window.addEventListener('error', (e) => window.__probe.errors.push(String(e.message || e.error)));
// A script that fails to load (a missing bundle) is reported at the element, seen here in capture.
window.addEventListener('error', (e) => e.target !== window && window.__probe.errors.push('failed to load ' + e.target.src), true);
window.addEventListener('unhandledrejection', (e) => window.__probe.errors.push(String(e.reason)));
document.addEventListener('feed-load', () => window.__probe.loads++);
// Counts registrations per tag (a second copy must not register again), and each copy's look-ups
// and attempts (proof that every copy ran).
const count = (map, tag) => (map[tag] = (map[tag] || 0) + 1);
const define = customElements.define.bind(customElements);
const get = customElements.get.bind(customElements);
customElements.define = (tag, ctor, options) => {
  count(window.__probe.tries, tag);
  define(tag, ctor, options);
  count(window.__probe.defines, tag);
};
customElements.get = (tag) => {
  count(window.__probe.tries, tag);
  return get(tag);
};
`;

const ES = '<script type="module" src="/dist/cdn/network-elements.js"></script>';
const IIFE = '<script src="/dist/cdn/network-elements.iife.js"></script>';

/** How coexist.html loads the library, one entry per `load` item, in order. */
const LOADERS = {
  iife: IIFE,
  es: ES,
  // The same bundle under a second URL: a second module instance, as from another CDN path.
  'es-copy': '<script type="module" src="/dist/cdn/network-elements.js?copy"></script>',
  // The npm build (Lit as a separate dependency), as a bundler-less app would load it.
  npm: '<script type="module" src="/dist/index.js"></script>',
};

function page({ title, head, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<script src="/__security/probe.js"></script>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

function cspPage(query) {
  const src = query.get('feed') === 'remote' ? ' src="/__security/feed.json"' : '';
  const canary = query.has('canary')
    ? // Both must be refused by the policy: proof that the header is in force and violations are seen.
      '<script>window.__inlineRan = true;</script>\n<p style="color: red">inline style</p>'
    : '';
  return page({
    title: 'Strict CSP',
    head: query.get('bundle') === 'iife' ? IIFE : ES,
    body: `<network-list intro${src}></network-list>
<network-card network="energy-cities"${src}></network-card>
<contact-box${src}></contact-box>
${canary}`,
  });
}

function coexistPage(query) {
  const load = (query.get('load') ?? '').split(',').filter((k) => k in LOADERS);
  return page({
    title: 'Coexistence',
    head: load.map((k) => LOADERS[k]).join('\n'),
    body: '<network-list></network-list>\n<network-card network="eccar"></network-card>\n<contact-box></contact-box>',
  });
}

/** Koa middleware answering the /__security/ routes; everything else passes through. */
export function securityMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__security/')) return next();
    const route = ctx.path.slice('/__security/'.length);
    const query = new URLSearchParams(ctx.querystring);
    ctx.set('Cache-Control', 'no-store');
    switch (route) {
      case 'csp.html':
        ctx.set('Content-Security-Policy', STRICT_CSP);
        ctx.type = 'text/html';
        ctx.body = cspPage(query);
        return;
      case 'coexist.html':
        // csp=duplicates: the strict policy as the README advises for pages with two copies of Lit.
        if (query.get('csp') === 'duplicates') ctx.set('Content-Security-Policy', `${STRICT_CSP} 'allow-duplicates'`);
        if (query.get('csp') === 'strict') ctx.set('Content-Security-Policy', STRICT_CSP);
        ctx.type = 'text/html';
        ctx.body = coexistPage(query);
        return;
      case 'probe.js':
        ctx.type = 'text/javascript';
        ctx.body = PROBE;
        return;
      case 'feed.json':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(partnerFeed);
        return;
      case 'echo':
        ctx.type = 'application/json';
        ctx.body = query.get('body') ?? '';
        return;
      case 'fuzz.json':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({
          runs: Number(process.env.FUZZ_RUNS) || 1000,
          ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
        });
        return;
      default: {
        const slow = /^cdn\/slow-(validator|remote)(?:-[\w-]+)?\/([\w.-]+)$/.exec(route);
        if (slow) {
          const file = slow[2];
          const part = slow[1] === 'validator' ? 'validate' : slow[1];
          if (file === `network-elements.${part}.js`) await new Promise((r) => setTimeout(r, 1500));
          ctx.type = file.endsWith('.map') ? 'application/json' : 'text/javascript';
          ctx.body = readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url));
          return;
        }
        const noCors = /^cdn\/no-cors\/([\w.-]+\.js(on)?)$/.exec(route);
        if (noCors) {
          ctx.remove('Access-Control-Allow-Origin');
          ctx.type = noCors[2] ? 'application/json' : 'text/javascript';
          ctx.body = readFileSync(new URL(`../../dist/cdn/${noCors[1]}`, import.meta.url));
          return;
        }
        if (route.startsWith('cdn/missing/')) {
          const file = route.slice('cdn/missing/'.length);
          const part = /^network-elements\.(remote|json-ld|vcard|search|validate)\.js$/.test(file);
          if (/^[\w.-]+$/.test(file) && !part) {
            ctx.type = file.endsWith('.map') ? 'application/json' : 'text/javascript';
            ctx.body = readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url));
            return;
          }
        }
        ctx.status = 404;
      }
    }
  };
}
