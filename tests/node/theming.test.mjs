// The custom properties' documented defaults (the elements' JSDoc, and so custom-elements.json and
// the README) are the fallbacks the styles really use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));

/** `var(--name, fallback)` in the styles, the fallback with its parentheses balanced. */
function fallbacks() {
  const files = [
    ...readdirSync(new URL('src/styles/', root)).map((f) => `src/styles/${f}`),
    ...readdirSync(new URL('src/elements/', root))
      .filter((f) => f.endsWith('.styles.ts'))
      .map((f) => `src/elements/${f}`),
  ];
  const found = new Map();
  for (const css of files.map(read)) {
    for (const m of css.matchAll(/var\((--network-[a-z-]+),\s*/g)) {
      let depth = 1;
      let i = m.index + m[0].length;
      const start = i;
      for (; depth; i++) depth += css[i] === '(' ? 1 : css[i] === ')' ? -1 : 0;
      found.set(m[1], css.slice(start, i - 1).trim());
    }
  }
  return found;
}

test('each documented default is the fallback the styles use', () => {
  const used = fallbacks();
  const documented = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement)
    .flatMap((d) => d.cssProperties ?? []);
  assert.ok(documented.length > 10);
  for (const p of documented) {
    const fallback = used.get(p.name);
    // A default naming another property is written as the property, the styles' private alias aside.
    const expected = fallback?.replace('var(--_accent)', 'var(--network-accent-color)');
    assert.equal(p.default, expected, `${p.name}: documented ${p.default}, the styles fall back to ${fallback}`);
  }
});
