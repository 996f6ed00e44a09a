// The script-tag bundles in dist/cdn (built by `npm test` before the Node tests), with and without
// the Heidelberg feed: the size budget,
// self-containment, production code, minified literals, source maps. Prints how the gzip size
// splits into Lit, the project's code, the German texts and the bundled feed, by source map.
// The parts few pages use (src/parts/) are files of their own beside the bundles, which import
// them on first use: each is checked the same way, and its size held to a limit (LIMITS).
// What the bundles do on a page is tested in the browser (tests/browser/bundle.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

/**
 * The budget issue 4 sets for each script-tag bundle, with Lit, the elements, both languages and
 * (but for the .nodata.js one) the Heidelberg feed: 18 KB (18,000 bytes) after gzip at level 9.
 */
const BUDGET = 18_000;
/** Bytes the minifier leaves without a mapping besides the feed (helpers, class bodies): about 900. */
const GLUE = 1_500;

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const feed = JSON.parse(read('src/feed/networks.json'));

/** The parts the bundles import on first use, each from `network-elements.<name>.js` beside them. */
const PARTS = ['remote', 'json-ld', 'vcard', 'search', 'validate', 'long-list'];
/** A source of each part's own: in that part, and not in the bundles. */
const PART_SOURCES = {
  remote: 'src/feed/remote.ts',
  'json-ld': 'src/structured-data/json-ld.ts',
  vcard: 'src/vcard/vcard.ts',
  search: 'src/search/match.ts',
  validate: 'src/feed/validate.ts',
  'long-list': 'src/long-list/chunked-list.ts',
};
/** The texts of failures and their German: in the validator's and the remote loader's parts only. */
const FAILURE_SOURCES = ['src/feed/messages.ts', 'src/generated/locales/de-failures.ts'];
/** What a search found, and its German: in the search part only. */
const SEARCH_SOURCES = ['src/search/results.ts', 'src/generated/locales/de-search.ts'];

/** What a script-tag file imports from elsewhere: import and export-from declarations, import(), require(). */
function imports(file, code) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const found = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || (ts.isExportDeclaration(node) && node.moduleSpecifier))
      found.push(node.getText());
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) found.push(node.getText());
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require')
      found.push(node.getText());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { source, found };
}

/**
 * The one dynamic import a bundle may hold: a part's file (PART_URL), resolved against the
 * bundle's own address, `url = new URL(\`network-elements.${name}.js\`, base)`, then `import(url)`.
 */
const PART_IMPORT = /^import\(\w+\)$/;
const PART_URL = /\b(\w+)=new URL\(`network-elements\.\$\{\w+\}\.js`,\s*\w+\);return import\(\1\)/;

const BUNDLES = [
  { file: 'dist/cdn/network-elements.js', module: true, withFeed: true },
  { file: 'dist/cdn/network-elements.iife.js', module: false, withFeed: true },
  // For partner sites with their own feed (src): everything but the Heidelberg data.
  { file: 'dist/cdn/network-elements.nodata.js', module: true, withFeed: false },
];

