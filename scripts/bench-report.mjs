// Writes the results of `npm run bench` into the README's performance section, between the
// marker comments below (the section is added at the end if the markers are missing). Only that
// section is touched; the rest of the README is left as it is.
import { readFile, writeFile } from 'node:fs/promises';

const START = '<!-- bench:start (written by npm run bench) -->';
const END = '<!-- bench:end -->';
/** The script-tag bundle's budget, as tests/node/bundle.test.mjs checks it. */
export const BUDGET = 18_000;

const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const withCi = (s) => `${ms(s.median)} ms (${ms(s.ci[0])}–${ms(s.ci[1])})`;
const ratio = (r) => `**${r.ratio.toFixed(2)}×** (${r.ci[0].toFixed(2)}–${r.ci[1].toFixed(2)})`;
const n = (x) => x.toLocaleString('en');
const yes = (ok) => (ok ? 'met' : '**not met**');

/** The targets of issue 7, each with its measured figure and whether it is met. */
export function targets(r) {
  const rows = [];
  const big = Math.max(...Object.keys(r.render ?? {}).map(Number));
  if (r.render?.[1000])
    rows.push([
      'render within 1.3× of the floor, 1,000 networks',
      `${r.render[1000].ratio.toFixed(2)}×`,
      r.render[1000].ratio <= 1.3,
    ]);
  if (r.language?.[1000])
    rows.push([
      'language switch within 1.3× of the floor, 1,000 networks',
      `${r.language[1000].ratio.toFixed(2)}×`,
      r.language[1000].ratio <= 1.3,
    ]);
  if (r.longestTask) {
    const mine = Object.entries(r.longestTask).filter(
      ([k]) => k.endsWith(`:element:${big}`) || k === `fresh:element:${big}`,
    );
    for (const [key, v] of mine) {
      const [op] = key.split(':');
      const what =
        op === 'fresh' ? 'render of new data (validation included)' : op === 'render' ? 'render' : 'language switch';
      rows.push([`no task over 100 ms, ${n(big)} networks: ${what}`, `longest ${ms(v.maxMs)} ms`, v.maxMs <= 100]);
    }
    const fresh = r.longestTask[`fresh:element:${big}`];
    if (fresh)
      rows.push([
        `first screenful within 100 ms of the data, ${n(big)} networks`,
        `${ms(fresh.firstFrameMs.median)} ms to the frame that shows it (${ms(fresh.firstCardMs.median)} ms to laid out), validation included`,
        fresh.firstFrameMs.median <= 100,
      ]);
  }
  if (r.cls) {
    const demo = Math.max(...Object.values(r.cls).map((c) => c.cls));
    const lists = r.render ? Math.max(...Object.values(r.render).map((x) => x.shiftMax ?? 0)) : 0;
    rows.push([
      'CLS 0 from the elements',
      `demo ${demo} (de and en); while long lists render ${lists}`,
      demo === 0 && lists === 0,
    ]);
  }
  if (r.bundle)
    rows.push(['script-tag bundle within 18 KB gzip', `${n(r.bundle.gzipBytes)} bytes`, r.bundle.gzipBytes <= BUDGET]);
  if (r.embed) {
    const [ok, all] = r.embed.firstRenderBeforeNextFrame.split('/').map(Number);
    rows.push([
      'first render within one frame of the upgrade',
      `${ok} of ${all} loads; ${ms(r.embed.upgradeToFirstRenderMs.median)} ms after the upgrade`,
      ok === all,
    ]);
  }
  if (r.lighthouse?.scores) {
    const s = r.lighthouse.scores;
    rows.push([
      'Lighthouse 100 / 100 / 100',
      `performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}`,
      Object.values(s).every((x) => x === 100),
    ]);
  }
  return rows;
}

