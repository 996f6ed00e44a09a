// Traced measurements for `npm run bench`, from Chromium's own trace (CDP tracing):
// - the longest main-thread task of each case (render / language switch, element / floor), and
//   what filled it;
// - the script-tag bundle on a page: from the start of its evaluation to the first render of
//   <network-list>, and whether that render lands before the next frame after the upgrade.
// Tracing costs a little time itself, so these runs are separate from the timed samples.
import { summary } from './bench-stats.mjs';

/** Tasks and their phases; for the bundle on a page also V8's module compile and evaluation. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];
const WITH_V8 = [...CATEGORIES, 'v8'];

/** Runs `fn` with tracing on; returns the trace events. */
async function traced(browser, page, fn, categories = CATEGORIES) {
  await browser.startTracing(page, { categories });
  let result, error;
  try {
    result = await fn();
  } catch (e) {
    error = e;
  }
  const buffer = await browser.stopTracing();
  if (error) throw error;
  return { result, events: JSON.parse(buffer.toString()).traceEvents };
}

/** The renderer main thread: where the page's performance marks were recorded. */
function mainThread(events, markPrefix) {
  const mark = events.find((e) => e.cat.includes('blink.user_timing') && e.name.startsWith(markPrefix));
  if (!mark) throw new Error(`no mark ${markPrefix}… in the trace`);
  return { pid: mark.pid, tid: mark.tid };
}

const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** What a long task was busy with: the largest timeline phases inside it, in ms. */
const PHASES = new Set([
  'FunctionCall',
  'RunMicrotasks',
  'EvaluateScript',
  'v8.evaluateModule',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'IntersectionObserverController::computeIntersections',
  'MajorGC',
  'MinorGC',
  'FireAnimationFrame',
  'ParseHTML',
]);

/**
 * The longest task on `thread` that runs during [from, to] (trace µs), with its main phases.
 * Nested phase events are counted once, at their outermost level.
 */
function longestTask(events, thread, from, to) {
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  let longest;
  for (const e of mine)
    if (TASK.has(e.name) && e.ts <= to && e.ts + e.dur >= from && (!longest || e.dur > longest.dur)) longest = e;
  if (!longest) return { ms: 0, phases: {} };
  const inside = mine.filter(
    (e) => PHASES.has(e.name) && e.ts >= longest.ts && e.ts + e.dur <= longest.ts + longest.dur,
  );
  const phases = {};
  for (const e of inside) {
    const outer = inside.some(
      (o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && (o.ts < e.ts || o.dur > e.dur),
    );
    if (!outer) phases[e.name] = (phases[e.name] ?? 0) + e.dur / 1000;
  }
  const top = Object.entries(phases)
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, ms]) => [name, Math.round(ms)]);
  return { ms: longest.dur / 1000, atMs: Math.round((longest.ts - from) / 1000), phases: Object.fromEntries(top) };
}

/** Start and end marks named `${name}:start` / `${name}:end`, in order, as [from, to] pairs (µs). */
function windows(events, name) {
  const marks = events
    .filter((e) => e.cat.includes('blink.user_timing') && (e.name === `${name}:start` || e.name === `${name}:end`))
    .sort((a, b) => a.ts - b.ts);
  const out = [];
  for (let i = 0; i + 1 < marks.length; i++)
    if (marks[i].name.endsWith(':start') && marks[i + 1].name.endsWith(':end'))
      out.push([marks[i].ts, marks[i + 1].ts]);
  return out;
}

/**
 * The longest task of each case, over `repsFor(count)` traced samples per case. Also, at the largest size,
 * the element with fresh data (validation included): time to its first card and longest task.
 */
