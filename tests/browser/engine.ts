/**
 * What a test needs of the engine it runs in. The browser tests run in Chromium, Firefox and
 * WebKit (`npm test`; one alone with `--engine=NAME`). A few need what only some of the
 * engines' test drivers can do: such a test states it with `requires()`, and is skipped in the
 * others with its reason, which the run prints (tests/server/engines.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** Each need: the engines that have it, and why the others do not. */
const NEEDS = {
  'forced-colors': {
    engines: ['chromium'],
    why: 'emulating forced colours is a command of Chromium’s DevTools protocol; WebDriver has none',
  },
  'accessibility-tree': {
    engines: ['chromium'],
    why: 'reading the accessibility tree is a command of Chromium’s DevTools protocol; WebDriver has none',
  },
  'http-cache': {
    engines: ['chromium', 'firefox'],
    why: 'MiniBrowser, the WebKit browser the tests drive, keeps no HTTP cache under WebDriver (even `force-cache` asks the server)',
  },
  'narrow-viewport': {
    engines: ['chromium', 'firefox'],
    why: 'MiniBrowser, the WebKit browser the tests drive, keeps its window at least 447 CSS px wide (its toolbar)',
  },
  heap: {
    engines: ['chromium'],
    why: 'measuring the heap after a forced garbage collection is a command of Chromium’s DevTools protocol; WebDriver has none',
  },
  'print-media': {
    engines: ['chromium'],
    why: 'emulating print media is a command of Chromium’s DevTools protocol; WebDriver has none',
  },
} satisfies Record<string, { engines: Engine[]; why: string }>;

export type Need = keyof typeof NEEDS;

let current: Promise<Engine> | undefined;

/** The engine these tests run in. */
export function engine(): Promise<Engine> {
  return (current ??= executeServerCommand('engine') as Promise<Engine>);
}

/** Whether the engine has what `need` names. */
export async function has(need: Need): Promise<boolean> {
  return (NEEDS[need].engines as Engine[]).includes(await engine());
}

/**
 * In a test or hook (`async function () { await requires(this, 'forced-colors'); … }`): skips
 * the test (in a `before` hook, the suite) in an engine without `need`, and records why.
 */
export async function requires(context: Mocha.Context, need: Need): Promise<void> {
  if (await has(need)) return;
  // In a `before` hook, the whole suite is skipped: it is named instead of the hook.
  const hook = context.test as Mocha.Hook;
  const suite = hook.type === 'hook' && hook.title.startsWith('"before all"');
  const path = suite ? hook.parent!.titlePath() : (context.currentTest ?? hook).titlePath();
  await executeServerCommand('skip', { test: path.join(' > '), reason: NEEDS[need].why });
  context.skip();
}

/** Sets the viewport to `width` × `height` CSS px, in every engine. */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await executeServerCommand('viewport', viewport);
}
