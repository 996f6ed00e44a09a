// `npm test`: generate, type check, lint, format and import-circle checks, build, Node tests, then the browser tests in
// Chromium (every file), Firefox and WebKit (the core set in web-test-runner.config.mjs), one engine
// after the other (`npm test -- --engine firefox`: that engine alone; `-- --all-files`: every file
// in every engine). Prints a last line `N passed, M failed` summing every test of every engine (a
// failed type check or lint counts as one failure each; an engine that is missing, or whose run
// ends without its summary, counts as one failure too), and exits non-zero when anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { DEBIAN_PACKAGES, ENGINE_NAMES, ENGINES, engineAvailable, engineFromArgs, installHint } from './engines.mjs';

const node = process.execPath;
let passed = 0;
let failed = 0;
/** What failed, named once more above the last line, where a CI log's tail shows it. */
const whatFailed = [];

/** Runs a command, echoing its output; resolves with its exit code and everything it printed. */
function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const echo = (stream) => (chunk) => {
      out += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** A step that is a single check: it counts as one test. */
async function check(label, cmd, args) {
  const { code } = await run(label, cmd, args);
  if (code === 0) passed++;
  else {
    failed++;
    whatFailed.push(label);
  }
  return code === 0;
}

/**
 * The engines' browsers: found, installed from Debian's packages (as root, one `apt-get update`
 * for all), or a clear message. Resolves with the engines that can run.
 */
function ensureEngines(engines) {
  const missing = engines.filter((e) => !engineAvailable(e));
  if (missing.length && existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    const packages = missing.flatMap((e) => DEBIAN_PACKAGES[e]);
    console.log(`\n▶ Not found: ${missing.map((e) => ENGINE_NAMES[e]).join(', ')}; installing ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  }
  return engines.filter((e) => {
    if (engineAvailable(e)) return true;
    console.error(`\n${installHint(e)}\n`);
    return false;
  });
}

const steps = [
  ['generate (types, version, locales)', node, ['scripts/generate.mjs']],
  ['type check (tsc)', node, ['node_modules/typescript/bin/tsc', '--noEmit']],
  ['lint (eslint)', node, ['node_modules/eslint/bin/eslint.js', '.']],
  ['format (prettier --check)', node, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']],
  [
    'import circles (dependency-cruiser)',
    node,
    [
      'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
      '--config',
      '.dependency-cruiser.mjs',
      'src',
      'scripts',
      'bin',
    ],
  ],
  ['build', node, ['scripts/build.mjs']],
];
let built = true;
for (const [label, cmd, args] of steps) {
  const ok = await check(label, cmd, args);
  if (!ok && (label.startsWith('generate') || label === 'build')) built = false;
}

if (built) {
  const files = readdirSync('tests/node')
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => `tests/node/${f}`);
  // One file at a time on two cores (node --test's default); a test that hangs fails after 10
  // minutes instead of holding up the run. Slow steps set longer limits of their own (the apps'
  // install, tests/node/apps.test.mjs). Nothing is retried: a failure counts as one.
  const { out } = await run('Node tests', node, ['--test', '--test-reporter=spec', '--test-timeout=600000', ...files]);
  const pass = /ℹ pass (\d+)/.exec(out);
  const fail = /ℹ fail (\d+)/.exec(out);
  if (pass && fail) {
    passed += Number(pass[1]);
    failed += Number(fail[1]);
    // The spec reporter lists the failed tests again after "failing tests:", each marked ✖.
    const failing = out.split('\n✖ failing tests:')[1] ?? '';
    for (const m of failing.matchAll(/^(?:test at (\S+)\n)?\s*✖ (.+?)(?: \(\d[\d.]*ms\))?$/gm))
      whatFailed.push(`Node: ${m[1] ? `${m[1]}: ` : ''}${m[2]}`);
  } else {
    failed++;
    whatFailed.push('Node tests: no summary');
  }
} else {
  console.error('\nSkipping the Node tests: the build failed.');
  failed++;
}

/** One engine's browser tests; resolves with its counts, or undefined when the run gave none. */
async function browserTests(engine) {
  const name = ENGINE_NAMES[engine];
  const started = Date.now();
  const { code, out } = await run(`browser tests in ${name} (web-test-runner --engine=${engine})`, node, [
    'node_modules/@web/test-runner/dist/bin.js',
    '--static-logging',
    `--engine=${engine}`,
    // Every test file in this engine too, not only the core set (web-test-runner.config.mjs).
    ...(process.argv.includes('--all-files') ? ['--files', 'tests/browser/**/*.test.ts'] : []),
  ]);
  const seconds = Math.round((Date.now() - started) / 1000);
  const line = new RegExp(`^${name}: (\\d+) passed, (\\d+) failed, (\\d+) skipped$`, 'm').exec(out);
  if (!line) return { code, seconds };
  const [p, f, s] = line.slice(1).map(Number);
  // engineReporter (tests/server/engines.mjs) names each failed test under "Failed in <engine>:".
  const block = new RegExp(`^Failed in ${name}:\\n((?:  - .*\\n?)+)`, 'm').exec(out);
  const failures = block
    ? block[1]
        .trimEnd()
        .split('\n')
        .map((l) => `${name}: ${l.slice(4)}`)
    : [];
  return { code, seconds, passed: p, failed: f, skipped: s, failures };
}

const wanted = process.argv.some((a) => a === '--engine' || a.startsWith('--engine='))
  ? [engineFromArgs(process.argv, { spaced: true })]
  : ENGINES;
const engines = ensureEngines(wanted);
failed += wanted.length - engines.length;
for (const e of wanted) if (!engines.includes(e)) whatFailed.push(`${ENGINE_NAMES[e]}: not installed`);
const report = [];
for (const engine of engines) {
  let result = await browserTests(engine);
  // A run that ended before any test ran (the browser did not start, the port was taken): once more.
  if (!result.passed && !result.failed && !result.skipped) {
    console.log(`\n${ENGINE_NAMES[engine]}: no test ran; trying once more`);
    result = await browserTests(engine);
  }
  const { code, seconds } = result;
  if (result.passed === undefined) {
    console.error(`\n${ENGINE_NAMES[engine]}: the run ended without its summary (exit code ${code}): one failure`);
    failed++;
    whatFailed.push(`${ENGINE_NAMES[engine]}: the run ended without its summary`);
    report.push(`${ENGINE_NAMES[engine]}: no summary, ${seconds} s`);
    continue;
  }
  passed += result.passed;
  failed += result.failed;
  whatFailed.push(...result.failures);
  // A failed run must show as a failure, also when it counted none.
  if (code !== 0 && result.failed === 0) failed++;
  if (result.passed + result.failed === 0) failed++;
  report.push(
    `${ENGINE_NAMES[engine]}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped, ${seconds} s`,
  );
}
console.log(`\nBrowser tests:\n${report.map((r) => `  ${r}`).join('\n')}`);

if (whatFailed.length) console.log(`\nWhat failed:\n${whatFailed.map((f) => `  - ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
