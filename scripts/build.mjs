// `npm run build`: the script-tag bundles, the npm build with type declarations, the feed files.
//   dist/cdn/network-elements.js        one self-contained, minified ES module (Lit, elements, both languages, the feed)
//   dist/cdn/network-elements.iife.js   the same as a classic script; its one global is `NetworkElements`
//   dist/cdn/network-elements.nodata.js the ES module without the Heidelberg feed, for partners' own feeds
//   dist/cdn/network-elements.ssr.js    the ES module with Lit's hydration support, for server-rendered HTML
//   dist/cdn/network-elements.<part>.js  the parts few pages use (src/parts/: remote, validate, search,
//                                       json-ld, vcard, long-list), which every bundle above imports
//                                       from beside itself on first use
//   dist/cdn/network-elements.all.js, .all.iife.js   the ES module and the classic script with every
//                                       part inside: one file, no other request (CDNs without CORS, SRI)
//   dist/cdn/integrity.json             the SRI hash (sha384) of every script-tag file
//   dist/cdn/networks.json, networks.schema.json   the bundled feed and its JSON Schema
//   dist/*.js, dist/*.d.ts               the npm build: one module per source file, Lit left as a dependency
//   dist/nodata/                         the npm entries without the Heidelberg feed (network-elements/nodata, /nodata/<element>)
//   dist/site/                           the demo, the feed editor and the snippet builder as a static site
//                                        (vite.config.ts), for a city to host as files; not in the package
//
// The script-tag bundles land on pages we do not control, so besides being small they must leave
// the page alone: Lit's production build (Vite's default `production` export condition), CSS and
// HTML in `css`/`html` literals minified, the whole bundle minified, and Lit's page-wide
// registries and hooks (version lists, `litPropertyMetadata`, the `Symbol.metadata` polyfill, the
// polyfill and hydration hooks, ShadyCSS) left out — a bundle that carries its own Lit shares
// nothing with other copies of Lit on the page.
// `npm test` checks the size (tests/node/bundle.test.mjs) and what the bundles leave on a page
// (tests/browser/bundle.test.ts).
import { build } from 'vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { minify } from 'terser';

const run = (cmd, args) => execFileSync(process.execPath, [cmd, ...args], { stdio: 'inherit' });

await rm('dist', { recursive: true, force: true });
run('scripts/generate.mjs', []);

const quiet = { configFile: false, logLevel: 'warn', mode: 'production' };

/**
 * Lit's page-wide registries and hooks, left out of the script-tag bundles. Each pattern must
 * match exactly once in the pinned Lit version: when Lit changes, the build fails here instead of
 * quietly shipping a bundle that writes or reads globals again.
 */
const litGlobals = [
  // lit-html, lit-element, reactive-element: `(globalThis.xVersions ??= []).push('1.2.3')`.
  { file: /lit-html\/lit-html\.js$/, find: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]+"\)/, replace: 'void 0' },
  {
    file: /lit-element\/lit-element\.js$/,
    find: /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/,
    replace: 'void 0',
  },
  {
    file: /@lit\/reactive-element\/reactive-element\.js$/,
    find: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]+"\)/,
    replace: 'void 0',
  },
  // The metadata of standard decorators, which the elements do not use (their properties are
  // declared in `static properties`): neither the page-wide map and symbol, nor `finalize()`'s
  // reading of them.
  {
    file: /@lit\/reactive-element\/reactive-element\.js$/,
    find: /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/,
    replace: '',
  },
  {
    file: /@lit\/reactive-element\/reactive-element\.js$/,
    find: /const \w+=this\[Symbol\.metadata\];if\(null!==\w+\)\{const \w+=litPropertyMetadata\.get\(\w+\);if\(void 0!==\w+\)for\(const\[\w+,\w+\]of \w+\)this\.elementProperties\.set\(\w+,\w+\)\}/,
    replace: '',
  },
  // The hooks through which Lit's polyfill support (`globalThis.litHtmlPolyfillSupport`, …, for
  // browsers without shadow DOM) patches every copy of Lit on a page: a bundle for evergreen
  // browsers must not be changed by what another script on the page installed.
  { file: /lit-html\/lit-html\.js$/, find: /(?<=\w=)\w+\.litHtmlPolyfillSupport/, replace: 'void 0' },
  { file: /lit-element\/lit-element\.js$/, find: /(?<=\w=)\w+\.litElementPolyfillSupport/, replace: 'void 0' },
  {
    file: /@lit\/reactive-element\/reactive-element\.js$/,
    find: /(?<=\w=)\w+\.reactiveElementPolyfillSupport/,
    replace: 'void 0',
  },
  // Whether to use constructed style sheets, which every supported browser has: decided by the
  // page's ShadyCSS polyfill otherwise, with a fallback to <style> elements (and the page's
  // `litNonce`) that a strict CSP would block.
  {
    file: /@lit\/reactive-element\/css-tag\.js$/,
    find: /(?<=\w=)\w+\.ShadowRoot&&\(void 0===\w+\.ShadyCSS\|\|\w+\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/,
    replace: '!0',
  },
  // Likewise the hydration hook: only the SSR bundle, which brings its own hydration, reads it.
  {
    file: /lit-element\/lit-element\.js$/,
    find: /\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\)/,
    replace: 'void 0',
    hydrating: false,
  },
];

