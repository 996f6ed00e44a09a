// Reads a lit-localize XLIFF file into a table from the English source text to its translation,
// the form the per-element runtime in src/i18n/localize.ts looks strings up in: a `str` template's
// placeholders become `{}` in the key and `{N}` (the N-th value) in the translation.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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
    if (/\{\d*\}/.test(decode(source.replace(PLACEHOLDER, ''))))
      throw new Error(`${path}: a source text may not contain "{}": ${source}`);
    table[key] = decode(target.replace(PLACEHOLDER, (_, id) => `{${id}}`));
  }
  return table;
}

/** The module whose texts only the parts use (src/parts/): its German goes to a table of its own. */
export const FAILURE_TEXTS = 'src/feed/messages.ts';
/** The module of what a search found, whose texts only the search part uses: the same. */
export const SEARCH_TEXTS = 'src/search/results.ts';

/**
 * Splits a table into the texts of FAILURE_TEXTS, of SEARCH_TEXTS and the rest, by where each
 * text is written: a text goes with such a module when it is the only source file that has it.
 * Throws for a text that no source file has (a stale translation, or a source this cannot read).
 */
export function splitTable(table, root = 'src') {
  const sources = readdirSync(root, { recursive: true })
    .map((f) => join(root, f).split('\\').join('/'))
    .filter((f) => f.endsWith('.ts') && !f.startsWith(`${root}/generated/`))
    .map((f) => [f, readFileSync(f, 'utf8')]);
  const main = {};
  const failures = {};
  const search = {};
  for (const [key, value] of Object.entries(table)) {
    // As written in a msg() call, msg('…') or msg(str`…`), where `{}` stands for a `${…}`.
    const text = key
      .split('{}')
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\$\\{[^}]*\\}');
    const written = new RegExp(`\\bmsg\\(\\s*(str)?[\`'"]${text}[\`'"]`);
    const files = sources.filter(([, text]) => written.test(text)).map(([f]) => f);
    if (!files.length) throw new Error(`no source file has the text "${key}": run lit-localize extract`);
    const only = files.length === 1 && files[0];
    (only === FAILURE_TEXTS ? failures : only === SEARCH_TEXTS ? search : main)[key] = value;
  }
  return { main, failures, search };
}
