// Reads a lit-localize XLIFF file into a table from the English source text to its translation,
// the form the per-element runtime in src/i18n/localize.ts looks strings up in: a `str` template's
// placeholders become `{}` in the key and `{N}` (the N-th value) in the translation.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import xliff12ToJs from 'xliff/xliff12ToJs';

/**
 * A `<source>` or `<target>` as the `xliff` package reads it (entities, `&#160;` and CDATA
 * decoded): a string, or strings and placeholders (`<x id="0" equiv-text="${…}"/>`, Standalone).
 * `placeholder` turns each placeholder into text.
 */
function text(value, path, placeholder) {
  return (Array.isArray(value) ? value : [value ?? ''])
    .map((part) => {
      if (typeof part === 'string') return part;
      const x = part.Standalone;
      if (!x) throw new Error(`${path}: markup is not supported in a translation: ${JSON.stringify(part)}`);
      if (String(x['equiv-text'] ?? '').startsWith('<'))
        throw new Error(`${path}: markup placeholders are not supported: ${x['equiv-text']}`);
      return placeholder(x.id);
    })
    .join('');
}

/** The table of a lit-localize XLIFF 1.2 file, read with an XML parser (the `xliff` package). */
export async function readXliff(path) {
  const { resources } = await xliff12ToJs(readFileSync(path, 'utf8'));
  const table = {};
  for (const units of Object.values(resources)) {
    for (const unit of Object.values(units)) {
      if (unit.source === undefined || unit.target === undefined) continue;
      if (/\{\d*\}/.test(text(unit.source, path, () => '')))
        throw new Error(`${path}: a source text may not contain "{}": ${JSON.stringify(unit.source)}`);
      table[text(unit.source, path, () => '{}')] = text(unit.target, path, (id) => `{${id}}`);
    }
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