/** Lit without its page-wide registries and hooks; `hydrating`: the SSR bundle's, which keeps the hydration hook. */
const withoutLitGlobals = (hydrating = false) => {
  const edits = litGlobals.filter((g) => g.hydrating === undefined || g.hydrating === hydrating);
  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'network-elements:without-lit-globals',
    transform(code, id) {
      const here = edits.filter((g) => g.file.test(id));
      if (!here.length) return null;
      for (const { find, replace } of here) {
        const found = code.match(new RegExp(find, 'g'))?.length ?? 0;
        if (found !== 1) this.error(`${id}: expected ${find} once, found it ${found} times (Lit changed?)`);
        // Padded to the same length, so that the module's source map stays exact.
        code = code.replace(find, (m) => replace.padEnd(m.length, ' '));
      }
      return { code, map: null };
    },
    buildEnd() {
      // Every pattern must have been used: a renamed Lit file must not slip through either.
      const seen = new Set([...this.getModuleIds()]);
      for (const { file } of edits) {
        if (![...seen].some((id) => file.test(id))) this.error(`no module matches ${file} (Lit changed?)`);
      }
    },
  };
  return plugin;
};

const pkg = JSON.parse(await readFile('package.json', 'utf8'));

/**
 * Vite applies package.json's `sideEffects` to this package's own sources too, where its
 * `./dist/*.js` paths match nothing: every module would count as free of side effects, and the
 * registering imports (`import './network-list.js'`) would be dropped. This gives each listed
 * module's source (`./dist/network-list.js` → `src/network-list.ts`) its side effects back, so
 * that the builds keep what a consumer's bundler keeps, no more.
 */
const sourcesWithSideEffects = new Set(
  pkg.sideEffects
    .filter((p) => /^\.\/dist\/[^*]+\.js$/.test(p))
    .map((p) => p.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts')),
);
/** @type {import('vite').Plugin} */
const declaredSideEffects = {
  name: 'network-elements:declared-side-effects',
  transform(code, id) {
    const file = relative(process.cwd(), id).split(sep).join('/');
    return sourcesWithSideEffects.has(file) ? { code, map: null, moduleSideEffects: true } : null;
  },
};

/** One licence line for the whole bundle, in place of a comment per Lit module. */
const banner = `/*! network-elements ${pkg.version} (MIT) | includes Lit: Copyright Google LLC, BSD-3-Clause */`;

/**
 * The literal minifier's options for the npm build and the SSR bundle, which must agree: the server
 * renders the npm build's templates, and hydration matches each by a hash of its strings. Attribute
 * values keep their quotes, as the server's HTML is checked (tests/node/html-conformance.test.mjs).
 */
const NPM_LITERALS = { minifyOptions: { removeAttributeQuotes: false } };

/** What the builds without the Heidelberg feed have in its place. */
const EMPTY_FEED = '{ version: "1.0.0", checked: "", categories: [], networks: [], contacts: [] }';

/**
 * For partner sites with a feed of their own: the Heidelberg data replaced by an empty feed, so
 * that an element without `src` or `feed` shows "no networks" / "no contacts" notices.
 */
/** @type {import('vite').Plugin} */
const withoutBundledFeed = {
  name: 'network-elements:without-bundled-feed',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './networks.json' && importer?.split(sep).join('/').endsWith('src/feed/bundled.ts'))
      return '\0no-bundled-feed';
    return null;
  },
  load(id) {
    return id === '\0no-bundled-feed' ? `export default ${EMPTY_FEED};` : null;
  },
};

