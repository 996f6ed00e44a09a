// Finds a Chrome or Chromium for the browser tests. Test tools cannot download their own
// browser on every machine, so the project uses the system's: CHROME_PATH, or a known path.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a quiet headless Chromium (tests, bench, fuzzing); the networking ones stop it calling home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function findChromium() {
  return candidates.find((path) => path && existsSync(path));
}

export const installHint = [
  'No Chrome or Chromium was found for the browser tests.',
  'Install one, then run the tests again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  macOS:          brew install --cask chromium',
  'or point CHROME_PATH at an existing Chrome/Chromium binary.',
].join('\n');
