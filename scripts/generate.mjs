// Writes every generated file under src/generated/ (all marked "do not edit"):
// - feed-types.ts from the feed's JSON Schema, the single source of truth for the format;
// - version.ts from package.json;
// - locales/de.ts from locales/de.xlf: the German interface texts, keyed by their English source
//   (see src/i18n/localize.ts for why this replaces `lit-localize build`); those only
//   src/feed/messages.ts uses in locales/de-failures.ts, as they travel with the parts.
// Run by `npm run generate`, and before start, build and test.
import { compileFromFile } from 'json-schema-to-typescript';
import { readXliff, splitTable } from './xliff-table.mjs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';

const note = (from) => `Generated from ${from} by scripts/generate.mjs. Do not edit by hand: run \`npm run generate\`.`;

await mkdir('src/generated/locales', { recursive: true });

const types = await compileFromFile('src/feed/networks.schema.json', {
  bannerComment: `/* ${note('src/feed/networks.schema.json')} */`,
  additionalProperties: false,
  unreachableDefinitions: true,
  ignoreMinAndMaxItems: true,
  style: { singleQuote: true },
});
await writeFile('src/generated/feed-types.ts', types);

const { version } = JSON.parse(await readFile('package.json', 'utf8'));
await writeFile('src/generated/version.ts', `// ${note('package.json')}\nexport const VERSION = '${version}';\n`);

const { main, failures, search } = splitTable(await readXliff('locales/de.xlf'));
const table = (t) =>
  `// ${note('locales/de.xlf')}\nexport const de: Record<string, string> = ${JSON.stringify(t, null, 2)};\n`;
await writeFile('src/generated/locales/de.ts', table(main));
await writeFile('src/generated/locales/de-failures.ts', table(failures));
await writeFile('src/generated/locales/de-search.ts', table(search));