/**
 * The parts few pages use (src/parts/, one entry each) are not in the script-tag bundles: each is
 * an ES module of its own beside them, `network-elements.<name>.js`, self-contained and minified,
 * shared by all the bundles. A part carries what it needs: the remote loader its own copy of the
 * validator, so that a page with `src` loads one part. Its banner says what it is: the first
 * line of its entry's comment.
 */
const PARTS = readdirSync('src/parts')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => {
    const what = /^\/\*\*\s*\*?\s*([^:]+):/.exec(readFileSync(`src/parts/${f}`, 'utf8'));
    if (!what) throw new Error(`src/parts/${f}: begin with a comment saying what the part is`);
    return { name: basename(f, '.ts'), entry: `src/parts/${f}`, what: what[1].replace(/^The /, 'the ') };
  });
const slash = (id) => id.split(sep).join('/');

/**
 * In a script-tag bundle, a part is imported from the file beside the bundle, from the bundle's
 * own address: an ES module's `import.meta.url`, the classic script's `<script>` `src`, read while
 * the script first runs (dynamic `import()` works in classic scripts too). A failure names the
 * file and its likely causes for the webmaster (the registry logs it). This replaces
 * src/loading/import-part.ts, the one module that differs from the npm build.
 */
const importPartsBesideBundle = (format) => ({
  name: 'network-elements:import-parts-beside-bundle',
  enforce: 'pre',
  load(id) {
    if (!slash(id).endsWith('/src/loading/import-part.ts')) return null;
    const base = format === 'es' ? 'import.meta.url' : 'document.currentScript?.src';
    return `const base = ${base};
// async: an address that cannot be resolved (no script src) rejects like a failed load.
export const importPart = async (name) => {
  const url = new URL(\`network-elements.\${name}.js\`, base);
  return import(/* @vite-ignore */ url).catch(() => {
    throw Error(\`network-elements: \${url} could not be loaded (offline, missing, or no CORS)\`);
  });
};
export const atHand = {};`;
  },
});

/**
 * The single-file builds (network-elements.all.js, .all.iife.js): every part inside, at hand
 * from the start, no request of their own — for CDNs and file stores that send no CORS headers,
 * and for pages that pin each script with Subresource Integrity.
 */
const partsInsideBundle = {
  name: 'network-elements:parts-inside-bundle',
  enforce: 'pre',
  load(id) {
    if (!slash(id).endsWith('/src/loading/import-part.ts')) return null;
    const name = (part) => JSON.stringify(part.name);
    return [
      ...PARTS.map((part, i) => `import * as part${i} from ${JSON.stringify(`${process.cwd()}/${part.entry}`)};`),
      `export const atHand = { ${PARTS.map((part, i) => `${name(part)}: part${i}`).join(', ')} };`,
      'export const importPart = async (name) => atHand[name];',
    ].join('\n');
  },
};

/**
 * A second pass of terser over a minified script-tag file, its source map carried through:
 * rolldown's minifier leaves about 100 bytes (gzip) that terser's compressor finds, and every
 * byte counts against the budget. Not for the SSR bundle, whose templates must stay as the npm build has them.
 */
async function terse(file, module) {
  const code = (await readFile(file, 'utf8')).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
  const result = await minify(code, {
    module,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: /^!/ },
    sourceMap: { content: await readFile(`${file}.map`, 'utf8'), url: `${basename(file)}.map`, includeSources: true },
  });
  await writeFile(file, `${result.code}\n`);
  await writeFile(`${file}.map`, result.map);
}

