/**
 * The parts few pages use, loaded when first needed: the remote feed loader (`src`), the
 * schema.org builder (`structured-data`), the vCard writer ("Save contact"), the search
 * (`searchable`) and the feed validator (a `feed` property, a network object). Here, in the npm
 * build, they are plain dynamic imports that a consumer's bundler splits off as usual. The
 * script-tag builds replace this module (scripts/build.mjs): there each is a file beside the
 * bundle (network-elements.remote.js, .json-ld.js, .vcard.js, .search.js, .validate.js), imported
 * from the bundle's own URL.
 */
import * as validate from './feed/validate-part.js';

const parts = {
  remote: () => import('./feed/remote-part.js'),
  'json-ld': () => import('./structured-data/element.js'),
  vcard: () => import('./vcard/save.js'),
  search: () => import('./search/part.js'),
  validate: async () => validate,
};

export type PartName = keyof typeof parts;
export type Part<K extends PartName> = Awaited<ReturnType<(typeof parts)[K]>>;

/** Loads a part; rejects when it cannot be loaded (offline, a file missing). */
export const load = <K extends PartName>(name: K) => parts[name]() as Promise<Part<K>>;

/**
 * The validator, at hand without waiting. The npm build imports it statically, as server-side
 * rendering (src/ssr, `npx network-elements render`) shows a `feed` property in one synchronous
 * pass. In the script-tag builds it is `undefined`: there the elements load it (`load('validate')`)
 * and hold their first render until it is there (FeedElement.scheduleUpdate).
 */
export const validator: typeof validate | undefined = validate;

/**
 * Whether this build carries a copy of @lit/localize of its own, which nothing else can have
 * configured: the script-tag builds do (`true` there); the npm build shares the application's.
 */
export const ownLocalize: boolean = false;
