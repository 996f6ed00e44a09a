// The package inside other people's apps: what installing it brings along (Lit and @lit/localize
// only; the server renderer @lit-labs/ssr is an optional peer), and the CLI in an install without
// @lit-labs/ssr: it still answers --help, and `render` says what to install instead of failing
// with a stack trace. Runs against the built dist/ (`npm test` builds first).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const installed = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Whether `version` lies in the caret range `range` (^x.y.z; ^0.y.z keeps y). */
function inCaret(version, range) {
  const [lower, v] = [range.replace(/^\^/, ''), version].map((s) => s.split('.').map(Number));
  const fixed = lower[0] === 0 ? 2 : 1;
  if (lower.slice(0, fixed).some((n, i) => n !== v[i])) return false;
  for (let i = 0; i < 3; i++) if (v[i] !== lower[i]) return v[i] > lower[i];
  return true;
}

function run(cwd, ...args) {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [join(cwd, 'bin/network-elements.mjs'), ...args],
      { cwd, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

describe('dependencies', () => {
  test('an app installs Lit and @lit/localize (shared with the app, caret ranges), not the server renderer', () => {
    // jsonc-parser: `npx network-elements validate`'s positions in the JSON text; no dependencies of its own.
    assert.deepEqual(pkg.dependencies, { '@lit/localize': '^0.12.2', 'jsonc-parser': '^3.3.1', lit: '^3.3.3' });
    for (const [name, range] of Object.entries(pkg.dependencies))
      assert.ok(inCaret(installed(name), range), `${name} ${installed(name)} is in ${range}, as tested`);
    assert.ok(!inCaret('4.0.0', '^3.3.3') && !inCaret('0.13.0', '^0.12.2') && inCaret('3.4.1', '^3.3.3'));
    // @lit-labs/ssr is for `network-elements render` and the render() export only.
    assert.ok(pkg.peerDependencies['@lit-labs/ssr'], 'a peer dependency');
    assert.deepEqual(pkg.peerDependenciesMeta, { '@lit-labs/ssr': { optional: true } });
    assert.ok(inCaret(installed('@lit-labs/ssr'), pkg.peerDependencies['@lit-labs/ssr']));
    assert.ok(pkg.devDependencies['@lit-labs/ssr'], 'installed here for the tests');
  });
});

describe('the CLI in an install without @lit-labs/ssr', () => {
  let dir;
  before(() => {
    // The package's shipped folders beside a node_modules holding Lit and @lit/localize only.
    dir = mkdtempSync(join(tmpdir(), 'network-elements-lean-'));
    for (const f of ['dist', 'bin', 'scripts/render', 'package.json'])
      cpSync(join(root, f), join(dir, f), { recursive: true });
    mkdirSync(join(dir, 'node_modules/@lit'), { recursive: true });
    for (const name of ['lit', '@lit/localize'])
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('render: says to install @lit-labs/ssr, exit 1, no stack trace', async () => {
    const { code, stdout, stderr } = await run(dir, 'render', '--lang', 'en');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^network-elements: .*npm install @lit-labs\/ssr to render on the server\n$/);
  });

  test('--help works without it', async () => {
    const { code, stdout } = await run(dir, '--help');
    assert.equal(code, 0);
    assert.match(stdout, /Usage: network-elements/);
  });

  test('--version prints the package’s version', async () => {
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await run(dir, flag);
      assert.equal(code, 0);
      assert.equal(stdout, `${pkg.version}\n`);
    }
  });
});
