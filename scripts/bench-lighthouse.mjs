// Lighthouse (12.2.3, the last major that runs on Node 20) on the built demo, for
// `npm run bench`: performance, accessibility and best practices, in Lighthouse's default
// mobile setting (a mid-range phone: 4× slower CPU, simulated slow 4G). scripts/bench.mjs keeps
// the JSON report in bench/results/.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** Runs a command without blocking this process (which serves the pages Lighthouse loads). */
const run = (cmd, args, env) =>
  new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}`))));
  });

const CLI = 'node_modules/lighthouse/cli/index.js';

export async function runLighthouse(url, chromePath, chromeFlags, outBase = 'bench/results/lighthouse') {
  await run(
    process.execPath,
    [
      CLI,
      url,
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      '--output=html',
      `--output-path=${outBase}`,
      `--chrome-flags=${chromeFlags.join(' ')}`,
      '--quiet',
    ],
    { ...process.env, CHROME_PATH: chromePath },
  );
  const report = JSON.parse(await readFile(`${outBase}.report.json`, 'utf8'));
  const scores = Object.fromEntries(
    Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]),
  );
  // What kept a category below 100: its audits that score below 1.
  const failing = Object.values(report.audits)
    .filter(
      (a) =>
        a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode),
    )
    .map((a) => ({ id: a.id, score: a.score, value: a.displayValue }));
  const metric = (id) => ({ value: report.audits[id].displayValue, score: report.audits[id].score });
  return {
    version: report.lighthouseVersion,
    formFactor: report.configSettings.formFactor,
    throttling: report.configSettings.throttlingMethod,
    scores,
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
    },
    failing,
    reports: [`${outBase}.report.json`, `${outBase}.report.html`],
  };
}
