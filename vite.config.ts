// The dev server for the demo (`npm start`). Builds are described in scripts/build.mjs.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  server: { port: 5173, strictPort: false, fs: { allow: ['..'] } },
  preview: { port: 4173 },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
