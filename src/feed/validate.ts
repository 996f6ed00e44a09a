/**
 * Runtime validation of untrusted feeds.
 *
 * It follows src/feed/networks.schema.json (tests hold the two together) but is not a JSON Schema
 * validator: a general one would cost more than the rest of the library. Instead each kind of object is a small table of its fields, walked by a few
 * generic checks (object, list, language map, text). It never throws, reads only the fields it
 * knows (unknown fields and their nesting are ignored, so newer feeds still load), and returns a
 * fresh copy that holds only those fields, with every value as the feed wrote it. Beyond the
 * schema it refuses any major `version` but 1, repeated ids, references to unknown categories and
 * offices, and texts of only spaces. Values that would become links (web addresses, e-mail,
 * phone) are dropped with a warning when they are texts but not of their kind, and the rest
 * still loads. Problems carry a path and a code (at most 100 are kept); their messages are
 * written in the reader's language at render time (src/feed/messages.ts).
 */
import type { Network, NetworkFeed } from '../generated/feed-types.js';
import { isWebUrl, namedHost } from './web-url.js';

/** The major format version this library reads. */
export const SUPPORTED_MAJOR = 1;

export type ProblemCode =
  | 'object'
  | 'array'
  | 'string'
  | 'integer'
  | 'required'
  | 'empty'
  | 'too-long'
  | 'too-many'
  /** Not written as expected; `detail` is an example of the expected form ("energy-cities", "de", "1.0"). */
  | 'format'
  | 'duplicate'
  | 'unknown-category'
  | 'unknown-office'
  | 'unsupported-version'
  /** A link's label is itself an address, of another host than the link's; `detail` is that host. */
  | 'misleading-label';

export interface Problem {
  /** Where, as in `networks[3].name.de`; empty for the feed itself. */
  path: string;
  code: ProblemCode;
  /** Errors reject the feed; warnings drop one field and keep the rest. */
  severity: 'error' | 'warning';
  /** The offending id or version, the limit, or an example of the expected form. */
  detail?: string | number;
}

export interface ValidationResult<T> {
  /** The checked copy; absent when there is any error. */
  value?: T;
  problems: Problem[];
}

/** Checks one value (at the path in `at`): its checked copy, or undefined after reporting why not. */
type Check = (value: unknown) => unknown;
type Obj = Record<string, unknown>;

const VERSION = /^(\d{1,4})\.\d{1,4}(\.\d{1,4})?$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** At most this many problems are kept: a garbage feed should not make a garbage report. */
export const MAX_PROBLEMS = 100;

// The state of the one check that runs at a time.
let problems: Problem[];
let errors: number;
/**
 * The path of the value being checked, as keys and indexes. It becomes a text ("networks[3].name")
 * only for a problem: a large feed is checked without building a path for every value.
 */
let at: string[];
/** The ids of each list read so far, by path, for the references of later fields. */
let known: Record<string, Set<unknown>>;

const path = () => at.join('.').replace(/\.\[/g, '[');

/** Reports a problem at the current path; a warning drops the value, an error rejects the data. */
function fail(code: ProblemCode, detail?: string | number, warning = false): undefined {
  const severity = warning ? 'warning' : 'error';
  if (!warning) errors++;
  if (problems.length < MAX_PROBLEMS) {
    const p: Problem = { path: path(), code, severity };
    if (detail !== undefined) p.detail = detail;
    problems.push(p);
  }
}

/** Checks `value` with `check` one key or index further down the path. */
function below(key: string, value: unknown, check: Check): unknown {
  at.push(key);
  const checked = check(value);
  at.pop();
  return checked;
}

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

interface TextRule {
  /** The form the text must have, and an example of it for the message. */
  form?: { test(s: string): unknown };
  example?: string;
  /** A bad text is dropped with a warning, not an error: addresses that would become links. */
  warning?: boolean;
}

/**
 * A text of at most `max` characters, not empty or only spaces, of the rule's form if any (tested
 * only up to 2048 characters, so that no pattern sees a huge string). A value that is no text at
 * all is always an error.
 */
const text =
  (max: number, { form, example, warning = false }: TextRule = {}): Check =>
  (v) => {
    if (typeof v !== 'string') return fail('string');
    if (!/\S/.test(v)) return fail('empty', undefined, warning);
    if (form && !(v.length <= 2048 && form.test(v))) return fail('format', example, warning);
    if (v.length > max) return fail('too-long', max, warning);
    return form ? v : closeBidi(v);
  };

/**
 * A text with its bidi controls closed, so that they cannot reorder what follows it on the
 * elements' own lines ("Chair\u202E, since 2008"): each embedding or override (LRE, RLE, LRO,
 * RLO) still open at the end is closed with a PDF, each isolate (LRI, RLI, FSI) with a PDI, and
 * closers without an opener are removed. Texts without bidi controls are returned as they are.
 */
function closeBidi(v: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(v)) return v;
  const open: string[] = [];
  let out = '';
  for (const c of v) {
    if (c === '\u202c') {
      // PDF: closes the last embedding, not past an isolate.
      if (open.at(-1) !== '\u202c') continue;
      open.pop();
    } else if (c === '\u2069') {
      // PDI: closes the last isolate, and the embeddings opened inside it.
      if (!open.includes(c)) continue;
      while (open.pop() !== c);
    } else if (/[\u202a-\u202e]/.test(c)) open.push('\u202c');
    else if (/[\u2066-\u2068]/.test(c)) open.push('\u2069');
    out += c;
  }
  return out + open.reverse().join('');
}

