/**
 * The parts few pages use (src/parts/), loaded on first use and then shared by every element on
 * the page: whether a part is here, loading it, and whether that failed.
 */
import { addTranslations } from '../i18n/localize.js';
import { atHand, importPart, type PartName, type Parts } from './import-part.js';

export type { PartName, Parts };

interface Entry {
  module?: unknown;
  loading?: Promise<unknown>;
  failed?: boolean;
}

const entries = new Map<PartName, Entry>();

/** A part is here; its German texts, if it brings any, join the table `msg()` reads. */
function arrive(name: PartName, module: Parts[PartName]) {
  if ('translations' in module) addTranslations(module.translations);
  entries.set(name, { module, loading: Promise.resolve(module) });
}

/** The parts a build has at hand (src/loading/import-part.ts) are here from the start. */
const start = () => Object.entries(atHand).forEach(([name, module]) => arrive(name as PartName, module));
start();

/** The part, once loaded. */
export const loaded = <K extends PartName>(name: K) => entries.get(name)?.module as Parts[K] | undefined;

/** Whether the last attempt to load the part failed. */
export const failed = (name: PartName) => !!entries.get(name)?.failed;

/** Loads a part, one request for all elements; a part that failed is asked for again (Retry, another click). */
export function load<K extends PartName>(name: K): Promise<Parts[K]> {
  const entry = entries.get(name) ?? {};
  entries.set(name, entry);
  entry.loading ??= importPart(name).then(
    (module) => {
      arrive(name, module);
      return module;
    },
    (error) => {
      // For the webmaster: which file, and why (src/loading/import-part.ts).
      console.error(error);
      entry.failed = true;
      entry.loading = undefined;
      throw error;
    },
  );
  return entry.loading as Promise<Parts[K]>;
}

/** Forgets every part loaded, as on a fresh page: for tests of what happens before a part arrives. */
export function resetParts() {
  entries.clear();
  start();
}
