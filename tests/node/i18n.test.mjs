// The interface texts: every unit of the XLIFF is translated, and the generated table the
// runtime reads is the XLIFF's (so a translation cannot be edited in one place only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAILURE_TEXTS, SEARCH_TEXTS, readXliff, splitTable } from '../../scripts/xliff-table.mjs';

const xliff = readFileSync('locales/de.xlf', 'utf8');

test('every message in locales/de.xlf has a German target', () => {
  const units = [...xliff.matchAll(/<trans-unit [^>]*>([\s\S]*?)<\/trans-unit>/g)].map((m) => m[1]);
  assert.ok(units.length > 40, `expected the library's messages, found ${units.length}`);
  const untranslated = units
    .filter((u) => !/<target>(?!<\/target>)[\s\S]/.test(u))
    .map((u) => /<source>(.*?)<\/source>/.exec(u)?.[1]);
  assert.deepEqual(untranslated, []);
});

const generated = (file) => {
  const text = readFileSync(`src/generated/locales/${file}`, 'utf8');
  return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
};

test('the generated German tables are exactly the XLIFF (npm run generate is up to date)', async () => {
  const main = generated('de.ts');
  const failures = generated('de-failures.ts');
  const search = generated('de-search.ts');
  assert.deepEqual({ ...main, ...failures, ...search }, await readXliff('locales/de.xlf'));
  const keys = [main, failures, search].flatMap((t) => Object.keys(t));
  assert.equal(new Set(keys).size, keys.length, 'no text in two tables');
  assert.deepEqual({ main, failures, search }, splitTable(await readXliff('locales/de.xlf')));
});

test('the failure texts, and only they, travel with the parts: each is in src/feed/messages.ts alone', () => {
  const failures = Object.keys(generated('de-failures.ts'));
  // The texts of problems and failed loads, which only the validator and the remote loader produce.
  for (const text of [
    'is missing',
    'The data is not a valid network feed.',
    'and {} more',
    'This is a saved copy (as of {}): the current version could not be loaded.',
    'This information could not be found.',
    'Technical details (for webmasters)',
  ])
    assert.ok(failures.includes(text), text);
  const source = readFileSync(FAILURE_TEXTS, 'utf8');
  for (const text of failures) assert.ok(source.includes(text.split('{}')[0]), text);
  // What the elements say without any part stays in the bundle's table.
  const main = generated('de.ts');
  for (const text of [
    'Loading failed. Please try again later.',
    'Saving failed. Please try again later.',
    'Trying again automatically…',
    'Loading networks…',
  ])
    assert.ok(text in main, text);
});

test('placeholders survive translation: each {N} of a target is a value of its source', async () => {
  for (const [source, target] of Object.entries(await readXliff('locales/de.xlf'))) {
    const count = source.split('{}').length - 1;
    const used = [...target.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
    assert.deepEqual([...new Set(used)].sort(), [...Array(count).keys()], `${source} → ${target}`);
  }
});

test('what a search found travels with the search part: each such text is in src/search/results.ts alone', () => {
  const search = Object.keys(generated('de-search.ts'));
  assert.deepEqual(
    search.sort(),
    ['1 network found', 'No networks found', 'Show all networks', '{} networks found'].sort(),
  );
  const source = readFileSync(SEARCH_TEXTS, 'utf8');
  for (const text of search) assert.ok(source.includes(text.split('{}')[0]), text);
  // The search field and buttons show before the part is there: their texts stay in the bundle's table.
  const main = generated('de.ts');
  for (const text of ['Search networks', 'Category', 'All']) assert.ok(text in main, text);
});

test('XLIFF is read as XML: state attributes, character references and CDATA', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'network-elements-xliff-'));
  try {
    const file = join(dir, 'de.xlf');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="de" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
<trans-unit id="a">
  <source>Translated by a tool</source><target state="translated">Von einem Werkzeug übersetzt</target>
</trans-unit>
<trans-unit id="b">
  <source>and <x id="0" equiv-text="\${more}"/> more</source><target state="final">und&#160;<x id="0" equiv-text="\${more}"/>&#xA0;weitere &amp; mehr</target>
</trans-unit>
<trans-unit id="c">
  <source><![CDATA[Terms & <conditions>]]></source><target><![CDATA[Bedingungen & <Konditionen>]]></target>
</trans-unit>
<trans-unit id="d">
  <source>Not yet translated</source>
</trans-unit>
</body>
</file>
</xliff>`,
    );
    assert.deepEqual(await readXliff(file), {
      'Translated by a tool': 'Von einem Werkzeug übersetzt',
      'and {} more': 'und\u00a0{0}\u00a0weitere & mehr',
      'Terms & <conditions>': 'Bedingungen & <Konditionen>',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
