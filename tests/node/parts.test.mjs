// The parts (src/parts/): the npm build's importer (src/loading/import-part.ts) and the script-tag
// build (scripts/build.mjs, which reads the folder) must know the same parts, and each part says
// what it is in its first comment (the script-tag file's banner).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const folder = readdirSync(new URL('src/parts/', root))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

test('the npm build imports every part of src/parts/, each under its own name', () => {
  const importer = read('src/loading/import-part.ts');
  const entries = [...importer.matchAll(/^\s*'?([a-z-]+)'?: \(\) => import\('\.\.\/parts\/([a-z-]+)\.js'\)/gm)];
  assert.deepEqual(entries.map((m) => m[1]).sort(), folder);
  for (const [, name, file] of entries) assert.equal(file, name, `${name} imports its own file`);
});

test('each part begins with a comment saying what it is', () => {
  for (const name of folder) {
    assert.match(read(`src/parts/${name}.ts`), /^\/\*\*\s*\n \* [A-Z][^:]+:/, `src/parts/${name}.ts`);
  }
});

test('no module imports a part statically: each is loaded on first use, in the npm build too', () => {
  const files = readdirSync(new URL('src/', root), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('parts/') && !f.startsWith('generated/'));
  const statics = files.filter((f) =>
    /^import (?!type)[^;]*from '[./]*\/?parts\//m.test(read(`src/${f}`).replace(/^import type .*$/gm, '')),
  );
  assert.deepEqual(statics, []);
});
