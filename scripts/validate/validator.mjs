// The elements' own feed validator and its messages, from the npm build in dist/ (the very code
// the browser runs), for `npx network-elements validate`. The one module that knows where in
// dist/ they live: when source files move, only the paths below change.
const dist = new URL('../../dist/', import.meta.url);
const FILES = {
  validate: 'parts/validate.js',
  localize: 'i18n/localize.js',
};

const load = (name) => import(new URL(FILES[name], dist).href);
// From the part's own exports: the build inlines constants, and drops exports no module imports.
const [{ validateFeed, describeProblem, translations, MAX_PROBLEMS }, { addTranslations, msg, withLocale }] =
  await Promise.all([load('validate'), load('localize')]);

/** The validator keeps at most this many problems. */
export { MAX_PROBLEMS };

// The German texts of problems travel with the validator part (src/parts/validate.ts).
addTranslations(translations);

/** The interface languages of the messages. */
export const LANGUAGES = ['de', 'en'];

/**
 * Checks feed data as the elements do: `{ valid, problems }`, each problem
 * `{ path, code, severity: 'error' | 'warning', detail? }` (src/feed/validate.ts).
 */
export function validate(data) {
  const { value, problems } = validateFeed(data);
  return { valid: value !== undefined, feed: value, problems };
}

/** A problem as the elements word it, in `lang`: "networks[3].name.de: must not be empty". */
export const describe = (problem, lang) => withLocale(lang, () => describeProblem(msg, problem));
