// `npm run build`: the script-tag bundles, the npm build with type declarations, the feed files.
//   dist/cdn/network-elements.js        one self-contained, minified ES module (Lit, elements, both languages, the feed)
//   dist/cdn/network-elements.iife.js   the same as a classic script; its one global is `NetworkElements`
//   dist/cdn/networks.json, networks.schema.json   the bundled feed and its JSON Schema
//   dist/*.js, dist/*.d.ts               the npm build: one module per source file, Lit left as a dependency
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';

const run = (cmd, args) => execFileSync(process.execPath, [cmd, ...args], { stdio: 'inherit' });

await rm('dist', { recursive: true, force: true });
run('scripts/generate.mjs', []);

const quiet = { configFile: false, logLevel: 'warn' };

for (const format of ['es', 'iife']) {
  await build({
    ...quiet,
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      lib: {
        entry: 'src/index.ts',
        formats: [format],
        name: 'NetworkElements',
        fileName: () => (format === 'es' ? 'network-elements.js' : 'network-elements.iife.js'),
      },
      rolldownOptions: { output: { minify: true } },
    },
  });
}

const entries = ['index', 'network-list', 'network-card', 'contact-box', 'classes'];
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    target: 'es2022',
    minify: false,
    lib: { entry: Object.fromEntries(entries.map((e) => [e, `src/${e}.ts`])), formats: ['es'] },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);

await mkdir('dist/cdn', { recursive: true });
await copyFile('src/feed/networks.json', 'dist/cdn/networks.json');
await copyFile('src/feed/networks.schema.json', 'dist/cdn/networks.schema.json');
