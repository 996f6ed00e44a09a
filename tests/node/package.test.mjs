// The npm package as its users meet it (`npm test` builds dist/ first): package.json's entry
// points and side effects, what `npm pack` ships, publint and are-the-types-wrong on the packed
// tarball, the custom elements manifest and VS Code data (fresh, complete), the README's
// references kept in step with the manifest, and the TypeScript, React 19 and Vue 3 typings.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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
    for (const entry of [
      '.',
      './network-list',
      './network-card',
      './contact-box',
      './nodata',
      './nodata/network-list',
      './nodata/network-card',
      './nodata/contact-box',
      './classes',
      './react',
      './vue',
      './svelte',
      './render',
      './networks.json',
    ]) {
      const target = pkg.exports[entry];
      assert.ok(target, `exports["${entry}"]`);
      assert.deepEqual(Object.keys(target), ['types', 'default'], `exports["${entry}"]: types first`);
      for (const file of Object.values(target)) assert.ok(existsSync(join(root, file)), `${entry} → ${file} is built`);
    }
    for (const [entry, file] of Object.entries(pkg.exports).filter(([, v]) => typeof v === 'string')) {
      assert.ok(existsSync(join(root, file)), `${entry} → ${file} exists`);
    }
    assert.equal(pkg.customElements, 'custom-elements.json');
    // @lit-labs/ssr is for the CLI (`npx network-elements render`) only, an optional peer
    // (tests/node/install.test.mjs); jsonc-parser for `validate` (a small dependency without
    // dependencies of its own): no module in dist/ imports either.
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/localize', 'jsonc-parser', 'lit']);
    for (const f of readdirSync(join(root, 'dist'), { recursive: true }).filter(
      (f) => f.endsWith('.js') && !f.startsWith('site'),
    ))
      assert.doesNotMatch(read(`dist/${f}`), /jsonc-parser|@lit-labs\/ssr/, `dist/${f}`);
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
    [`import 'network-elements/nodata';`, TAGS],
    [`import 'network-elements/nodata/network-list';`, ['network-list']],
    [`import 'network-elements/nodata/network-card';`, ['network-card']],
    [`import 'network-elements/nodata/contact-box';`, ['contact-box']],
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
      // The Heidelberg feed comes with the elements, but for the nodata entries (and the typings, which have no code).
      const feed = JSON.parse(read('src/feed/networks.json'));
      assert.equal(output.includes(feed.networks[0].name.en), !/\/(nodata|react)/.test(code));
    });
  }

  test('dist/nodata/ holds twins of the modules with the feed only: the parts’ registry and the texts are shared', () => {
    const twins = readdirSync(join(root, 'dist/nodata'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .sort();
    assert.deepEqual(twins, [
      'classes.js',
      'contact-box.js',
      'elements/contact-box.js',
      'elements/feed-element.js',
      'elements/feed-source.js',
      'elements/network-card.js',
      'elements/network-list.js',
      'feed/bundled.js',
      'index.js',
      'network-card.js',
      'network-list.js',
    ]);
    for (const f of twins) assert.doesNotMatch(read(`dist/nodata/${f}`), /from "\.\.?\/(\.\.\/)*dist\//, f);
    assert.match(read('dist/nodata/elements/feed-source.js'), /from "\.\.\/\.\.\/loading\/registry\.js"/);
    assert.match(read('dist/nodata/elements/feed-element.js'), /from "\.\.\/\.\.\/i18n\/localize\.js"/);
    assert.match(read('dist/nodata/feed/bundled.js'), /networks: \[\]/);
  });
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
      'web-types.json',
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
        !/^(dist\/|bin\/|scripts\/(render|validate)\/|custom-elements\.json$|vscode\.html-custom-data\.json$|web-types\.json$|package\.json$|README\.md$|LICENSE)/.test(
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
    // false-export-default: attw reads networks.json as CommonJS (`module.exports =`); to bundlers
    // and Node's ES modules its default export is the data, as its types say. No JS file here is CommonJS.
    const attw = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
        tarball,
        '--profile',
        'esm-only',
        '--no-definitely-typed',
        '--ignore-rules',
        'false-export-default',
        '--format',
        'json',
      ],
      { encoding: 'utf8' },
    );
    const problems = Object.values(JSON.parse(attw.stdout).problems ?? {}).flat();
    const relevant = problems.filter(
      (p) => !['node10', 'node16-cjs'].includes(p.resolutionKind) && p.kind !== 'FalseExportDefault',
    );
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
      for (const file of ['custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json']) {
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
    // Value completions for every boolean or enumerated attribute.
    const completions = (tag, name) => {
      const a = data.tags.find((t) => t.name === tag).attributes.find((x) => x.name === name);
      return a.valueSet ?? a.values?.map((v) => v.name);
    };
    for (const tag of TAGS) {
      assert.equal(completions(tag, 'structured-data'), 'v', `${tag} structured-data`);
      assert.deepEqual(completions(tag, 'cache'), ['local'], `${tag} cache`);
      assert.deepEqual(completions(tag, 'heading-level'), ['2', '3', '4', '5', '6'], `${tag} heading-level`);
    }
    assert.equal(completions('network-list', 'intro'), 'v');
    assert.equal(completions('network-list', 'searchable'), 'v');
  });

  test('superclass modules are files of the package', () => {
    const supers = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.superclass ?? []);
    assert.ok(supers.some((s) => s.module));
    for (const s of supers.filter((x) => x.module)) assert.ok(existsSync(join(root, s.module)), s.module);
  });

  test('web-types.json for JetBrains IDEs: referenced from package.json, each element with its attributes', () => {
    assert.equal(pkg['web-types'], './web-types.json');
    const webTypes = JSON.parse(read('web-types.json'));
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    const html = webTypes.contributions.html.elements;
    assert.deepEqual(html.map((e) => e.name).sort(), TAGS);
    for (const e of html) {
      assert.deepEqual(e.attributes.map((a) => a.name).sort(), elements[e.name].attributes.map((a) => a.name).sort());
      assert.deepEqual(
        e.js.events.map((x) => x.name),
        ['feed-load', 'feed-error'],
      );
    }
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

describe('TypeScript, React 19, Vue 3 and Svelte typings (tests/frameworks, against dist/)', () => {
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
      `import type { SvelteHTMLElements } from 'svelte/elements';`,
      `import type {} from 'network-elements/react';`,
      `import type {} from 'network-elements/vue';`,
      `import type {} from 'network-elements/svelte';`,
      ...Object.entries(elements).flatMap(([tag, d], i) => {
        const fields = d.members.filter((m) => m.kind === 'field' && !m.static).map((m) => m.name);
        const attributes = d.attributes.map((a) => a.name);
        return [
          `export type React${i} = Pick<JSX.IntrinsicElements['${tag}'], ${keys([...new Set([...attributes, ...fields, ...d.events.map((e) => `on${e.name}`)])])}>;`,
          `export type Vue${i} = Pick<InstanceType<GlobalComponents['${tag}']>['$props'], ${keys([...fields, ...d.events.map((e) => `on${pascal(e.name)}`)])}>;`,
          `export type Svelte${i} = Pick<SvelteHTMLElements['${tag}'], ${keys([...new Set([...attributes, ...fields, ...d.events.flatMap((e) => [`on${e.name}`, `on:${e.name}`])])])}>;`,
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
      ['react-app.tsx', 'types.tsx', 'svelte-types.ts'].every((name) => config.fileNames.some((f) => f.endsWith(name))),
    );
    assert.ok(
      (read('tests/frameworks/types.tsx').match(/@ts-expect-error/g) ?? []).length >= 8,
      'the type tests expect errors',
    );
  });
});

describe('typings under TypeScript’s older moduleResolution "node" (typesVersions)', () => {
  test('every typed entry resolves to its declarations, and a program using them compiles', () => {
    // A project with the package in node_modules, as an app installs it ("node" knows no self-reference).
    const dir = mkdtempSync(join(tmpdir(), 'network-elements-node10-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(root, join(dir, 'node_modules/network-elements'), 'dir');
      const options = {
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        target: ts.ScriptTarget.ES2022,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        jsx: ts.JsxEmit.ReactJSX,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        baseUrl: dir,
        // The app's own dependencies (React's types, Lit) come from here.
        paths: { '*': [join(root, 'node_modules/*'), join(root, 'node_modules/@types/*')] },
      };
      const file = join(dir, 'app.tsx');
      for (const [entry, target] of Object.entries(pkg.exports)) {
        if (typeof target === 'string') continue;
        const name = `network-elements${entry.slice(1)}`;
        const { resolvedModule } = ts.resolveModuleName(name, file, options, ts.sys);
        assert.equal(realpathSync(resolvedModule?.resolvedFileName ?? dir), join(root, target.types), name);
      }
      writeFileSync(
        file,
        [
          `import { NetworkList, VERSION, type NetworkFeed } from 'network-elements';`,
          `import { NetworkCard } from 'network-elements/classes';`,
          `import 'network-elements/contact-box';`,
          `import type {} from 'network-elements/react';`,
          `import { render } from 'network-elements/render';`,
          `declare const feed: NetworkFeed;`,
          `export const list: NetworkList = document.createElement('network-list');`,
          `export const card: NetworkCard | null = document.querySelector('network-card');`,
          `list.feed = feed;`,
          `export const version: string = VERSION;`,
          `export const html: Promise<string> = render({ lang: 'en' }).then((r) => r.html);`,
          `export const jsx = <network-list intro structured-data searchable={false} />;`,
          `// @ts-expect-error intro is a boolean.`,
          `export const wrong = <network-list intro="yes" />;`,
        ].join('\n'),
      );
      const program = ts.createProgram({ rootNames: [file], options });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      assert.deepEqual(diagnostics, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
