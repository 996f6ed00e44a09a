/**
 * How a part's module (src/parts/) is fetched: the one module the script-tag builds replace.
 * Here, in the npm build, dynamic imports that an application's bundler splits off as usual, the
 * validator too: an app's first load carries no part (tests/node/first-load.test.mjs). In the
 * script-tag builds (scripts/build.mjs) each part is a file beside the bundle,
 * `network-elements.<name>.js`, imported from the bundle's own address, or inside the bundle.
 */
const parts = {
  remote: () => import('../parts/remote.js'),
  validate: () => import('../parts/validate.js'),
  search: () => import('../parts/search.js'),
  'json-ld': () => import('../parts/json-ld.js'),
  vcard: () => import('../parts/vcard.js'),
  'long-list': () => import('../parts/long-list.js'),
};

export type PartName = keyof typeof parts;
export type Parts = { [K in PartName]: Awaited<ReturnType<(typeof parts)[K]>> };

/** The part's module; rejects when it cannot be had (offline, a file missing, no CORS). */
export const importPart = <K extends PartName>(name: K) => parts[name]() as Promise<Parts[K]>;

/** The parts there from the start: none here (the single-file script-tag builds have them all). */
export const atHand: Partial<Parts> = {};