/**
 * An object with the fields of `spec`, of which `required` (space-separated) must be there.
 * It is dropped when a required field is missing, wrong or dropped (a link without its address).
 */
function object(spec: Record<string, Check>, required = 'id name'): Check {
  const needed = required.split(' ');
  const fields = Object.entries(spec);
  return (v) => {
    if (!isObject(v)) return fail('object');
    const out: Obj = {};
    for (const [key, check] of fields) {
      const x = v[key];
      const checked =
        x !== undefined ? below(key, x, check) : needed.includes(key) ? below(key, x, () => fail('required')) : x;
      if (checked !== undefined) out[key] = checked;
    }
    return needed.every((key) => out[key] !== undefined) ? out : undefined;
  };
}

/**
 * A list of at most `max` items. With `ids`, its items' ids must not repeat, and are kept by its
 * path for the references of later fields.
 */
const list =
  (item: Check, max: number, { ids = false } = {}): Check =>
  (v) => {
    if (!Array.isArray(v)) return fail('array');
    if (v.length > max) return fail('too-many', max);
    const seen = ids ? (known[path()] = new Set()) : undefined;
    const out = [];
    for (let i = 0; i < v.length; i++) {
      at.push(`[${i}]`);
      const id = v[i]?.id;
      if (seen && typeof id === 'string') {
        if (seen.has(id)) below('id', id, () => fail('duplicate', id));
        seen.add(id);
      }
      const x = item(v[i]);
      at.pop();
      if (x !== undefined) out.push(x);
    }
    return out;
  };

/** A map from language codes to values, with at least one entry. */
const languages =
  (value: Check): Check =>
  (v) => {
    if (!isObject(v)) return fail('object');
    const out: Obj = {};
    let kept = false;
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      const x = below(key, v[key], LANGUAGE.test(key) ? value : () => fail('format', 'de'));
      if (x !== undefined) {
        out[key] = x;
        kept = true;
      }
    }
    if (kept) return out;
    // Entries there but all dropped were reported one by one; no entries at all is a problem of its own.
    return Object.keys(v).length ? undefined : fail('empty');
  };

const ID = text(64, { form: /^[a-z0-9]+(-[a-z0-9]+)*$/, example: 'energy-cities' });
const NAME = text(500);
const LOCALIZED = languages(text(20000));
const WEB = text(2048, { form: { test: isWebUrl }, example: 'https://…', warning: true });
const WEBS = languages(WEB);
/** A web address, or one per language. */
const URLS: Check = (v) => (isObject(v) ? WEBS : WEB)(v);
const EMAIL = text(254, {
  form: /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/,
  example: 'name@example.org',
  warning: true,
});
const PHONE = text(40, { form: /^\+?\d[\d ()/.-]{2,38}$/, example: '+49 …', warning: true });
const YEAR_MONTH = text(7, { form: /^\d{4}(-(0[1-9]|1[0-2]))?$/, example: '2008-05' });
/** A real calendar date: the Date round trip refuses 2026-02-30. */
const DATE = text(10, {
  form: { test: (s: string) => new Date(s).toJSON()?.slice(0, 10) === s },
  example: '2026-11-26',
});
const QUANTITY = object(
  {
    value: (v) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1e9 ? v : fail('integer')),
    qualifier: (v) => (v === 'over' || v === 'about' ? v : fail('format', 'over/about')),
  },
  'value',
);

