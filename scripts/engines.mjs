// The three browser engines the tests run in, each from the system's packages (test tools cannot
// download their own browsers on every machine): Chromium, Firefox (ESR) and WebKit (WebKitGTK's
// MiniBrowser, driven by WebKitWebDriver; it needs an X display, Xvfb when there is none).
import { existsSync, readdirSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** What each engine is called in messages and reports. */
export const ENGINE_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** Debian's packages that bring each engine. */
export const DEBIAN_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

const first = (paths) => paths.find((path) => path && existsSync(path));

export function findFirefox() {
  return first([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);
}

/** WebKitGTK's MiniBrowser, in the multiarch library folder (`/usr/lib/<triplet>/webkit2gtk-4.1/`). */
function findMiniBrowser() {
  if (process.env.WEBKIT_BROWSER_PATH) return first([process.env.WEBKIT_BROWSER_PATH]);
  const dirs = existsSync('/usr/lib') ? readdirSync('/usr/lib').map((d) => `/usr/lib/${d}`) : [];
  return first(
    ['/usr/lib', ...dirs].flatMap((d) => [`${d}/webkit2gtk-4.1/MiniBrowser`, `${d}/webkit2gtk-4.0/MiniBrowser`]),
  );
}

/** `{ driver, browser }` for WebKit, or undefined when either is missing. */
export function findWebKit() {
  const driver = first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
  const browser = findMiniBrowser();
  return driver && browser ? { driver, browser } : undefined;
}

/** Xvfb, for WebKit on a machine without a display. */
export function findXvfb() {
  return first(['/usr/bin/Xvfb']);
}

/** Whether the engine can run here (its browser found; for WebKit, a display or Xvfb). */
export function engineAvailable(engine) {
  if (engine === 'chromium') return Boolean(findChromium());
  if (engine === 'firefox') return Boolean(findFirefox());
  if (engine === 'webkit') return Boolean(findWebKit() && (process.env.DISPLAY || findXvfb()));
  return false;
}

export function installHint(engine) {
  const name = ENGINE_NAMES[engine];
  return [
    `${name} was not found for the browser tests. Install it, then run the tests again:`,
    `  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGES[engine].join(' ')}`,
    {
      chromium: 'or point CHROME_PATH at an existing Chrome/Chromium binary.',
      firefox: 'or point FIREFOX_PATH at an existing Firefox binary.',
      webkit:
        'or point WEBKIT_DRIVER_PATH at WebKitWebDriver and WEBKIT_BROWSER_PATH at a WebKitGTK MiniBrowser (with Xvfb, or a DISPLAY).',
    }[engine],
  ].join('\n');
}

/**
 * The engine named by `--engine=NAME` in `argv`, or by WTR_ENGINE; Chromium by default. Unknown
 * names throw. (web-test-runner reads a separate `--engine NAME`'s value as a test file pattern,
 * so the config needs the `=` form; scripts/test.mjs takes both.)
 */
export function engineFromArgs(argv = process.argv, { spaced = false } = {}) {
  const i = argv.findIndex((a) => a === '--engine' || a.startsWith('--engine='));
  if (i >= 0 && argv[i] === '--engine' && !spaced) {
    throw new Error(`web-test-runner needs the engine as --engine=${argv[i + 1] ?? 'NAME'} (with "=")`);
  }
  const name = i < 0 ? process.env.WTR_ENGINE || 'chromium' : (argv[i].split('=')[1] ?? argv[i + 1]);
  if (!ENGINES.includes(name)) throw new Error(`--engine: one of ${ENGINES.join(', ')}, not ${name}`);
  return name;
}
