// Launching Chromium for `npm run bench`: the system's Chrome/Chromium (scripts/find-chromium.mjs)
// through playwright-core, with the flags this project's tests use.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium, installHint } from './find-chromium.mjs';

export { CHROMIUM_FLAGS };

export async function launch(extraArgs = []) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...extraArgs] });
  return { browser, executablePath };
}
