// Test-server routes for tests/browser/ssr.test.ts (registered in web-test-runner.config.mjs):
// pages made of what `npx network-elements render` prints, run here with the built dist/.
//   /__ssr/render?args=…             the CLI's output as it is (args: space-separated; "{origin}"
//                                    stands for this server's origin, for --feed addresses)
//   /__ssr/page.html?args=…&script=none|ssr|main
//                                    a page with that output in its body, and then: no script,
//                                    the hydrating bundle (dist/cdn/network-elements.ssr.js) or
//                                    the plain one (network-elements.js). Before the script, an
//                                    inline one keeps the first heading of the server-rendered
//                                    shadow root in `window.__ssrHeading`, so that a test can
//                                    check the script took over that very node.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../bin/network-elements.mjs', import.meta.url));
const outputs = new Map();

/** The CLI's stdout for `args` (each distinct call runs once per test run). */
function render(args) {
  if (!outputs.has(args)) {
    outputs.set(
      args,
      new Promise((resolve, reject) =>
        execFile(
          process.execPath,
          [cli, 'render', ...args.split(' ').filter(Boolean)],
          { timeout: 30_000 },
          (error, stdout, stderr) =>
            error ? reject(new Error(`render ${args}: ${stderr || error.message}`)) : resolve(stdout),
        ),
      ),
    );
  }
  return outputs.get(args);
}

const SCRIPTS = {
  none: '',
  ssr: '<script type="module" src="/dist/cdn/network-elements.ssr.js"></script>',
  main: '<script type="module" src="/dist/cdn/network-elements.js"></script>',
};

const KEEP_HEADING = `<script>
  window.__ssrErrors = [];
  window.addEventListener('error', (e) => window.__ssrErrors.push(String(e.message || e.error)));
  window.addEventListener('unhandledrejection', (e) => window.__ssrErrors.push(String(e.reason)));
  const host = document.querySelector('network-list, network-card, contact-box');
  window.__ssrHeading = host && host.shadowRoot && host.shadowRoot.querySelector('h2, h3, h4, h5, h6');
</script>`;

/** Koa middleware answering the /__ssr/ routes; everything else passes through. */
export function ssrPagesMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__ssr/')) return next();
    const query = new URLSearchParams(ctx.querystring);
    const args = (query.get('args') ?? '').replaceAll('{origin}', `http://${ctx.host}`);
    ctx.set('Cache-Control', 'no-store');
    try {
      switch (ctx.path) {
        case '/__ssr/render':
          ctx.type = 'text/html';
          ctx.body = await render(args);
          return;
        case '/__ssr/page.html':
          ctx.type = 'text/html';
          ctx.body = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Server-rendered elements</title></head>
<body>
${await render(args)}
${KEEP_HEADING}
${SCRIPTS[query.get('script') ?? 'none'] ?? ''}
</body>
</html>
`;
          return;
        default:
          ctx.status = 404;
      }
    } catch (e) {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = String(e.message);
    }
  };
}