/**
 * One script-tag bundle of `entry`: format `es` or `iife`. Options: more `plugins`; a `note` for
 * the banner; `literals`, options for the literal minifier (minify-html-literals); `hydrating`
 * for the SSR bundle (Lit's hydration hook kept); `allParts` for a single-file build (every part
 * inside). A `part` (of PARTS) is built without Lit, with a banner of its own.
 */
async function cdnBundle(
  entry,
  format,
  fileName,
  { plugins = [], note = '', literals = {}, hydrating, part, allParts } = {},
) {
  await build({
    ...quiet,
    plugins: [
      {
        ...minifyLiterals({
          include: ['src/**/*.ts'],
          failOnError: true,
          // Attribute values without quotes where HTML allows it (Lit reads `a=${x}` as it reads `a="${x}"`).
          options: { minifyOptions: { removeAttributeQuotes: true }, ...literals },
        }),
        enforce: 'pre',
      },
      ...(part ? [] : [withoutLitGlobals(hydrating), allParts ? partsInsideBundle : importPartsBesideBundle(format)]),
      declaredSideEffects,
      ...plugins,
    ],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      lib: { entry, formats: [format], name: 'NetworkElements', fileName: () => fileName },
      rolldownOptions: {
        output: {
          minify: true,
          comments: { legal: false, annotation: false, jsdoc: false },
          // The classic script's global is a plain object: no Symbol.toStringTag "Module" on it.
          generatedCode: { symbols: false },
          postBanner: part
            ? `/*! network-elements ${pkg.version} (MIT) | ${part.what}, loaded by the network-elements bundles on first use */`
            : banner.replace(' |', `${note} |`),
        },
      },
    },
  });
  if (!hydrating) await terse(`dist/cdn/${fileName}`, format === 'es');
}

// src/script-tag.ts: what src/index.ts gives, but the validator's exports (it is a part here).
await cdnBundle('src/script-tag.ts', 'es', 'network-elements.js');
await cdnBundle('src/script-tag.ts', 'iife', 'network-elements.iife.js');
for (const [format, fileName] of [
  ['es', 'network-elements.all.js'],
  ['iife', 'network-elements.all.iife.js'],
])
  await cdnBundle('src/script-tag.ts', format, fileName, { allParts: true, note: ' with every part inside' });
await cdnBundle('src/script-tag.ts', 'es', 'network-elements.nodata.js', {
  plugins: [withoutBundledFeed],
  note: ' without the Heidelberg feed',
});
// For pages with the elements' server-rendered HTML (`npx network-elements render`): the ES
// module with Lit's hydration support, so that the elements take over that HTML instead of
// rendering it again. Not in the bundles above, whose budget it would break (src/ssr/hydrate.ts).
// Hydration matches each template by a hash of its strings, and the server renders the npm
// build's templates: so here the literals are minified as there (NPM_LITERALS), and not by terser.
await cdnBundle('src/ssr/hydrate.ts', 'es', 'network-elements.ssr.js', {
  note: ' with hydration support',
  literals: NPM_LITERALS,
  hydrating: true,
});
for (const part of PARTS) await cdnBundle(part.entry, 'es', `network-elements.${part.name}.js`, { part });

// react, vue and svelte hold framework typings only: their JS is an empty module, so that importing
// them is harmless at run time too.
const entries = ['index', 'network-list', 'network-card', 'contact-box', 'classes', 'react', 'vue', 'svelte'];
/** The entries without the Heidelberg feed, as network-elements/nodata and /nodata/<element>. */
const NODATA_ENTRIES = ['index', 'network-list', 'network-card', 'contact-box'];

/**
 * The npm build: one module per source module, Lit left to the app. The css`` and html`` literals
 * minified (NPM_LITERALS; about 1.3 KB gzipped less in an app, whose bundler leaves them as written).
 */
