// `npm run bench`: how fast <network-list> renders and switches language against a hand-built
// plain-DOM floor, what the script-tag bundle costs a page, the longest main-thread tasks, layout
// shift on the demo page, and a Lighthouse run of the demo. Headless Chromium via playwright-core.
//
// Samples of the element and the floor alternate (A B B A A B …) in one page of one browser, so
// that the machine's drift (other processes, thermal state) hits both alike: the ratios hold even
// where absolute times wander. Reported: medians with 95% confidence intervals (order statistics
// for medians, a paired bootstrap for ratios). Results go to bench/results/*.json and to the
// README's performance section between its marker comments.
//
//   npm run bench                     build, measure everything (about 5 minutes on 2 cores)
//   npm run bench -- --no-build       measure the current dist/ (after `npm run build`)
//   npm run bench -- --quick          fewer samples, no Lighthouse, results not written
//   npm run bench -- --only=render    phases: compare,render,language,tasks,embed,remote,cls,lighthouse
//   npm run bench -- --only=remote --rounds=25 --latencies=150   the remote phase's rounds and RTTs (ms)
//
// BENCH_BASE_CDN=<folder of another build's dist/cdn>: the remote phase also loads that build's
// bundle (`base`), alternating with this one, to compare the two.
// BUILD_LOCK=<file>: run the build under `flock <file>`, for machines where other processes also
// build into dist/. The measured files are copied to a temporary folder right after the build.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { serve } from './bench-server.mjs';
import { launch, CHROMIUM_FLAGS } from './bench-browser.mjs';
import { summary, ratioCi } from './bench-stats.mjs';
import { longestTasks, embedTimes } from './bench-trace.mjs';
import { remoteTimes } from './bench-remote.mjs';
import { runLighthouse } from './bench-lighthouse.mjs';
import { writeReadme } from './bench-report.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const phase = (name) => !only || only.includes(name);
/** Only a full run writes bench/results/ and the README. */
const keep = !quick && !only;
const t0 = Date.now();
const log = (...m) => console.log(`[${String(Math.round((Date.now() - t0) / 1000)).padStart(3)} s]`, ...m);

const SIZES = args
  .find((a) => a.startsWith('--sizes='))
  ?.slice(8)
  .split(',')
  .map(Number) ?? [5, 100, 1000, 10000];
/** Pairs (element + floor) per size: many for the fast sizes, fewer where a sample takes seconds. */
const PAIRS = quick ? { 5: 10, 100: 10, 1000: 6, 10000: 3 } : { 5: 40, 100: 30, 1000: 20, 10000: 6 };
const LANGUAGE_PAIRS = quick ? { 5: 10, 100: 10, 1000: 6, 10000: 2 } : { 5: 30, 100: 24, 1000: 14, 10000: 3 };

// 1. Build and copy what is measured.
const started = Date.now();
const snap = await mkdtemp(join(tmpdir(), 'network-elements-bench-'));
if (process.env.BENCH_CDN) {
  // A bundle built elsewhere (for trying changes): copied like a fresh build.
} else if (!args.includes('--no-build')) {
  log('building …');
  const lock = process.env.BUILD_LOCK;
  const [cmd, ...rest] = lock ? ['flock', lock, 'npm', 'run', 'build'] : ['npm', 'run', 'build'];
  execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
}
await mkdir(join(snap, 'cdn'));
// The bundle and the parts it loads on first use from beside it (the validator for `feed` data).
const cdn = process.env.BENCH_CDN ?? 'dist/cdn/network-elements.js';
await cp(cdn, join(snap, 'cdn/network-elements.js'));
const PARTS = ['validate', 'remote', 'search', 'json-ld', 'vcard', 'long-list'];
for (const part of PARTS) {
  await cp(join(dirname(cdn), `network-elements.${part}.js`), join(snap, `cdn/network-elements.${part}.js`));
}
const base = process.env.BENCH_BASE_CDN;
if (base) {
  await mkdir(join(snap, 'base'));
  for (const file of ['network-elements.js', ...PARTS.map((part) => `network-elements.${part}.js`)])
    await cp(join(base, file), join(snap, 'base', file));
}
// The remote phase's feed: 1,000 networks, from src.
await mkdir(join(snap, 'remote'));
{
  const { syntheticFeed } = await import('../bench/pages/feeds.js');
  const bundled = JSON.parse(await readFile('src/feed/networks.json', 'utf8'));
  await writeFile(join(snap, 'remote/feed-1000.json'), JSON.stringify(syntheticFeed(bundled, 1000)));
}
// The site (vite.config.ts): the demo is its page demo/index.html, served as /demo/.
execFileSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--outDir', join(snap, 'demo'), '--emptyOutDir', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);

