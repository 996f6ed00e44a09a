/**
 * The editor's one door into the library's sources: the elements (registered for the preview),
 * the validator they use, its messages in German and English, the Heidelberg feed and the JSON
 * Schema. When files move in src/, only the imports here change.
 */
import '../../src/index.js';
import { validateFeed, VERSION, type Problem } from '../../src/index.js';
import { describeProblem, translations } from '../../src/parts/validate.js';
import { addTranslations, msg, withLocale } from '../../src/i18n/localize.js';
import heidelberg from '../../src/feed/networks.json';
import schemaJson from '../../src/feed/networks.schema.json';

export { validateFeed, VERSION, type Problem };

// The German texts of problems come with the parts that report them; the editor reports them all.
addTranslations(translations);

export type Lang = 'de' | 'en';

/** A problem as the elements and `npx network-elements validate` word it: "networks[3].name.de: must not be empty". */
export const describe = (problem: Problem, lang: Lang): string => withLocale(lang, () => describeProblem(msg, problem));

/** The same message without its path, for a field that shows where it is: "must not be empty". */
export function reason(problem: Problem, lang: Lang): string {
  const text = describe(problem, lang);
  const prefix = `${problem.path}: `;
  return problem.path && text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/** A fresh copy of the City of Heidelberg's feed, as the package ships it. */
export const heidelbergFeed = (): Record<string, unknown> => structuredClone(heidelberg) as Record<string, unknown>;

/** The feed's JSON Schema (src/feed/networks.schema.json). */
export const schema = schemaJson as unknown as SchemaNode;

/** The schema's address on the CDN, beside this version's script-tag bundles. */
export const SCHEMA_URL = `https://cdn.jsdelivr.net/npm/network-elements@${VERSION}/dist/cdn/networks.schema.json`;

/** The parts of a JSON Schema node that the editor reads. */
export interface SchemaNode {
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  type?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
}
