// The package inside other people's apps: `npm pack`, the tarball installed into the apps of
// tests/apps/ (their own dependencies from their package-lock.json, installed once into
// tests/apps/node_modules and again only when that lock file changes), each app type-checked with
// its own tsconfig and built with `vite build` as its developers would, then opened in Chromium
// with the page's language German and English:
//   react/       React 19 with TypeScript: the package's React typings, `feed` typed, a boolean attribute
//   localize/    an app with its own @lit/localize: configured before the elements are imported
//                (before.html), after (after.html), and with the entries without the feed (nodata.html)
/* global document -- in the functions run in the page */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium, installHint } from '../../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const apps = join(root, 'tests/apps');
const feed = JSON.parse(readFileSync(join(root, 'src/feed/networks.json'), 'utf8'));
/** Generous on a busy machine: an install, a type check or a build that takes longer has hung. */
const MINUTES = 60_000;

/** Runs a command in `cwd`; resolves with its output, rejects with it when the command fails. */
function sh(cmd, args, cwd, timeout = 5 * MINUTES) {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { cwd, timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${cmd} ${args.join(' ')} (in ${cwd}): ${error.message}\n${stdout}${stderr}`))
        : resolve(stdout),
    ),
  );
}
const node = (script, args, cwd, timeout) =>
  sh(process.execPath, [join(apps, 'node_modules', script), ...args], cwd, timeout);

/** Seconds since `start`, for the figures this file prints. */
const since = (start) => `${((Date.now() - start) / 1000).toFixed(1)} s`;

let dir;
let browser;
let server;
let origin;
const timings = [];

before(
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'network-elements-apps-'));
    let start = Date.now();
    const [info] = JSON.parse(await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root));
    timings.push(`npm pack ${since(start)}`);

    // The apps' own dependencies, once: a marker holds the hash of the lock file they came from.
    start = Date.now();
    const lock = createHash('sha256')
      .update(readFileSync(join(apps, 'package-lock.json')))
      .digest('hex');
    const marker = join(apps, 'node_modules/.network-elements-apps-lock');
    if (!existsSync(marker) || readFileSync(marker, 'utf8') !== lock) {
      await sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], apps, 10 * MINUTES);
      writeFileSync(marker, lock);
      timings.push(`npm ci (the apps' dependencies) ${since(start)}`);
    } else timings.push('npm ci: skipped, installed from this lock file before');

    // The package on top, as `npm install network-elements` puts it (not saved: the lock file stays).
    start = Date.now();
    await sh(
      'npm',
      ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', join(dir, info.filename)],
      apps,
    );
    timings.push(`npm install of the tarball ${since(start)}`);

    const executablePath = findChromium();
    if (!executablePath) throw new Error(installHint);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, timeout: 2 * MINUTES });
    // The built apps, each under its name; `?lang=en` serves a page with <html lang="en">.
    server = createServer(async (req, res) => {
      const url = new URL(req.url, 'http://localhost');
      const [, app, ...path] = url.pathname.split('/');
      try {
        let body = await readFile(join(dir, app, ...path));
        const lang = url.searchParams.get('lang');
        if (lang && extname(url.pathname) === '.html')
          body = String(body).replace('<html lang="de">', `<html lang="${lang}">`);
        const type = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' }[
          extname(url.pathname)
        ];
        res.writeHead(200, { 'content-type': `${type ?? 'application/octet-stream'}; charset=utf-8` });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  },
  { timeout: 20 * MINUTES },
);

after(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Builds an app with its own Vite (its vite.config, if any) into the test folder, once. */
const builds = {};
function built(app) {
  builds[app] ??= (async () => {
    const start = Date.now();
    await node(
      'vite/bin/vite.js',
      ['build', '--base', `/${app}/`, '--outDir', join(dir, app), '--emptyOutDir', '--logLevel', 'warn'],
      join(apps, app),
    );
    timings.push(`vite build ${app} ${since(start)}`);
  })();
  return builds[app];
}

/**
 * Opens a page of a built app with the page's language `lang`; waits until `ready` (a function
 * run in the page) holds. Resolves with the page, what the page threw, and the scripts it loaded.
 */
async function open(app, file, lang, ready) {
  await built(app);
  const page = await browser.newPage();
  const errors = [];
  const scripts = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text());
  });
  // What the page throws ends the wait: it will not get ready (what it throws later is in `errors`).
  const thrown = new Promise((_, reject) =>
    page.on('pageerror', (e) => reject(new Error(`the page threw: ${e.message}`))),
  );
  thrown.catch(() => {});
  await page.goto(`${origin}/${app}/${file}?lang=${lang}`);
  await Promise.race([page.waitForFunction(ready, undefined, { timeout: MINUTES }), thrown]);
  return { page, errors, scripts: await Promise.all(scripts) };
}

/** What an element shows, read in the page: its headings, articles, notices, language and JSON-LD. */
function shown(page, id) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    const root = el.shadowRoot ?? el;
    const text = (e) => e.textContent.replace(/\s+/g, ' ').trim();
    const texts = (selector) => [...root.querySelectorAll(selector)].map(text);
    return {
      // "h3: Cross-topic networks"
      headings: [...root.querySelectorAll('h1, h2, h3, h4')].map((h) => `${h.localName}: ${text(h)}`),
      articles: root.querySelectorAll('article').length,
      notices: texts('[part~="notice"], [part~="error"]'),
      paragraphs: texts('p'),
      lang: root.querySelector('[part~="base"]')?.lang,
      jsonLd: [...el.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)),
    };
  }, id);
}

