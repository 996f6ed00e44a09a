// The npm package as its users meet it (`npm test` builds dist/ first): package.json's entry
// points and side effects, what `npm pack` ships, publint and are-the-types-wrong on the packed
// tarball, the custom elements manifest and VS Code data (fresh, complete), the README's
// references kept in step with the manifest, and the TypeScript, React 19 and Vue 3 typings.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
const readme = read('README.md');
const TAGS = ['contact-box', 'network-card', 'network-list'];

/** The manifest's custom elements, by tag. */
const elements = Object.fromEntries(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => [d.tagName, d]),
);
const union = (pick) => [...new Set(Object.values(elements).flatMap((d) => (d[pick] ?? []).map((x) => x.name)))].sort();

describe('package.json', () => {
  test('is an ES module package whose exports put types first and point at built files', () => {
    assert.equal(pkg.type, 'module');
    for (const entry of ['.', './network-list', './network-card', './contact-box', './classes', './react', './vue']) {
      const target = pkg.exports[entry];
      assert.ok(target, `exports["${entry}"]`);
      assert.deepEqual(Object.keys(target), ['types', 'default'], `exports["${entry}"]: types first`);
      for (const file of Object.values(target)) assert.ok(existsSync(join(root, file)), `${entry} → ${file} is built`);
    }
    for (const [entry, file] of Object.entries(pkg.exports).filter(([, v]) => typeof v === 'string')) {
      assert.ok(existsSync(join(root, file)), `${entry} → ${file} exists`);
    }
    assert.equal(pkg.customElements, 'custom-elements.json');
    // @lit-labs/ssr and jsonc-parser are for the CLI only (`npx network-elements render`,
    // `validate`): no module in dist/ imports them.
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit-labs/ssr', '@lit/localize', 'jsonc-parser', 'lit']);
    for (const f of readdirSync(join(root, 'dist'), { recursive: true }).filter(
      (f) => f.endsWith('.js') && !f.startsWith('site'),
    ))
      assert.doesNotMatch(read(`dist/${f}`), /jsonc-parser/, `dist/${f}`);
    assert.deepEqual(pkg.bin, { 'network-elements': 'bin/network-elements.mjs' });
  });

  test('the npm build leaves Lit to the dependency: no copy of Lit in dist/ outside dist/cdn', () => {
    // dist/site is the demo and the partner tools as a static site (not in the package).
    const files = readdirSync(join(root, 'dist'), { recursive: true }).filter(
      (f) => f.endsWith('.js') && !f.startsWith('cdn') && !f.startsWith('site'),
    );
    assert.ok(
      files.some((f) => /from "lit"/.test(read(`dist/${f}`))),
      'modules import lit',
    );
    for (const f of files)
      assert.doesNotMatch(read(`dist/${f}`), /lit-html|reactive-element|@lit-labs\/ssr/, `dist/${f} bundles Lit`);
  });

  // Bundled as a consumer's bundler would, honouring "exports" and "sideEffects": each entry
  // registers what it promises and nothing more, and no registering module is tree-shaken away.
  for (const [code, tags] of [
    [`import 'network-elements';`, TAGS],
    [`import 'network-elements/network-list';`, ['network-list']],
    [`import 'network-elements/network-card';`, ['network-card']],
    [`import 'network-elements/contact-box';`, ['contact-box']],
    [`import { NetworkCard } from 'network-elements/classes'; export class MyCard extends NetworkCard {}`, []],
    [`import 'network-elements/react'; import 'network-elements/vue';`, []],
  ]) {
    test(`a bundler keeps exactly the registrations of: ${code}`, async () => {
      const result = await build({
        stdin: { contents: code, resolveDir: root, loader: 'js' },
        bundle: true,
        write: false,
        format: 'esm',
        logLevel: 'silent',
        external: ['lit', 'lit/*', '@lit/*'],
      });
      const output = result.outputFiles[0].text;
      const registered = [...output.matchAll(/\bdefine\d*\("([a-z]+-[a-z-]+)"/g)].map((m) => m[1]).sort();
      assert.deepEqual(registered, tags);
    });
  }
});

describe('the packed package', () => {
  let dir;
  let tarball;
  let files;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'network-elements-pack-'));
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
    });
    const [info] = JSON.parse(out);
    tarball = join(dir, info.filename);
    files = info.files.map((f) => f.path);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('ships dist/, the CLI, the manifest and the editor data; no sources, tests or demo', () => {
    for (const f of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/react.d.ts',
      'dist/vue.d.ts',
      'dist/cdn/network-elements.js',
      'dist/cdn/network-elements.js.map',
      'dist/cdn/network-elements.iife.js',
      'dist/cdn/network-elements.nodata.js',
      'dist/cdn/network-elements.ssr.js',
      'dist/cdn/networks.json',
      'dist/cdn/networks.schema.json',
      'custom-elements.json',
      'vscode.html-custom-data.json',
      'README.md',
      'bin/network-elements.mjs',
      'scripts/render/render.mjs',
      'scripts/render/plain.mjs',
      'scripts/render/json-ld.mjs',
      'scripts/validate/validate.mjs',
      'scripts/validate/validator.mjs',
      'scripts/validate/locate.mjs',
    ]) {
      assert.ok(files.includes(f), `${f} is shipped`);
    }
    assert.deepEqual(
      files.filter((f) => f.startsWith('dist/site/')),
      [],
      'the demo and the partner tools (dist/site) are not shipped',
    );
    const stray = files.filter(
      (f) =>
        !/^(dist\/|bin\/|scripts\/(render|validate)\/|custom-elements\.json$|vscode\.html-custom-data\.json$|package\.json$|README\.md$|LICENSE)/.test(
          f,
        ),
    );
    assert.deepEqual(stray, []);
  });

  test('publint reports nothing (suggestions included)', async () => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const data = readFileSync(tarball);
    const { messages, pkg: packed } = await publint({
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    assert.deepEqual(
      messages.map((m) => formatMessage(m, packed)),
      [],
    );
  });

  test('are-the-types-wrong reports nothing for an ES-module-only package', () => {
    // The esm-only profile leaves out `require()` and TypeScript's pre-exports `node10`
    // resolution: custom elements are ES modules for browsers, and there is no CommonJS build.
    const attw = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
        tarball,
        '--profile',
        'esm-only',
        '--no-definitely-typed',
        '--format',
        'json',
      ],
      { encoding: 'utf8' },
    );
    const problems = Object.values(JSON.parse(attw.stdout).problems ?? {}).flat();
    const relevant = problems.filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
    assert.deepEqual(relevant, []);
    assert.equal(attw.status, 0, attw.stderr);
  });

  test('the README’s script-tag and schema addresses point at shipped files of this version', () => {
    const urls = [...readme.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/network-elements@([^/]+)\/([^\s"'`)<>]+)/g)];
    assert.ok(urls.length >= 3, 'the README names the CDN files');
    for (const [url, version, path] of urls) {
      assert.equal(version, pkg.version, `${url}: the version in package.json`);
      assert.ok(files.includes(path), `${url}: ${path} is in the package`);
    }
  });
});

describe('custom elements manifest', () => {
  test('custom-elements.json and vscode.html-custom-data.json are up to date (npm run manifest)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'network-elements-manifest-'));
    try {
      execFileSync(process.execPath, ['scripts/manifest.mjs', dir], { cwd: root, stdio: 'pipe' });
      for (const file of ['custom-elements.json', 'vscode.html-custom-data.json']) {
        assert.ok(readFileSync(join(dir, file), 'utf8') === read(file), `${file} is stale: run npm run manifest`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('describes the three elements: tag, summary, attributes, events, custom properties, parts', () => {
    assert.deepEqual(Object.keys(elements).sort(), TAGS);
    for (const [tag, d] of Object.entries(elements)) {
      assert.ok(d.summary, `${tag}: @summary`);
      assert.ok(
        existsSync(join(root, manifest.modules.find((m) => m.declarations?.includes(d)).path)),
        `${tag}: module path is shipped`,
      );
      assert.ok(
        d.attributes.some((a) => a.name === 'heading-level') && d.attributes.some((a) => a.name === 'src'),
        `${tag}: attributes`,
      );
      assert.deepEqual(
        d.events.map((e) => [e.name, e.type?.text]),
        [
          ['feed-load', 'FeedLoadEvent'],
          ['feed-error', 'FeedErrorEvent'],
        ],
      );
      assert.ok(
        d.members.every((m) => !m.privacy || m.privacy === 'public'),
        `${tag}: public members only`,
      );
      for (const p of d.cssProperties) {
        assert.match(p.name, /^--network-[a-z-]+$/);
        assert.ok(p.default && p.description, `${tag} ${p.name}: default and description`);
      }
      assert.ok(
        d.cssParts.some((p) => p.name === 'base'),
        `${tag}: parts`,
      );
    }
  });

  test('every --network-* custom property the styles read is documented', () => {
    const styles = [
      ...readdirSync(join(root, 'src/styles')).map((f) => `src/styles/${f}`),
      ...readdirSync(join(root, 'src/elements'))
        .filter((f) => f.endsWith('.styles.ts'))
        .map((f) => `src/elements/${f}`),
    ];
    const used = new Set(styles.flatMap((f) => [...read(f).matchAll(/var\((--network-[a-z-]+)/g)].map((m) => m[1])));
    const documented = new Set(union('cssProperties'));
    assert.deepEqual([...used].filter((p) => !documented.has(p)).sort(), []);
  });

  test('VS Code custom data: each element with its attributes', () => {
    const data = JSON.parse(read('vscode.html-custom-data.json'));
    assert.deepEqual(
      data.tags.map((t) => t.name),
      TAGS,
    );
    for (const tag of data.tags) {
      assert.deepEqual(
        tag.attributes.map((a) => a.name).sort(),
        elements[tag.name].attributes.map((a) => a.name).sort(),
      );
      assert.ok(
        tag.attributes.every((a) => a.description),
        `${tag.name}: attribute descriptions`,
      );
    }
    assert.deepEqual(
      data.tags.find((t) => t.name === 'network-list').attributes.find((a) => a.name === 'intro').valueSet,
      'v',
    );
  });
});

describe('README', () => {
  /** The rows of the first table after `heading`: first cell (code) → the other cells. */
  function table(heading) {
    const start = readme.indexOf(heading);
    assert.ok(start >= 0, `README has “${heading}”`);
    const lines = readme.slice(start).split('\n').slice(1);
    const first = lines.findIndex((l) => l.startsWith('|'));
    const rows = [];
    for (const line of lines.slice(first + 2)) {
      if (!line.startsWith('|')) break;
      const cells = line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim());
      rows.push(cells);
    }
    return new Map(rows.map(([name, ...rest]) => [name.replace(/^`|`$/g, ''), rest]));
  }

  test('the custom property table lists exactly the manifest’s properties, with their defaults', () => {
    const rows = table('### Custom properties');
    assert.deepEqual([...rows.keys()].sort(), union('cssProperties'));
    for (const d of Object.values(elements)) {
      for (const p of d.cssProperties) {
        const [fallback] = rows.get(p.name);
        assert.equal(fallback.replace(/^`|`$/g, ''), p.default, `${p.name}: default`);
      }
    }
  });

  test('the parts table lists exactly the manifest’s parts', () => {
    assert.deepEqual([...table('### Parts').keys()].sort(), union('cssParts'));
  });

  test('the attribute table lists every attribute of every element (and lang, a global one)', () => {
    assert.deepEqual([...table('### Attributes').keys()].filter((a) => a !== 'lang').sort(), union('attributes'));
  });
});

describe('TypeScript, React 19 and Vue 3 typings (tests/frameworks, against dist/)', () => {
  test('the fixtures and type tests compile, every @ts-expect-error meets its error, the manifest is covered', () => {
    const configPath = join(root, 'tests/frameworks/tsconfig.json');
    const config = ts.getParsedCommandLineOfConfigFile(
      configPath,
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(String(d.messageText)) },
    );
    // One more file, made here: each element's manifest attributes, fields and events must be
    // keys of its React and Vue props (Pick<> fails for a missing key).
    const coverage = join(root, 'tests/frameworks/manifest-coverage.generated.tsx');
    const keys = (names) => names.map((n) => `'${n}'`).join(' | ') || 'never';
    const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
    const text = [
      `import type { JSX } from 'react';`,
      `import type { GlobalComponents } from 'vue';`,
      `import type {} from 'network-elements/react';`,
      `import type {} from 'network-elements/vue';`,
      ...Object.entries(elements).flatMap(([tag, d], i) => {
        const fields = d.members.filter((m) => m.kind === 'field' && !m.static).map((m) => m.name);
        const attributes = d.attributes.map((a) => a.name);
        return [
          `export type React${i} = Pick<JSX.IntrinsicElements['${tag}'], ${keys([...new Set([...attributes, ...fields, ...d.events.map((e) => `on${e.name}`)])])}>;`,
          `export type Vue${i} = Pick<InstanceType<GlobalComponents['${tag}']>['$props'], ${keys([...fields, ...d.events.map((e) => `on${pascal(e.name)}`)])}>;`,
        ];
      }),
    ].join('\n');
    const host = ts.createCompilerHost(config.options);
    const { getSourceFile, fileExists, readFile } = host;
    host.getSourceFile = (name, ...rest) =>
      name === coverage
        ? ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true)
        : getSourceFile.call(host, name, ...rest);
    host.fileExists = (name) => name === coverage || fileExists.call(host, name);
    host.readFile = (name) => (name === coverage ? text : readFile.call(host, name));
    const program = ts.createProgram({ rootNames: [...config.fileNames, coverage], options: config.options, host });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file
        ? `${d.file.fileName.replace(root, '')}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
        : '';
      return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
    });
    assert.deepEqual(diagnostics, []);
    assert.ok(
      config.fileNames.some((f) => f.endsWith('react-app.tsx')) &&
        config.fileNames.some((f) => f.endsWith('types.tsx')),
    );
    assert.ok(
      (read('tests/frameworks/types.tsx').match(/@ts-expect-error/g) ?? []).length >= 8,
      'the type tests expect errors',
    );
  });
});