/** What the figures mean, from the figures themselves. */
function notes(r) {
  const out = ['How to read this:', ''];
  out.push(
    '- Lists of more than 100 networks render in chunks (src/long-list/, a part loaded for such lists): the first 100 at once, the rest ' +
      'in batches of about 30 ms of work, one per frame; their cards are laid out only near the screen ' +
      '(`content-visibility: auto`). A language switch rewrites the text of cards already there, which costs about a tenth ' +
      'as much: up to about 1,000 networks in one task, beyond that in batches that follow as tasks. The floor uses the ' +
      'same style sheets, so it skips the same layout work, and it builds everything in one task: the render ratios from ' +
      '100 networks up compare chunked rendering, spread over frames, with one long task, and mostly measure the script ' +
      'work per card. Each card is one Lit template (src/templates/inline.ts); rendered in one task, without chunks, ' +
      "1,000 cards still take 1.5–1.7× the floor (tried): that is Lit's cost per card (a template instance, its parts " +
      'and marker comments); the frames between batches add the rest.',
  );
  out.push(
    '- The batch settings (src/long-list/), as measured here: chunks of 20 networks, the unit Lit keeps or ' +
      'renders again; a first batch of 100, more than a large screen shows; later batches sized to about 30 ms from the ' +
      'cost per network measured as they go, so slower devices get smaller ones; at most 300 networks a batch, as a ' +
      "batch's time is measured without the style, layout and garbage collection it causes, and larger batches of " +
      '10,000-network lists made tasks of 110–200 ms; a chunk that only needs new text counted at a tenth of a new one, ' +
      'which makes the language switch of 1,000 networks one task of about 30 ms, where batches of new-card size made ' +
      'it 2× the floor.',
  );
  if (r.nodes100) {
    const e = r.nodes100.element;
    const f = r.nodes100.floor;
    const all = (x) => x.elements + x.texts + x.comments;
    out.push(
      `- For 100 networks the element's shadow DOM holds ${n(all(e))} nodes (${n(e.elements)} elements, ${n(e.texts)} texts, ` +
        `${n(e.comments)} comments — Lit's markers for the template parts), the floor's ${n(all(f))} (${n(f.elements)}, ` +
        `${n(f.texts)}, ${n(f.comments)}). Style work after a change of \`lang\` grows with the nodes, comments included.`,
    );
  }
  const big = Math.max(...Object.keys(r.render ?? { 0: 0 }).map(Number));
  const lang = r.longestTask?.[`language:element:${big}`];
  const langFloor = r.longestTask?.[`language:floor:${big}`];
  if (lang && langFloor)
    out.push(
      `- Changing \`<html lang>\` makes Chromium restyle every node below it in one task, before any script can split the ` +
        `work: with ${n(big)} networks that task is ${ms(langFloor.maxMs)} ms for the floor and ${ms(lang.maxMs)} ms for the element; ` +
        'each card is restyled, laid out again and checked for nearness to the screen. Fewer such blocks would avoid it ' +
        '(tried: cards in groups of 12 under one `content-visibility`, 46 ms), but then the cards of groups not yet laid ' +
        'out leave the accessibility tree (a list of 150 cards reads as one of 12), so each card stays a block of its own.',
    );
  const fresh = r.longestTask?.[`fresh:element:${big}`];
  if (fresh)
    out.push(
      `- New data is validated (src/feed/validate.ts) before the first render: with ${n(big)} networks that is most of the ` +
        `${ms(fresh.firstCardMs.median)} ms to the first cards.`,
    );
  out.push('');
  return out;
}