const values = (v: unknown) => (isObject(v) ? Object.values(v) : [v]) as string[];
const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/**
 * A link with a label: dropped with a warning where a label is itself an address that names
 * another host than the link leads to ("www.heidelberg.de" on a link to evil.example); a leading
 * `www.` does not count.
 */
const LINK: Check = (v) => {
  const link = object({ url: URLS, label: LOCALIZED }, 'url label')(v) as { url: unknown; label: Obj } | undefined;
  if (!link) return link;
  const hosts = values(link.url).map(hostOf);
  for (const key in link.label) {
    const named = namedHost(link.label[key] as string)?.replace(/^www\./, '');
    if (named && !hosts.includes(named))
      return below('label', 0, () => below(key, 0, () => fail('misleading-label', named, true)));
  }
  return link;
};

/** An id that names an item of the list at `path`, when that list was read. */
const reference =
  (list: string, code: ProblemCode): Check =>
  (v) => {
    const id = ID(v);
    return id !== undefined && known[list]?.has(id) === false ? fail(code, id as string) : id;
  };

const NETWORK = object(
  {
    id: ID,
    category: reference('categories', 'unknown-category'),
    name: LOCALIZED,
    shortName: LOCALIZED,
    description: list(LOCALIZED, 50),
    website: URLS,
    links: list(LINK, 20),
    members: QUANTITY,
    germanMembers: QUANTITY,
    countries: QUANTITY,
    founded: YEAR_MONTH,
    roles: list(object({ role: LOCALIZED, from: YEAR_MONTH, to: YEAR_MONTH, year: YEAR_MONTH }, 'role'), 50),
  },
  'id category name',
);

// Referenced lists (categories, offices) come before the lists that name them.
const FEED = object(
  {
    version: text(14, { form: VERSION, example: '1.0' }),
    checked: DATE,
    source: WEB,
    title: LOCALIZED,
    intro: list(LOCALIZED, 50),
    contactIntro: LOCALIZED,
    member: LOCALIZED,
    categories: list(object({ id: ID, name: LOCALIZED, description: LOCALIZED }), 1000, { ids: true }),
    offices: list(
      object({
        id: ID,
        name: LOCALIZED,
        address: object(
          {
            building: LOCALIZED,
            street: NAME,
            postalCode: text(20),
            locality: NAME,
            country: text(2, { form: /^[A-Z]{2}$/, example: 'DE' }),
          },
          'street postalCode locality',
        ),
        url: URLS,
        email: EMAIL,
        phone: PHONE,
      }),
      1000,
      { ids: true },
    ),
    networks: list(NETWORK, 100000, { ids: true }),
    contacts: list(
      object({
        id: ID,
        name: NAME,
        role: LOCALIZED,
        office: reference('offices', 'unknown-office'),
        email: EMAIL,
        phone: PHONE,
      }),
      1000,
      { ids: true },
    ),
  },
  'version checked categories networks contacts',
);

/** Runs a check so that nothing escapes: property data may carry getters that throw. */
function run<T>(value: unknown, check: Check): ValidationResult<T> {
  problems = [];
  errors = 0;
  // Offices are optional: without them, every office a contact names is unknown.
  known = { offices: new Set() };
  let checked;
  try {
    at = [];
    checked = check(value);
  } catch {
    at = [];
    fail('object');
  }
  return errors || checked === undefined ? { problems } : { value: checked as T, problems };
}

/** Checks one network on its own, as `<network-card>` does for `card.network = {…}`. */
export const validateNetwork = (value: unknown): ValidationResult<Network> => run(value, NETWORK);

/**
 * Checks a whole feed. Another major version than 1 is refused before anything else is read:
 * a newer one may change the format incompatibly, and 0.x were drafts before the format was fixed.
 */
export const validateFeed = (value: unknown): ValidationResult<NetworkFeed> =>
  run(value, (v) => {
    const version = isObject(v) && v.version;
    const major = typeof version === 'string' && VERSION.exec(version);
    return major && +major[1] !== SUPPORTED_MAJOR
      ? below('version', v, () => fail('unsupported-version', version as string))
      : FEED(v);
  });
