/**
 * The entry of `dist/cdn/network-elements.ssr.js`: the script-tag bundle for pages that carry
 * the elements' server-rendered HTML (`npx network-elements render`, declarative shadow DOM).
 * Lit's hydration support comes first, before Lit itself: each element then takes over the
 * content already on the page — the same DOM nodes — instead of rendering it again, and is live
 * from there on (language, heading level, feed). An element marked `defer-hydration` (the CLI
 * marks those rendered from a feed other than the bundled one) is left as it is.
 *
 * It costs about 2 KB gzipped over `network-elements.js`, which is why that bundle leaves it out.
 */
import { hookName, previousHook } from './hook.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../index.js';

// This bundle's LitElement has read the hook; the page gets back what it had.
const page = globalThis as Record<string, unknown>;
if (previousHook === undefined) delete page[hookName];
else page[hookName] = previousHook;
