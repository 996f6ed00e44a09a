// `npm test`: generate, type check, lint, format and import-circle checks, build, Node tests,
// then the browser tests in headless Chromium. Prints a last line `N passed, M failed` summing
// every test (a failed check counts as one failure), and exits non-zero when anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { findChromium, installHint } from './find-chromium.mjs';

const node = process.execPath;
let passed = 0;
let failed = 0;

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
  else failed++;
  return code === 0;
}

/** Chromium for the browser tests: found, installed (Debian, as root), or a clear message. */
function ensureChromium() {
  if (findChromium()) return true;
  const debian = existsSync('/etc/debian_version');
  const root = process.getuid?.() === 0;
  if (debian && root) {
    console.log('\n▶ No Chromium found: installing Debian’s chromium package (apt-get install -y chromium)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (findChromium()) return true;
  }
  console.error(`\n${installHint}\n`);
  return false;
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
  const { out } = await run('Node tests', node, ['--test', '--test-reporter=spec', ...files]);
  const pass = /ℹ pass (\d+)/.exec(out);
  const fail = /ℹ fail (\d+)/.exec(out);
  if (pass && fail) {
    passed += Number(pass[1]);
    failed += Number(fail[1]);
  } else failed++;
} else {
  console.error('\nSkipping the Node tests: the build failed.');
  failed++;
}

if (ensureChromium()) {
  const { code, out } = await run('browser tests (web-test-runner, headless Chromium)', node, [
    'node_modules/@web/test-runner/dist/bin.js',
    '--static-logging',
  ]);
  const counts = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    if (code !== 0 && Number(counts[2]) === 0) failed++;
  } else failed++;
} else failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
