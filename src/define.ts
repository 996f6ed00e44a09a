import { VERSION } from './generated/version.js';

/** The version of this copy of the library; a second, differing copy on a page names both. */
export { VERSION };

/** Where a registered class carries the version of the copy that registered it. */
const VERSION_KEY = 'networkElementsVersion';

type Registered = CustomElementConstructor & { [VERSION_KEY]?: string };

let warned = false;

/**
 * Registers `tag` unless it is registered already: a page may load the library twice (the same
 * file twice, the ES module beside the classic script, two versions). The first registration
 * wins; a differing second copy warns once (for all its tags), naming both versions. Each tag on
 * its own: where the page refuses one (a host's wrapper around `customElements.define` that
 * throws), an error names the tag, and the other tags still register.
 */
export function define(tag: string, element: CustomElementConstructor) {
  const existing = customElements.get(tag) as Registered | undefined;
  if (!existing) {
    Object.defineProperty(element, VERSION_KEY, { value: VERSION, configurable: true });
    try {
      customElements.define(tag, element);
    } catch (e) {
      console.error(`network-elements: <${tag}> could not be registered:`, e);
    }
  } else if (existing !== element && existing[VERSION_KEY] !== VERSION && !warned) {
    warned = true;
    console.warn(
      `network-elements: <${tag}> is already registered by version ${existing[VERSION_KEY] ?? 'unknown'}; this copy (version ${VERSION}) is not used.`,
    );
  }
}