export function section(r) {
  const sizes = Object.keys(r.render ?? {}).map(Number);
  const lines = [
    '## Performance',
    '',
    `Measured by \`npm run bench\` (not part of \`npm test\`: it builds, then measures in headless Chromium; it rewrites this section) ` +
      `on ${r.date.slice(0, 10)}: ${r.machine.cpu} (${r.machine.cores} cores, ${r.machine.memoryGiB} GiB), ` +
      `Chromium ${r.chromium}, Node ${r.machine.node}; the whole run took ${r.seconds} s. ` +
      'The element (the script-tag bundle) is compared with a *floor*: the same markup built by hand with ' +
      '`createElement` and `textContent` in a shadow root with the same style sheets (`bench/pages/floor.js`; the run checks ' +
      'that both DOMs are equal). Samples of the two alternate in one page; figures are medians with 95% confidence ' +
      'intervals (order statistics; paired bootstrap for ratios). The machine is shared and busy, so absolute times drift; ' +
      'the ratios hold. Feeds are the bundled five networks repeated with numbered ids and names (`bench/pages/feeds.js`).',
    '',
    'Time from setting `feed` (or `<html lang>`) until the whole list is in the DOM and laid out:',
    '',
    '| networks | render: element | render: floor | ratio | language switch: element | floor | ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const size of sizes) {
    const a = r.render[size];
    const b = r.language?.[size];
    lines.push(
      `| ${n(size)} | ${withCi(a.element)} | ${withCi(a.floor)} | ${ratio(a)} | ${b ? withCi(b.element) : '–'} | ${b ? withCi(b.floor) : '–'} | ${b ? ratio(b) : '–'} |`,
    );
  }
  lines.push('');
  if (r.render) {
    lines.push(
      'First networks on screen (element): ' +
        sizes
          .map(
            (s) =>
              `${n(s)}: ${ms(r.render[s].firstElement.median)} ms laid out, ${ms(r.render[s].firstFrameElement.median)} ms to the frame that shows them`,
          )
          .join('; ') +
        '.',
      '',
    );
  }
  if (r.longestTask) {
    lines.push('Longest main-thread task (Chromium trace; tracing itself slows things a little):', '');
    lines.push(
      '| networks | render: element | render: floor | language: element | language: floor |',
      '| ---: | ---: | ---: | ---: | ---: |',
    );
    for (const size of sizes) {
      const t = (k) => r.longestTask[`${k}:${size}`];
      const cell = (v) => (v ? `${ms(v.maxMs)} ms` : '–');
      lines.push(
        `| ${n(size)} | ${cell(t('render:element'))} | ${cell(t('render:floor'))} | ${cell(t('language:element'))} | ${cell(t('language:floor'))} |`,
      );
    }
    const big = Math.max(...sizes);
    const fresh = r.longestTask[`fresh:element:${big}`];
    const phases = (v) =>
      Object.entries(v.phases)
        .map(([k, x]) => `${k} ${x} ms`)
        .join(', ');
    lines.push('');
    if (fresh)
      lines.push(
        `With new data (${n(big)} networks, not validated before): first networks laid out after ${ms(fresh.firstCardMs.median)} ms, ` +
          `shown in the frame done at ${ms(fresh.firstFrameMs.median)} ms, the whole list after ${ms(fresh.allMs.median)} ms; longest task ${ms(fresh.maxMs)} ms (${phases(fresh)}).`,
      );
    const lang = r.longestTask[`language:element:${big}`];
    if (lang) lines.push(`The longest task of the ${n(big)}-network language switch: ${phases(lang)}.`);
    lines.push('');
  }
  if (r.bundle || r.embed) {
    lines.push(
      `Script-tag bundle (\`dist/cdn/network-elements.js\`): ${n(r.bundle.gzipBytes)} bytes gzipped (${n(r.bundle.bytes)} bytes; budget ${n(BUDGET)}).` +
        (r.embed
          ? ` On a page with one \`<network-list>\` (bundled feed), from the start of the bundle's evaluation to the first render (updateComplete and layout): ` +
            `${withCi(r.embed.evalToFirstRenderMs)}; the upgrade comes ${ms(r.embed.evalToUpgradeMs.median)} ms into the evaluation, the first render ` +
            `${ms(r.embed.upgradeToFirstRenderMs.median)} ms after it, before the next frame in ${r.embed.firstRenderBeforeNextFrame} loads.`
          : ''),
      '',
    );
  }
  if (r.remote) {
    const at = (latency) => {
      const { src, floor, base } = r.remote[latency];
      return (
        `${withCi(src.firstCardMs)}, the feed asked for at ${ms(src.feedRequestStartMs.median)} ms; with the part there from ` +
        `the start ${withCi(floor.firstCardMs)}, asked for at ${ms(floor.feedRequestStartMs.median)} ms ` +
        `(${ratio(floor.toFirst)} the time)` +
        (base ? `; the other build (\`BENCH_BASE_CDN\`) ${withCi(base.firstCardMs)} (${ratio(base.toFirst)})` : '')
      );
    };
    const latencies = Object.keys(r.remote).filter(Number);
    lines.push(
      `A feed from \`src\` (1,000 networks, \`bench/pages/remote.html\`), from navigation to its first cards laid out, with the ` +
        `script-tag bundle, which loads the remote part first: ${at(0)}.` +
        latencies.map((l) => ` With ${l} ms round-trip time emulated: ${at(l)}.`).join(''),
      '',
    );
  }
  if (r.cls)
    lines.push(
      `Layout shift on the built demo while it loads: CLS ${r.cls.de.cls} (German), ${r.cls.en.cls} (English).`,
      '',
    );
  if (r.lighthouse?.scores) {
    const l = r.lighthouse;
    lines.push(
      `Lighthouse ${l.version} on the built demo (${l.formFactor}, ${l.throttling} throttling): performance ${l.scores.performance}, ` +
        `accessibility ${l.scores.accessibility}, best practices ${l.scores['best-practices']}; ` +
        `FCP ${l.metrics.fcp.value}, LCP ${l.metrics.lcp.value}, TBT ${l.metrics.tbt.value}, CLS ${l.metrics.cls.value}. ` +
        `Report: \`${l.reports.at(-1)}\`.`,
      '',
    );
  }
  const rows = targets(r);
  if (rows.length) {
    lines.push('| target | measured | |', '| --- | --- | --- |');
    for (const [what, figure, ok] of rows) lines.push(`| ${what} | ${figure} | ${yes(ok)} |`);
    lines.push('');
  }
  lines.push(...notes(r), 'Raw figures: `bench/results/latest.json`.');
  return lines.join('\n');
}

export async function writeReadme(results, file = 'README.md') {
  const readme = await readFile(file, 'utf8');
  const body = `${START}\n${section(results)}\n${END}`;
  const i = readme.indexOf(START);
  const j = readme.indexOf(END);
  const next =
    i >= 0 && j > i ? readme.slice(0, i) + body + readme.slice(j + END.length) : `${readme.trimEnd()}\n\n${body}\n`;
  await writeFile(file, next);
}