export async function longestTasks(browser, page, sizes, repsFor) {
  const out = {};
  for (const count of sizes) {
    const reps = repsFor(count);
    await page.evaluate((n) => window.bench.prepare(n), count);
    const cases = [];
    const { events } = await traced(browser, page, async () => {
      for (let i = 0; i < reps; i++) {
        for (const kind of ['element', 'floor']) {
          await page.evaluate(([k, n]) => window.bench.render(k, n, { tail: true }), [kind, count]);
          cases.push(['render', kind]);
          await page.evaluate(([k, n]) => window.bench.switchLanguage(k, n, { tail: true }), [kind, count]);
          cases.push(['language', kind]);
        }
      }
    });
    const thread = mainThread(events, 'bench:');
    for (const op of ['render', 'language']) {
      for (const kind of ['element', 'floor']) {
        const tasks = windows(events, `bench:${kind}:${op}:${count}`).map(([from, to]) =>
          longestTask(events, thread, from, to),
        );
        const worst = tasks.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, phases: {} });
        out[`${op}:${kind}:${count}`] = {
          maxMs: +worst.ms.toFixed(1),
          atMs: worst.atMs,
          samples: tasks.map((t) => +t.ms.toFixed(1)),
          phases: worst.phases,
        };
      }
    }
  }
  // Fresh data at the largest size: the first screenful and the longest task, validation included.
  const count = Math.max(...sizes);
  const fresh = [];
  const { events } = await traced(browser, page, async () => {
    for (let i = 0; i < Math.max(2, repsFor(count)); i++)
      fresh.push(
        await page.evaluate(
          (n) => window.bench.render('element', n, { fresh: true, measureFirst: true, tail: true }),
          count,
        ),
      );
  });
  const thread = mainThread(events, 'bench:');
  const tasks = windows(events, `bench:element:render:${count}`).map(([from, to]) =>
    longestTask(events, thread, from, to),
  );
  const worst = tasks.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, phases: {} });
  out[`fresh:element:${count}`] = {
    maxMs: +worst.ms.toFixed(1),
    atMs: worst.atMs,
    samples: tasks.map((t) => +t.ms.toFixed(1)),
    phases: worst.phases,
    firstCardMs: summary(fresh.map((r) => r.firstMs)),
    firstFrameMs: summary(fresh.map((r) => r.firstFrameMs)),
    allMs: summary(fresh.map((r) => r.ms)),
  };
  return out;
}

/**
 * Loads bench/pages/embed.html `loads` times (a fresh page each): the bundle as a module script,
 * one <network-list> with the bundled feed. From the trace: when the bundle's evaluation starts;
 * from the page's marks: the upgrade and the first render; from its frame log: whether a frame
 * started between the upgrade and the first render.
 */
export async function embedTimes(browser, origin, loads) {
  const rows = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { result, events } = await traced(
      browser,
      page,
      async () => {
        await page.goto(`${origin}/pages/embed.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.__cards !== undefined);
        await page.waitForTimeout(100);
        return page.evaluate(() => ({
          marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
          frames: window.__frames,
          cards: window.__cards,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        }));
      },
      WITH_V8,
    );
    await context.close();
    // The bundle's evaluation: the first module evaluation after the bundle was compiled.
    const compiled = events.find(
      (e) => e.name === 'v8.compileModule' && /network-elements\.js/.test(JSON.stringify(e.args)),
    );
    const evaluated = events
      .filter((e) => e.name === 'v8.evaluateModule' && compiled && e.ts >= compiled.ts)
      .sort((a, b) => a.ts - b.ts)[0];
    const upgradeMark = events.find((e) => e.cat.includes('blink.user_timing') && e.name === 'upgrade-end');
    if (!evaluated || !upgradeMark) throw new Error('embed: no bundle evaluation or upgrade in the trace');
    // Trace time → page time, through the upgrade mark (the same instant in both clocks).
    const toPage = (ts) => result.marks['upgrade-end'] + (ts - upgradeMark.ts) / 1000;
    const evalStart = toPage(evaluated.ts);
    const { marks, frames } = result;
    const nextFrame = frames.find((t) => t > marks['upgrade-end']);
    rows.push({
      evalToFirstRender: marks['first-render'] - evalStart,
      evalToUpgrade: marks['upgrade-end'] - evalStart,
      upgradeToFirstRender: marks['first-render'] - marks['upgrade-end'],
      evaluateModuleMs: evaluated.dur / 1000,
      sameFrame: nextFrame === undefined || marks['first-render'] < nextFrame,
      fcpAfterEval: result.fcp === undefined ? undefined : result.fcp - evalStart,
      cards: result.cards,
    });
  }
  const pick = (k) => summary(rows.map((r) => r[k]).filter((v) => v !== undefined));
  return {
    loads,
    evalToFirstRenderMs: pick('evalToFirstRender'),
    evalToUpgradeMs: pick('evalToUpgrade'),
    upgradeToFirstRenderMs: pick('upgradeToFirstRender'),
    evaluateModuleMs: pick('evaluateModuleMs'),
    fcpAfterEvalMs: pick('fcpAfterEval'),
    firstRenderBeforeNextFrame: `${rows.filter((r) => r.sameFrame).length}/${rows.length}`,
    cards: rows[0].cards,
  };
}