for (const { file, module, withFeed } of BUNDLES) {
  const code = read(file);

  test(`${file} is at most ${BUDGET} bytes gzipped`, (t) => {
    const size = gzip(code);
    t.diagnostic(
      `${file}: ${code.length} bytes, ${size} bytes gzipped (budget ${BUDGET}: ${size > BUDGET ? `${size - BUDGET} over` : `${BUDGET - size} left`})`,
    );
    assert.ok(size <= BUDGET, `${size} bytes gzipped, ${size - BUDGET} over the budget of ${BUDGET}`);
  });

  test(`${file} is self-contained: no import, no export from elsewhere, import() of its parts only`, () => {
    const { source, found } = imports(file, code);
    // The parts, by their file names beside the bundle: one import() for all of them.
    assert.deepEqual(
      found.filter((f) => !PART_IMPORT.test(f)),
      [],
      'nothing imported but the parts',
    );
    assert.equal(found.length, 1, 'one import() of the parts');
    assert.match(code, PART_URL, 'the import() takes a part’s address');
    for (const name of PARTS)
      assert.ok(code.includes(`\`${name}\``) || code.includes(`"${name}"`), `the part ${name} named in the bundle`);
    // Resolved against the bundle's own address: import.meta.url, or the classic script's src.
    assert.ok(
      module ? code.includes('import.meta.url') : /document\.currentScript\?\.src/.test(code),
      'the parts come from beside the bundle',
    );
    if (!module)
      assert.ok(
        !source.statements.some((s) => ts.isExportDeclaration(s) || ts.isExportAssignment(s)),
        'a classic script exports nothing',
      );
  });

  test(`${file} is production code: minified, CSS and HTML included, no dev-mode Lit`, () => {
    const lines = code.split('\n').filter(Boolean);
    // A licence line, the code, the map comment. An indented line would be an unminified
    // css`` or html`` literal (the code itself has newlines only inside a few string literals).
    assert.ok(
      /^\/\*! network-elements \S+ \(MIT\)[^|]* \| includes Lit/.test(lines[0]),
      'the licence line comes first',
    );
    assert.ok(lines.length <= 5, `${lines.length} lines: unminified code`);
    assert.ok(!/\n[ \t]{2,}/.test(code), 'an indented line: unminified css`` or html`` literals');
    assert.ok(
      /^\/\/# sourceMappingURL=network-elements(\.iife|\.nodata)?\.js\.map$/.test(lines.at(-1)),
      'the source map comment comes last',
    );
    const unwanted = code.match(
      /dev mode|process\.env|litHtmlVersions|reactiveElementVersions|litElementVersions|PolyfillSupport|HydrateSupport|ShadyCSS|litNonce|Symbol\.metadata|litPropertyMetadata/,
    );
    assert.equal(unwanted, null, `${unwanted} in the bundle`);
    assert.ok(!/:host \{|;\s{2,}|>\s{2,}</.test(code), 'whitespace left in a css`` or html`` literal');
    assert.ok(/:host\{[^}]*display:block/.test(code), 'the styles are in the bundle');
  });

  test(`${file}.map maps the bundle to Lit, the sources and their text`, () => {
    const map = JSON.parse(read(`${file}.map`));
    for (const source of [
      'lit-html/lit-html.js',
      '@lit/reactive-element/reactive-element.js',
      'src/elements/feed-element.ts',
      'src/generated/locales/de.ts',
    ]) {
      assert.ok(
        map.sources.some((s) => s.endsWith(source)),
        `${source} in the map`,
      );
    }
    assert.equal(map.sourcesContent?.length, map.sources.length, 'every source with its text');
    // The parts stay out, the validator too: nothing brings it back (an export, a static import).
    // So do the texts of failures, which travel with the validator and the remote loader, and
    // those of what a search found, with the search part.
    for (const source of [...Object.values(PART_SOURCES), ...FAILURE_SOURCES, ...SEARCH_SOURCES])
      assert.ok(!map.sources.some((s) => s.endsWith(source)), `${source} not in the bundle`);
    const split = splitBySource(code, map);
    if (withFeed) {
      // The feed has no mappings of its own (JSON): the unmapped bytes must be it.
      for (const n of feed.networks)
        assert.ok(new RegExp(`[\`"']${n.id}[\`"']`).test(split.feed.text), `${n.id} among the unmapped bytes`);
      assert.ok(split.feed.text.length < JSON.stringify(feed).length + GLUE, 'little but the feed is unmapped');
    } else {
      assert.ok(split.feed.text.length < GLUE, `${split.feed.text.length} bytes unmapped`);
      for (const text of [feed.intro[0].de, feed.networks[0].name.en, feed.contacts[0].name]) {
        assert.ok(!code.includes(text), `“${text}” is not in the bundle`);
      }
    }
  });

  if (module && withFeed) {
    test(`${file}: where the gzipped bytes go`, (t) => {
      const split = splitBySource(code, JSON.parse(read(`${file}.map`)));
      const total = gzip(code);
      const alone = Object.fromEntries(Object.entries(split).map(([k, v]) => [k, gzip(v.text)]));
      const sum = Object.values(alone).reduce((a, b) => a + b, 0);
      t.diagnostic(`${total} bytes gzipped in all; each part's share (its gzip size alone, scaled to the total):`);
      for (const [name, { label, text }] of Object.entries(split)) {
        const share = Math.round((alone[name] / sum) * total);
        t.diagnostic(`  ${label.padEnd(40)} ${String(text.length).padStart(6)} bytes minified, ~${share} gzipped`);
      }
      // The feed's true cost: the same bundle without it (network-elements.nodata.js).
      const withoutFeed = gzip(read('dist/cdn/network-elements.nodata.js'));
      t.diagnostic(`  the feed adds ${total - withoutFeed} bytes gzipped (network-elements.nodata.js: ${withoutFeed})`);
      assert.ok(split.lit.text.length > 0 && split.project.text.length > 0);
    });
  }
}

for (const name of PARTS) {
  const file = `dist/cdn/network-elements.${name}.js`;

  test(`${file}: a part the bundles import, self-contained, minified, with its source map`, (t) => {
    assert.ok(existsSync(new URL(file, root)), `${file} exists`);
    const code = read(file);
    t.diagnostic(`${file}: ${code.length} bytes, ${gzip(code)} bytes gzipped`);
    const { source, found } = imports(file, code);
    assert.deepEqual(found, [], 'nothing imported');
    // Its own exports only: `export { a as b }`, no `export … from`.
    const exported = source.statements.filter((s) => ts.isExportDeclaration(s));
    assert.ok(exported.length >= 1 && exported.every((s) => !s.moduleSpecifier), 'its own exports');
    const lines = code.split('\n').filter(Boolean);
    assert.ok(
      /^\/\*! network-elements \S+ \(MIT\) \| .+ loaded by the network-elements bundles on first use \*\/$/.test(
        lines[0],
      ),
      'the licence line comes first',
    );
    // A licence line, the code, the map comment; a newline inside a string literal may add one.
    assert.ok(lines.length <= 5, `${lines.length} lines: unminified code`);
    assert.ok(!/\n[ \t]{2,}/.test(code), 'an indented line: unminified code');
    assert.equal(
      lines.at(-1),
      `//# sourceMappingURL=network-elements.${name}.js.map`,
      'the source map comment comes last',
    );
    // No Lit: a part is plain code; the bundles hold Lit and render what it gives them.
    const map = JSON.parse(read(`${file}.map`));
    assert.ok(
      map.sources.some((s) => s.includes('src/')),
      'the map names its sources',
    );
    assert.equal(map.sourcesContent?.length, map.sources.length, 'every source with its text');
    assert.deepEqual(
      map.sources.filter((s) => s.includes('node_modules')),
      [],
      'no dependency inside',
    );
    assert.ok(
      map.sources.some((s) => s.endsWith(PART_SOURCES[name])),
      `${PART_SOURCES[name]} inside`,
    );
    // The remote loader checks what it fetches with its own copy of the validator.
    if (name === 'remote')
      assert.ok(
        map.sources.some((s) => s.endsWith(PART_SOURCES.validate)),
        'the validator inside',
      );
    // Both describe the failures they produce, in German too.
    if (name === 'remote' || name === 'validate')
      for (const source of FAILURE_SOURCES)
        assert.ok(
          map.sources.some((s) => s.endsWith(source)),
          `${source} inside`,
        );
    if (name === 'search')
      for (const source of SEARCH_SOURCES)
        assert.ok(
          map.sources.some((s) => s.endsWith(source)),
          `${source} inside`,
        );
  });
}

/** The single-file builds: the bundle with every part inside, for CDNs without CORS and for SRI. */
const SINGLE_FILES = [
  { file: 'dist/cdn/network-elements.all.js', module: true },
  { file: 'dist/cdn/network-elements.all.iife.js', module: false },
];

for (const { file, module } of SINGLE_FILES) {
  test(`${file}: one file with every part inside, importing nothing`, () => {
    const code = read(file);
    assert.deepEqual(imports(file, code).found, [], 'no import of any kind');
    assert.equal(code.includes('import.meta'), false, 'nothing resolved against its own address');
    const map = JSON.parse(read(`${file}.map`));
    for (const [name, source] of Object.entries(PART_SOURCES))
      assert.ok(
        map.sources.some((s) => s.endsWith(source)),
        `the ${name} part inside (${source})`,
      );
    assert.ok(module ? /\bexport\s*\{/.test(code) : /^var NetworkElements=/m.test(code), 'its exports');
  });
}

test('dist/cdn/integrity.json: the SRI hash of every script-tag file, as built', () => {
  const hashes = JSON.parse(read('dist/cdn/integrity.json'));
  const scripts = readdirSync(new URL('dist/cdn/', root))
    .filter((f) => f.endsWith('.js'))
    .sort();
  assert.deepEqual(Object.keys(hashes).sort(), scripts, 'one hash per script, no other');
  for (const f of scripts) {
    const digest = createHash('sha384')
      .update(readFileSync(new URL(`dist/cdn/${f}`, root)))
      .digest('base64');
    assert.equal(hashes[f], `sha384-${digest}`, f);
  }
});

/**
 * Gzipped sizes (level 9) that the files beside the bundles may reach. The three script-tag
 * bundles have BUDGET; these have no budget of their own, so each limit is its size as measured
 * (in the comment; the build of 4185bce) with about 10 % headroom: room for ordinary changes,
 * while a part that takes in a dependency, another part or the feed, or a hydrating bundle that
 * grows with the elements, fails here, by file, instead of only being printed.
 */
const LIMITS = {
  // The module bundle with the feed (17,936) plus Lit's hydration support.
  'dist/cdn/network-elements.ssr.js': 22_100, // 20,115
  // The loader with its own copy of the validator and the failure texts; since 6a92d6d also the
  // HTTP edges (304, redirect loops, mixed content, charsets), the storage budget and shared limits;
  // since texts157 a plain sentence for readers beside each technical one (both languages), the
  // link to the feed's source page, the details' disclosure and the console report.
  'dist/cdn/network-elements.remote.js': 9_400, // 8,550
  'dist/cdn/network-elements.json-ld.js': 1_500, // 1,342
  // With the web-address check (src/feed/web-url.ts), stricter since 3407d81 (user info, mixed scripts).
  'dist/cdn/network-elements.vcard.js': 1_350, // 1,228
  'dist/cdn/network-elements.search.js': 900, // 812
  // The validator with the failure texts; since 3407d81 with the link rules and bidi controls;
  // since texts157 the plain sentences for readers, as in the remote part.
  'dist/cdn/network-elements.validate.js': 7_150, // 6,504
  // The renderer of lists of more than 100 networks in batches (the build of 1912211).
  'dist/cdn/network-elements.long-list.js': 850, // 769
  // The single-file builds, every part inside: the budget issue 15 sets for them.
  'dist/cdn/network-elements.all.js': 30_000, // 27,119
  'dist/cdn/network-elements.all.iife.js': 30_000, // 27,139
};

test('where the parts go: the size of each bundle and part, each within its budget or limit', (t) => {
  const over = [];
  for (const file of [
    ...BUNDLES.map((b) => b.file),
    'dist/cdn/network-elements.ssr.js',
    ...SINGLE_FILES.map((b) => b.file),
    ...PARTS.map((n) => `dist/cdn/network-elements.${n}.js`),
  ]) {
    const code = read(file);
    const size = gzip(code);
    const limit = LIMITS[file] ?? BUDGET;
    t.diagnostic(
      `${file.padEnd(42)} ${String(code.length).padStart(6)} bytes, ${String(size).padStart(6)} gzipped (limit ${limit})`,
    );
    if (size > limit) over.push(`${file}: ${size} bytes gzipped, ${size - limit} over its limit of ${limit}`);
  }
  assert.deepEqual(over, [], 'every file within its size limit');
  assert.deepEqual(
    Object.keys(LIMITS).filter((file) => !existsSync(new URL(file, root))),
    [],
    'every file with a limit exists',
  );
  assert.deepEqual(
    PARTS.map((n) => `dist/cdn/network-elements.${n}.js`).filter((file) => !(file in LIMITS)),
    [],
    'every part has a limit of its own',
  );
});

/** Decodes one source-map VLQ segment. */
function decodeSegment(segment) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return out;
}

/**
 * Attributes every byte of the bundle to the source it was generated from, grouped: Lit, the
 * project's code, its German texts, and the feed (JSON, which has no mappings:
 * the unmapped bytes, with some bundler glue: about 900 bytes, as the bundle without the feed shows).
 */
function splitBySource(code, map) {
  const groups = {
    lit: { label: 'Lit (lit-html, reactive-element)', text: '' },
    project: { label: 'project code (src/)', text: '' },
    german: { label: 'German texts (locales/de.xlf)', text: '' },
    feed: { label: 'bundled feed (+ ~0.9 KB unmapped glue)', text: '' },
  };
  const groupOf = (source) => {
    if (source === undefined) return groups.feed;
    if (/node_modules\/(lit-html|lit-element|lit|@lit\/reactive-element)\//.test(source)) return groups.lit;
    if (/src\/generated\/locales\//.test(source)) return groups.german;
    return groups.project;
  };
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((line, i) => {
    const text = lines[i] ?? '';
    let column = 0;
    const segments = line
      .split(',')
      .filter(Boolean)
      .map((s) => {
        const d = decodeSegment(s);
        column += d[0];
        if (d.length > 1) sourceIndex += d[1];
        return { column, source: d.length > 1 ? map.sources[sourceIndex] : undefined };
      });
    segments.forEach(({ column: start, source }, j) => {
      const end = j + 1 < segments.length ? segments[j + 1].column : text.length;
      groupOf(source).text += text.slice(start, end);
    });
  });
  return groups;
}
