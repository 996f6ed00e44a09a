// A web-test-runner plugin that serves the framework fixtures bundled: React and react-dom are
// CommonJS, and Vue's template compiler needs its bundler build, so neither can be loaded module
// by module. `/tests/frameworks/react-app.bundle.js` is tests/frameworks/react-app.tsx bundled
// with esbuild (React's automatic JSX runtime, production builds), likewise vue-app.ts.
// `network-elements` resolves through the package's own `exports` to the npm build in dist/, so
// the fixtures use the package as a developer's bundler would (`npm test` builds before the
// browser tests). `/tests/frameworks/feed` answers the bundled feed as plain JSON for `src` (a
// path ending in .json would be turned into a JS module by wtr's esbuild plugin).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export function frameworkBundles() {
  return {
    name: 'framework-bundles',
    async serve({ path }) {
      if (path === '/tests/frameworks/feed') {
        return { body: readFileSync(new URL('../../src/feed/networks.json', import.meta.url), 'utf8'), type: 'json' };
      }
      const match = /^\/tests\/frameworks\/([\w-]+)\.bundle\.js$/.exec(path);
      if (!match) return undefined;
      const entry = ['.tsx', '.ts'].map((ext) => `${here}${match[1]}${ext}`).find((f) => existsSync(f));
      if (!entry) return undefined;
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        sourcemap: 'inline',
        logLevel: 'silent',
        // Vue with its template compiler, as a project that compiles templates at run time uses it.
        alias: { vue: 'vue/dist/vue.esm-bundler.js' },
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