const server = await serve({
  '/': join(snap, 'demo'),
  '/cdn/': join(snap, 'cdn'),
  '/pages/': 'bench/pages',
  '/feed/': 'src/feed',
  '/remote/': join(snap, 'remote'),
  '/base/': join(snap, 'base'),
});
const { browser, executablePath } = await launch(['--js-flags=--expose-gc']);
const chromiumVersion = browser.version();
log(`Chromium ${chromiumVersion}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`);

const results = {
  date: new Date().toISOString(),
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  chromium: chromiumVersion,
  bundle: await bundleSize(join(snap, 'cdn/network-elements.js')),
};

async function bundleSize(file) {
  const { gzipSync } = await import('node:zlib');
  const body = await readFile(file);
  return { bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
}

async function benchPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(
    `${server.origin}/pages/render.html${process.env.BENCH_CSS ? `?css=${encodeURIComponent(process.env.BENCH_CSS)}` : ''}`,
  );
  await page.waitForFunction(() => window.bench);
  return { context, page };
}

try {
  const { context, page } = await benchPage();

  if (phase('compare')) {
    // The floor must build the very DOM the element does, or the comparison means nothing.
    for (const count of [5, 100, 250]) {
      for (const lang of ['de', 'en']) {
        const c = await page.evaluate(([n, l]) => window.bench.compare(n, l), [count, lang]);
        if (!c.same)
          throw new Error(
            `floor and element differ (${count}, ${lang}):\n element: ${c.element}\n floor:   ${c.floor}`,
          );
        if (count === 100 && lang === 'de') results.nodes100 = c.nodes;
      }
    }
    log('floor DOM = element DOM (5, 100 and 250 networks, de and en)');
  }

  /** Alternating samples: A B, B A, A B … so that neither side always goes first. */
  async function alternate(fn, count, pairs, warmUp) {
    const out = { element: [], floor: [], firstElement: [], firstFrameElement: [], shift: [] };
    await page.evaluate((n) => window.bench.prepare(n), count);
    if (warmUp) {
      // One untimed round each warms up code and caches (the first size of a phase).
      await fn('element', count);
      await fn('floor', count);
    }
    for (let i = 0; i < pairs; i++) {
      for (const kind of i % 2 ? ['floor', 'element'] : ['element', 'floor']) {
        const r = await fn(kind, count);
        out[kind].push(r.ms);
        if (kind === 'element' && r.firstMs !== undefined) out.firstElement.push(r.firstMs);
        if (kind === 'element' && r.firstFrameMs !== undefined) out.firstFrameElement.push(r.firstFrameMs);
        if (kind === 'element' && r.shift !== undefined) out.shift.push(r.shift);
      }
    }
    return out;
  }
  const compareTo = (raw) => ({
    element: summary(raw.element),
    floor: summary(raw.floor),
    ...Object.fromEntries(
      Object.entries(ratioCi(raw.element, raw.floor)).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.map((x) => +x.toFixed(3)) : +v.toFixed(3),
      ]),
    ),
  });

  if (phase('render')) {
    results.render = {};
    for (const count of SIZES) {
      const raw = await alternate(
        (kind, n) => page.evaluate(([k, n]) => window.bench.render(k, n, { measureFirst: true }), [kind, n]),
        count,
        PAIRS[count] ?? 5,
        count === SIZES[0],
      );
      results.render[count] = {
        ...compareTo(raw),
        firstElement: summary(raw.firstElement),
        firstFrameElement: summary(raw.firstFrameElement),
        shiftMax: Math.max(...raw.shift),
      };
      const r = results.render[count];
      log(
        `render ${count}: element ${r.element.median} ms, floor ${r.floor.median} ms, ratio ${r.ratio} [${r.ci}], ` +
          `first cards ${r.firstElement.median} ms (frame ${r.firstFrameElement.median} ms), layout shift ${r.shiftMax}`,
      );
    }
  }

  if (phase('language')) {
    results.language = {};
    for (const count of SIZES) {
      const raw = await alternate(
        (kind, n) => page.evaluate(([k, n]) => window.bench.switchLanguage(k, n), [kind, n]),
        count,
        LANGUAGE_PAIRS[count] ?? 3,
        count === SIZES[0],
      );
      results.language[count] = compareTo(raw);
      const r = results.language[count];
      log(`language ${count}: element ${r.element.median} ms, floor ${r.floor.median} ms, ratio ${r.ratio} [${r.ci}]`);
    }
  }

  if (phase('tasks')) {
    // Traced samples per case: fewer where one sample takes seconds, but more than one, as the
    // longest task of a 10,000-network render varies from run to run (47–80 ms in two runs).
    results.longestTask = await longestTasks(browser, page, SIZES, (count) => (quick ? 1 : count >= 10000 ? 2 : 3));
    for (const [key, v] of Object.entries(results.longestTask)) log(`longest task ${key}: ${JSON.stringify(v)}`);
  }
  await context.close();

  if (phase('embed')) {
    results.embed = await embedTimes(browser, server.origin, quick ? 5 : 15);
    log(`embed: ${JSON.stringify(results.embed)}`);
  }

  if (phase('remote')) {
    results.remote = await remoteTimes(browser, server.origin, {
      rounds: Number(args.find((a) => a.startsWith('--rounds='))?.slice(9)) || (quick ? 5 : 15),
      latencies: args
        .find((a) => a.startsWith('--latencies='))
        ?.slice(12)
        .split(',')
        .map(Number),
      variants: { src: '', floor: 'preload', ...(base ? { base: 'cdn=/base/' } : {}) },
    });
    for (const [latency, v] of Object.entries(results.remote)) {
      for (const [name, r] of Object.entries(v)) {
        log(
          `remote, ${latency} ms RTT, ${name}: first card ${r.firstCardMs.median} ms [${r.firstCardMs.ci}], ` +
            `feed asked for at ${r.feedRequestStartMs.median} ms, in at ${r.feedResponseEndMs.median} ms, ` +
            `part in at ${r.remotePartEndMs.median} ms, ` +
            `${r.toFirst.ratio}× src [${r.toFirst.ci}]`,
        );
      }
    }
  }

  if (phase('cls')) {
    results.cls = await demoCls();
    log(`CLS: ${JSON.stringify(results.cls)}`);
  }

  if (phase('lighthouse') && (!quick || only)) {
    results.lighthouse = await runLighthouse(
      `${server.origin}/demo/`,
      executablePath,
      CHROMIUM_FLAGS,
      join(snap, 'lighthouse'),
    );
    // The JSON report is kept (open it in https://googlechrome.github.io/lighthouse/viewer/),
    // without its screenshots, which are most of its bytes.
    const report = keep
      ? 'bench/results/lighthouse.report.json'
      : join(tmpdir(), 'network-elements-lighthouse.report.json');
    const lhr = JSON.parse(await readFile(join(snap, 'lighthouse.report.json'), 'utf8'));
    delete lhr.fullPageScreenshot;
    for (const id of ['screenshot-thumbnails', 'final-screenshot']) if (lhr.audits[id]) delete lhr.audits[id].details;
    await writeFile(report, JSON.stringify(lhr));
    results.lighthouse.reports = [report];
    log(`Lighthouse: ${JSON.stringify(results.lighthouse.scores)}`);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(snap, { recursive: true, force: true });
}

results.seconds = Math.round((Date.now() - started) / 1000);
log(`done in ${results.seconds} s`);
if (keep) {
  await writeFile('bench/results/latest.json', JSON.stringify(results, null, 2) + '\n');
  await writeReadme(results);
  log('wrote bench/results/latest.json and the README performance section');
} else {
  await writeFile(join(tmpdir(), 'network-elements-bench.json'), JSON.stringify(results, null, 2));
}

/** Layout shifts on the built demo while it loads and renders, in German and in English. */
async function demoCls() {
  const out = {};
  for (const lang of ['de', 'en']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__shifts.push({
            value: e.value,
            hadRecentInput: e.hadRecentInput,
            sources: e.sources.map((s) => s.node?.nodeName ?? '?'),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.origin}/demo/${lang === 'en' ? '?lang=en' : ''}`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const shifts = await page.evaluate(() => window.__shifts);
    out[lang] = {
      cls: +shifts
        .filter((s) => !s.hadRecentInput)
        .reduce((a, s) => a + s.value, 0)
        .toFixed(4),
      shifts,
    };
    await context.close();
  }
  return out;
}
