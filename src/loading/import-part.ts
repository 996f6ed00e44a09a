/**
 * How a part's module (src/parts/) is fetched: the one module the script-tag builds replace.
 * Here, in the npm build, dynamic imports that an application's bundler splits off as usual, and
 * the validator at hand from the start (`atHand`): server-side rendering shows a `feed` property
 * in one synchronous pass, and an application's first render of one needs no wait. In the
 * script-tag builds (scripts/build.mjs) each part is a file beside the bundle,
 * `network-elements.<name>.js`, imported from the bundle's own address, and none is at hand.
 */
import * as validate from '../parts/validate.js';

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

/** The parts there from the start, without a request. */
export const atHand: Partial<Parts> = { validate };