const npmBuild = (input, plugins = [], write = true) =>
  build({
    ...quiet,
    plugins: [
      {
        ...minifyLiterals({ include: ['src/**/*.ts'], failOnError: true, options: NPM_LITERALS }),
        enforce: 'pre',
      },
      declaredSideEffects,
      ...plugins,
    ],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      write,
      sourcemap: true,
      target: 'es2022',
      minify: false,
      lib: { entry: input, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  });
const rel = (id) => slash(relative(process.cwd(), id));
const sources = (names, folder = '') => Object.fromEntries(names.map((e) => [`${folder}${e}`, `src/${folder}${e}.ts`]));

/** The modules that import the Heidelberg feed, directly or through others (a first pass, not written). */
const withFeed = new Set(['src/feed/bundled.ts']);
await npmBuild(
  sources(entries),
  [
    {
      name: 'network-elements:modules-with-feed',
      buildEnd() {
        for (let grown = true; grown;) {
          grown = false;
          for (const id of this.getModuleIds()) {
            const file = rel(id);
            if (withFeed.has(file) || !this.getModuleInfo(id).importedIds.some((i) => withFeed.has(rel(i)))) continue;
            withFeed.add(file);
            grown = true;
          }
        }
      },
    },
  ],
  false,
);

/**
 * `network-elements/nodata` (and /nodata/<element>), for apps that give every element `src` or
 * `feed`: dist/nodata/ holds twins of the modules with the feed (src/nodata/…, made here) whose
 * feed is empty, and that import every other module from dist/: both trees share one registry of
 * parts and one table of texts. One build for both, so that each module keeps what either imports.
 */
const NODATA = 'src/nodata/';
const original = (id) => rel(id).replace(NODATA, 'src/');
await npmBuild({ ...sources(entries), ...sources(NODATA_ENTRIES, 'nodata/') }, [
  {
    name: 'network-elements:nodata-twins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer && rel(source).startsWith(NODATA)) return resolve(source);
      if (!importer || !rel(importer).startsWith(NODATA)) return null;
      const resolved = await this.resolve(source, resolve(original(importer)), { ...options, skipSelf: true });
      return resolved && withFeed.has(rel(resolved.id)) ? resolve(rel(resolved.id).replace('src/', NODATA)) : resolved;
    },
    load(id) {
      if (!rel(id).startsWith(NODATA)) return null;
      const code = readFileSync(original(id), 'utf8');
      if (original(id) !== 'src/feed/bundled.ts') return code;
      const empty = code.replace(/^import data from '\.\/networks\.json';$/m, `const data = ${EMPTY_FEED};`);
      if (empty === code) this.error(`${id}: found no import of networks.json to replace`);
      return empty;
    },
  },
]);

// Declarations only: maps to src/ would point into files the package does not ship.
run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json', '--declarationMap', 'false']);
// The nodata entries export the same as their namesakes in dist/.
for (const name of NODATA_ENTRIES) await writeFile(`dist/nodata/${name}.d.ts`, `export * from '../${name}.js';\n`);
// network-elements/networks.json, typed as the data it is (a JSON import's own type has plain strings where the feed has unions).
await writeFile(
  'dist/networks.json.d.ts',
  "import type { NetworkFeed } from './classes.js';\n\n/** The City of Heidelberg's feed: `bundledFeed`'s data. */\ndeclare const feed: NetworkFeed;\nexport default feed;\n",
);

await mkdir('dist/cdn', { recursive: true });
await copyFile('src/feed/networks.json', 'dist/cdn/networks.json');
await copyFile('src/feed/networks.schema.json', 'dist/cdn/networks.schema.json');

// Subresource Integrity: the sha384 hash of every script-tag file, for `<script integrity>`
// (README; the snippet builder reads it). The parts' hashes are there for completeness: a part
// is imported by a bundle, where no `integrity` can be given, so pages that pin their scripts
// use a single-file build (network-elements.all.js).
const integrity = {};
for (const file of readdirSync('dist/cdn')
  .filter((f) => f.endsWith('.js'))
  .sort())
  integrity[file] = `sha384-${createHash('sha384')
    .update(readFileSync(`dist/cdn/${file}`))
    .digest('base64')}`;
await writeFile('dist/cdn/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);

// The demo and the partner tools (editor/) as a static site, built from the sources like `npm start` serves them.
await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