const words = {
  de: { crossTopic: 'Themenübergreifende Netzwerke', contact: 'Kontakt', noFeed: /^Hier kann nichts angezeigt werden/ },
  en: { crossTopic: 'Cross-topic networks', contact: 'Contact', noFeed: /^There is nothing to show here/ },
};
const eccar = feed.networks.find((n) => n.id === 'eccar');
const crossTopic = feed.networks.filter((n) => n.category === 'cross-topic');
/**
 * Whether the page's elements (#list and #contacts among them) have rendered content: cards,
 * addresses, an error, or a notice other than "Loading networks…" (a notice worded by a part
 * says that until the part is here).
 */
const rendered = () =>
  document.querySelector('#list') &&
  document.querySelector('#contacts') &&
  [...document.querySelectorAll('network-list, network-card, contact-box')].every((e) =>
    [...(e.shadowRoot?.querySelectorAll('article, address, [part~="notice"], [part~="error"]') ?? [])].some(
      (shown) => !/^\s*(Loading networks…|Netzwerke werden geladen …)\s*$/.test(shown.textContent),
    ),
  );

describe('a React 19 app with TypeScript (tests/apps/react)', () => {
  test(
    'type-checks with its own tsconfig: the package’s React typings, every @ts-expect-error met',
    { timeout: 5 * MINUTES },
    async () => {
      const start = Date.now();
      await node('typescript/bin/tsc', ['-p', 'tsconfig.json'], join(apps, 'react'));
      timings.push(`tsc react ${since(start)}`);
    },
  );

  for (const lang of ['de', 'en']) {
    test(
      `page lang ${lang}: the elements in ${lang}, feed and network as properties, structured-data as a boolean`,
      { timeout: 5 * MINUTES },
      async () => {
        const { page, errors } = await open('react', 'index.html', lang, rendered);
        try {
          const list = await shown(page, 'list');
          assert.equal(list.lang, lang);
          // The feed property (the cross-topic networks only), heading-level="3" as an attribute.
          assert.deepEqual(
            list.headings.filter((h) => h.startsWith('h3')),
            [`h3: ${words[lang].crossTopic}`],
          );
          assert.equal(list.articles, crossTopic.length);
          const card = await shown(page, 'card');
          assert.ok(card.headings[0].startsWith(`h2: ${eccar.name[lang]}`), card.headings[0]);
          // structured-data (true): one JSON-LD block in the card's children; false: none.
          assert.deepEqual(
            card.jsonLd.map((d) => d['@graph'].map((item) => [item['@type'], item.name])),
            [[['Organization', eccar.name[lang]]]],
          );
          const contacts = await shown(page, 'contacts');
          assert.deepEqual([contacts.headings[0], contacts.jsonLd.length], [`h2: ${words[lang].contact}`, 0]);
          // Invalid data: the element says so, and its feed-error reached the component's handler.
          assert.ok((await shown(page, 'broken')).notices.length > 0);
          assert.equal(await page.textContent('#failure'), 'invalid');
          assert.deepEqual(errors, []);
        } finally {
          await page.close();
        }
      },
    );
  }
});

describe('an app with its own @lit/localize (tests/apps/localize)', () => {
  test('type-checks with its own tsconfig', { timeout: 5 * MINUTES }, async () => {
    const start = Date.now();
    await node('typescript/bin/tsc', ['-p', 'tsconfig.json'], join(apps, 'localize'));
    timings.push(`tsc localize ${since(start)}`);
  });

  const greeting = {
    de: ['Unsere Partnernetzwerke', '5 Netzwerke in dieser Liste'],
    en: ['Our partner networks', '5 networks in this list'],
  };
  for (const [file, when] of [
    ['before.html', 'configured before the elements are imported'],
    ['after.html', 'configured after the elements are imported'],
    ['nodata.html', 'with network-elements/nodata/<element>'],
  ]) {
    for (const lang of ['de', 'en']) {
      test(
        `${file}, page lang ${lang}: ${when}; the app’s texts and the elements’ both in ${lang}`,
        { timeout: 5 * MINUTES },
        async () => {
          const ready = `(${rendered})() && document.querySelector('app-greeting').shadowRoot?.textContent.includes(${JSON.stringify(greeting[lang][0])})`;
          const { page, errors, scripts } = await open('localize', file, lang, ready);
          try {
            const app = await shown(page, 'greeting');
            assert.deepEqual([...app.headings, ...app.paragraphs], [`h1: ${greeting[lang][0]}`, greeting[lang][1]]);
            const list = await shown(page, 'list');
            assert.equal(list.lang, lang);
            assert.ok(list.headings.includes(`h2: ${words[lang].crossTopic}`), list.headings.join(' | '));
            assert.equal(list.articles, feed.networks.length);
            const contacts = await shown(page, 'contacts');
            if (file === 'nodata.html') {
              // The list's feed came from `src`; the box had none, and says so. No feed in the code.
              assert.match(contacts.notices.join(' '), words[lang].noFeed);
              for (const script of scripts)
                assert.ok(!script.includes(eccar.name.en), 'the Heidelberg feed in a script');
            } else {
              assert.equal(contacts.headings[0], `h2: ${words[lang].contact}`);
              assert.ok(
                scripts.some((s) => s.includes(eccar.name.en)),
                'the bundled feed',
              );
            }
            assert.deepEqual(errors, []);
          } finally {
            await page.close();
          }
        },
      );
    }
  }
});

test('what the apps cost in time', (t) => {
  for (const line of timings) t.diagnostic(line);
  assert.ok(timings.length > 0);
});
