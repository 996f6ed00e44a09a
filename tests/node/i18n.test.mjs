// The interface texts: every unit of the XLIFF is translated, and the generated table the
// runtime reads is the XLIFF's (so a translation cannot be edited in one place only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readXliff } from '../../scripts/xliff-table.mjs';

const xliff = readFileSync('locales/de.xlf', 'utf8');

test('every message in locales/de.xlf has a German target', () => {
  const units = [...xliff.matchAll(/<trans-unit [^>]*>([\s\S]*?)<\/trans-unit>/g)].map((m) => m[1]);
  assert.ok(units.length > 40, `expected the library's messages, found ${units.length}`);
  const untranslated = units.filter((u) => !/<target>(?!<\/target>)[\s\S]/.test(u)).map((u) => /<source>(.*?)<\/source>/.exec(u)?.[1]);
  assert.deepEqual(untranslated, []);
});

test('the generated German table is exactly the XLIFF (npm run generate is up to date)', () => {
  const generated = readFileSync('src/generated/locales/de.ts', 'utf8');
  const table = JSON.parse(generated.slice(generated.indexOf('{'), generated.lastIndexOf('}') + 1));
  assert.deepEqual(table, readXliff('locales/de.xlf'));
});

test('placeholders survive translation: each {N} of a target is a value of its source', () => {
  for (const [source, target] of Object.entries(readXliff('locales/de.xlf'))) {
    const count = source.split('{}').length - 1;
    const used = [...target.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
    assert.deepEqual([...new Set(used)].sort(), [...Array(count).keys()], `${source} → ${target}`);
  }
});
