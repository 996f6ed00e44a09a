/**
 * Lit's hydration support reaches LitElement through one page-wide hook,
 * `globalThis.litElementHydrateSupport`. This module, imported before the hook is set, keeps
 * what was there before (another library's hook, or nothing), so that hydrate.ts can put it back
 * once this bundle's LitElement has used the hook: another copy of Lit on the page must not be
 * patched with this one's.
 */
export const hookName = 'litElementHydrateSupport';

/** The page's own hook when this bundle loaded, if any. */
export const previousHook: unknown = (globalThis as Record<string, unknown>)[hookName];
