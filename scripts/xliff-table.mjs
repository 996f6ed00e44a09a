// Reads a lit-localize XLIFF file into a table from the English source text to its translation,
// the form the per-element runtime in src/i18n/localize.ts looks strings up in: a `str` template's
// placeholders become `{}` in the key and `{N}` (the N-th value) in the translation.
import { readFileSync } from 'node:fs';

const entities = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e) => entities[e]);
const PLACEHOLDER = /<x id="(\d+)" equiv-text="([^"]*)"\/>/g;

export function readXliff(path) {
  const table = {};
  for (const [, unit] of readFileSync(path, 'utf8').matchAll(/<trans-unit [^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(unit)?.[1];
    if (source === undefined || target === undefined) continue;
    for (const [, , equiv] of source.matchAll(PLACEHOLDER)) {
      if (decode(equiv).startsWith('<')) throw new Error(`${path}: markup placeholders are not supported: ${source}`);
    }
    const key = decode(source.replace(PLACEHOLDER, '{}'));
    if (/\{\d*\}/.test(decode(source.replace(PLACEHOLDER, '')))) throw new Error(`${path}: a source text may not contain "{}": ${source}`);
    table[key] = decode(target.replace(PLACEHOLDER, (_, id) => `{${id}}`));
  }
  return table;
}
