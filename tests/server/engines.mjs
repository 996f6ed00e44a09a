// The browser launchers for web-test-runner.config.mjs, one per engine, all with the system's browsers
// (scripts/engines.mjs finds them):
//   chromium  headless Chromium over the DevTools protocol (puppeteer-core)
//   firefox   headless Firefox over WebDriver BiDi (the same puppeteer-core)
//   webkit    WebKitGTK's MiniBrowser over WebDriver (WebKitWebDriver, started here on a free port),
//             in an X display of its own (Xvfb, started here) unless DISPLAY names one
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { relative } from 'node:path';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/find-chromium.mjs';
import { ENGINE_NAMES, findFirefox, findWebKit, findXvfb, installHint } from '../../scripts/engines.mjs';

export function chromiumLauncher() {
  return chromeLauncher({
    // Each test page in a window of its own: with two pages as tabs of one window (concurrency
    // 2), the background tab is hidden and gets no animation frames, so fixture() of a plain
    // element and nextFrame() hang, depending on which test file happens to run beside them.
    createPage: ({ context }) => context.newPage({ type: 'window' }),
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS },
  });
}

/**
 * Firefox over WebDriver BiDi: keys go to a window that is brought to the front first (with two
 * windows at once, Tab into a window that is not the active one moves the focus but does not
 * make it :focus-visible), and the key named `Space` (as over the DevTools protocol) is `' '`.
 */
function keyboardInFront(page) {
  const { keyboard } = page;
  for (const method of ['press', 'down', 'up', 'type']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = async (key, ...rest) => {
      await page.bringToFront();
      return original(method !== 'type' && key === 'Space' ? ' ' : key, ...rest);
    };
  }
  return page;
}

export function firefoxLauncher() {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(installHint('firefox'));
  return chromeLauncher({
    puppeteer: puppeteerCore,
    // A window per page, as for Chromium: a background tab gets no animation frames.
    createPage: async ({ context }) => keyboardInFront(await context.newPage({ type: 'window' })),
    launchOptions: { browser: 'firefox', executablePath, headless: true },
  });
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display number it picks itself; resolves with the child and `:N`. */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    child.stdio[3].once('data', (c) => resolve({ child, display: `:${String(c).trim()}` }));
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
  });
}

/** Resolves once the WebDriver server answers /status, or rejects after `ms`. */
async function waitForDriver(port, child, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const res = await globalThis.fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

/** WebdriverLauncher with its own WebKitWebDriver (and Xvfb), stopped with it. */
class WebKitLauncher extends WebdriverLauncher {
  constructor(webkit) {
    super({ capabilities: {} });
    this.webkit = webkit;
    this.children = [];
  }

  async initialize(config, testFiles) {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      const xvfb = findXvfb();
      if (!xvfb) throw new Error(installHint('webkit'));
      const { child, display } = await startXvfb(xvfb);
      this.children.push(child);
      env.DISPLAY = display;
    }
    const port = await freePort();
    const driver = spawn(this.webkit.driver, [`--port=${port}`, '--host=127.0.0.1'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.children.push(driver);
    process.once('exit', () => this.children.forEach((c) => c.kill()));
    await waitForDriver(port, driver);
    Object.assign(this.options, {
      hostname: '127.0.0.1',
      port,
      capabilities: {
        // Plain WebDriver: WebKitWebDriver does not speak WebDriver BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: this.webkit.browser, args: ['--automation'] },
      },
    });
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      for (const child of this.children.reverse()) child.kill();
      this.children = [];
    }
  }
}

export function webkitLauncher() {
  const webkit = findWebKit();
  if (!webkit) throw new Error(installHint('webkit'));
  return new WebKitLauncher(webkit);
}

export const launchers = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };

/** Skips the tests stated, with their reasons: the reporter below prints them. */
const skips = [];

/** Sets the page's viewport (innerWidth × innerHeight) by sizing WebKit's window around it. */
async function setWebDriverViewport(driver, { width, height }) {
  const inner = () => driver.execute('return [innerWidth, innerHeight]');
  for (let attempt = 0; attempt < 3; attempt++) {
    const [w, h] = await inner();
    if (w === width && h === height) return;
    const outer = await driver.getWindowRect();
    await driver.setWindowRect(null, null, outer.width + width - w, outer.height + height - h);
    // The page hears of the new size a little later.
    for (let i = 0; i < 40; i++) {
      const [w2, h2] = await inner();
      if (w2 !== w || h2 !== h) break;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  const [w, h] = await inner();
  if (w !== width || h !== height) throw new Error(`WebKit's viewport is ${w}×${h}, not ${width}×${height}`);
}

/**
 * Server commands for tests/browser/engine.ts:
 *   engine            the engine the tests run in: 'chromium', 'firefox' or 'webkit'
 *   viewport          {width, height}: sets the viewport in every engine (the stock set-viewport
 *                     command has no WebDriver implementation)
 *   skip              {test, reason}: records why a test is skipped in this engine
 */
export function enginePlugin(engine) {
  return {
    name: 'engine',
    async executeCommand({ command, payload, session }) {
      if (command === 'engine') return engine;
      if (command === 'viewport') {
        const { width, height } = payload;
        if (session.browser.type === 'webdriver') await setWebDriverViewport(session.browser.driver, { width, height });
        else await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (command === 'skip') {
        skips.push({ file: session.testFile, ...payload });
        return true;
      }
      return undefined;
    },
  };
}

/**
 * Sums the run up in one line, `Firefox: N passed, M failed, K skipped` (scripts/test.mjs adds
 * these up), after the skipped tests, each with its reason. A test file that failed outside its
 * tests (it did not load, a hook failed, the browser went away) counts as a failure.
 */
export function engineReporter(engine) {
  let rootDir = process.cwd();
  return {
    start({ config }) {
      rootDir = config.rootDir;
    },
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const unexplained = [];
      const failures = [];
      const walk = (suite, path, file) => {
        for (const t of suite.tests) {
          const title = [...path, t.name].join(' > ');
          if (t.skipped) {
            skipped++;
            if (!skips.some((s) => s.file === file && title.startsWith(s.test)))
              unexplained.push({ file, test: title });
          } else if (t.passed) passed++;
          else {
            failed++;
            failures.push({ file, test: title, error: t.error?.message });
          }
        }
        for (const s of suite.suites) walk(s, [...path, s.name], file);
      };
      for (const session of sessions) {
        const before = failed;
        if (session.testResults) walk(session.testResults, [], session.testFile);
        for (const error of session.errors ?? [])
          failures.push({ file: session.testFile, test: '(the file)', error: error.message });
        failed += session.errors?.length ?? 0;
        if (session.passed === false && failed === before) {
          failed++;
          failures.push({ file: session.testFile, test: '(the file)', error: 'it did not finish' });
        }
      }
      const name = ENGINE_NAMES[engine];
      const rel = (f) => relative(rootDir, f);
      if (skips.length || unexplained.length) {
        console.log(`\nSkipped in ${name}:`);
        for (const s of skips) console.log(`  - ${rel(s.file)}: ${s.test} (${s.reason})`);
        for (const u of unexplained) console.log(`  - ${rel(u.file)}: ${u.test} (no reason given)`);
      }
      // Named again at the end, where a CI log's tail shows them.
      if (failures.length) {
        console.log(`\nFailed in ${name}:`);
        for (const f of failures) {
          const firstLine = String(f.error ?? '')
            .split('\n')[0]
            .slice(0, 300);
          console.log(`  - ${rel(f.file)}: ${f.test}${firstLine ? ` (${firstLine})` : ''}`);
        }
      }
      console.log(`\n${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}
