import { VERSION } from './generated/version.js';

/** The version of this copy of the library; a second, differing copy on a page names both. */
export { VERSION };

/**
 * Registers `tag` unless it is registered already: a page may load the library twice (the same
 * file twice, the ES module beside the classic script, two versions). The first registration
 * wins; a differing second copy warns once, naming both versions.
 */
export function define(tag: string, element: CustomElementConstructor & { version?: string }) {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.version !== element.version && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `network-elements: <${tag}> is already registered by version ${existing.version ?? 'unknown'}; this copy (version ${element.version}) is not used.`,
    );
  }
}

const warned = new Set<string>();
