// Launching Chromium for `npm run bench`: the system's Chrome/Chromium (scripts/find-chromium.mjs)
// through playwright-core, with the flags this project's tests use.
import { chromium } from 'playwright-core';
import { findChromium, installHint } from './find-chromium.mjs';

/** Flags for a quiet headless Chromium; the networking ones stop it calling home. */
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

export async function launch(extraArgs = []) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...extraArgs] });
  return { browser, executablePath };
}
