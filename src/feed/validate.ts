/**
 * Runtime validation of untrusted feeds.
 *
 * It follows src/feed/networks.schema.json (tests hold the two together) but is written by hand:
 * it ships in the script-tag bundle, where a general JSON Schema validator would cost more than
 * the rest of the library. It never throws, walks only the fields it knows (unknown fields and
 * their nesting are ignored, so newer feeds still load), and returns a fresh copy that holds only
 * those fields. Problems carry a path and a code; their messages are written in the reader's
 * language at render time (src/templates/messages.ts).
 */
import type {
  Address,
  Category,
  Contact,
  Link,
  LocalizedText,
  LocalizedWebUrl,
  Network,
  NetworkFeed,
  Office,
  Quantity,
  Role,
} from '../generated/feed-types.js';
import { webUrl } from './safe-url.js';

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
  | 'id'
  | 'duplicate'
  | 'unknown-category'
  | 'unknown-office'
  | 'language'
  | 'date'
  | 'year-month'
  | 'qualifier'
  | 'version'
  | 'unsupported-version'
  | 'url'
  | 'email'
  | 'phone'
  | 'country';

export interface Problem {
  /** Where, as in `networks[3].name.de`; empty for the feed itself. */
  path: string;
  code: ProblemCode;
  /** Errors reject the feed; warnings drop one field and keep the rest. */
  severity: 'error' | 'warning';
  /** The offending id, the limit, or the version, where the message names one. */
  detail?: string | number;
}

export interface ValidationResult<T> {
  /** The checked copy; absent when there is any error. */
  value?: T;
  problems: Problem[];
}

/** At most this many problems are kept: a garbage feed should not make a garbage report. */
const MAX_PROBLEMS = 100;
const TEXT_MAX = 20000;
const NAME_MAX = 500;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const VERSION = /^(\d{1,4})\.\d{1,4}(\.\d{1,4})?$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const YEAR_MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const PHONE = /^\+?\d[\d ()/.-]{2,38}$/;
const COUNTRY = /^[A-Z]{2}$/;

type Obj = Record<string, unknown>;

class Checker {
  problems: Problem[] = [];
  private errors = 0;

  get failed() {
    return this.errors > 0;
  }

  report(path: string, code: ProblemCode, detail?: string | number, severity: Problem['severity'] = 'error') {
    if (severity === 'error') this.errors++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path, code, severity, ...(detail === undefined ? {} : { detail }) });
  }

  object(value: unknown, path: string): Obj | undefined {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Obj;
    this.report(path, 'object');
    return undefined;
  }

  /** A required or optional field: reports a missing required one, returns undefined for both. */
  field(o: Obj, key: string, path: string, required: boolean): unknown {
    const value = Object.hasOwn(o, key) ? o[key] : undefined;
    if (value === undefined && required) this.report(join(path, key), 'required');
    return value;
  }

  string(value: unknown, path: string, max: number): string | undefined {
    if (typeof value !== 'string') return void this.report(path, 'string');
    if (value.trim() === '') return void this.report(path, 'empty');
    if (value.length > max) return void this.report(path, 'too-long', max);
    return value;
  }

  pattern(value: unknown, path: string, re: RegExp, code: ProblemCode, max = 64): string | undefined {
    if (typeof value !== 'string') return void this.report(path, 'string');
    if (value.length > max || !re.test(value)) return void this.report(path, code);
    return value;
  }

  list<T>(value: unknown, path: string, max: number, item: (v: unknown, p: string) => T | undefined): T[] {
    if (!Array.isArray(value)) {
      this.report(path, 'array');
      return [];
    }
    if (value.length > max) {
      this.report(path, 'too-many', max);
      return [];
    }
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const v = item(value[i], `${path}[${i}]`);
      if (v !== undefined) out.push(v);
    }
    return out;
  }

  /** A language map: at least one language, every value a non-empty text. */
  text(value: unknown, path: string, max = TEXT_MAX): LocalizedText | undefined {
    const o = this.object(value, path);
    if (!o) return undefined;
    const out: LocalizedText = {};
    let count = 0;
    for (const key of Object.keys(o)) {
      if (!LANGUAGE.test(key) || key.length > 35) {
        this.report(join(path, key), 'language');
        continue;
      }
      const s = this.string(o[key], join(path, key), max);
      if (s !== undefined) {
        out[key] = s;
        count++;
      }
    }
    if (Object.keys(o).length === 0) this.report(path, 'empty');
    return count ? out : undefined;
  }

  /** A web address, or a map of them per language. Unsafe ones are dropped with a warning. */
  url(value: unknown, path: string): LocalizedWebUrl | undefined {
    if (typeof value === 'string') return this.oneUrl(value, path);
    const o = this.object(value, path);
    if (!o) return undefined;
    const out: Record<string, string> = {};
    for (const key of Object.keys(o)) {
      if (!LANGUAGE.test(key)) {
        this.report(join(path, key), 'language');
        continue;
      }
      const u = this.oneUrl(o[key], join(path, key));
      if (u) out[key] = u;
    }
    return Object.keys(out).length ? out : undefined;
  }

  private oneUrl(value: unknown, path: string): string | undefined {
    if (typeof value !== 'string') return void this.report(path, 'string');
    const safe = value.length <= 2048 ? webUrl(value) : undefined;
    if (!safe) this.report(path, 'url', undefined, 'warning');
    return safe;
  }

  /** Fields that only become links: a bad value is dropped with a warning, never rendered. */
  optionalPattern(o: Obj, key: string, path: string, re: RegExp, code: ProblemCode, max: number): string | undefined {
    const value = this.field(o, key, path, false);
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value.length <= max && re.test(value)) return value;
    this.report(join(path, key), code, undefined, 'warning');
    return undefined;
  }

  quantity(value: unknown, path: string): Quantity | undefined {
    const o = this.object(value, path);
    if (!o) return undefined;
    const v = this.field(o, 'value', path, true);
    if (v === undefined) return undefined;
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 1e9) return void this.report(join(path, 'value'), 'integer');
    const q = this.field(o, 'qualifier', path, false);
    if (q !== undefined && q !== 'over' && q !== 'about') return void this.report(join(path, 'qualifier'), 'qualifier');
    return q === undefined ? { value: v as number } : { value: v as number, qualifier: q };
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Copies the optional keys that are present and checked. */
function assign<T extends object>(target: T, values: Partial<T>): T {
  for (const [k, v] of Object.entries(values)) if (v !== undefined) (target as Obj)[k] = v;
  return target;
}

function address(c: Checker, value: unknown, path: string): Address | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const street = c.string(c.field(o, 'street', path, true), join(path, 'street'), NAME_MAX);
  const postalCode = c.string(c.field(o, 'postalCode', path, true), join(path, 'postalCode'), 20);
  const locality = c.string(c.field(o, 'locality', path, true), join(path, 'locality'), NAME_MAX);
  if (street === undefined || postalCode === undefined || locality === undefined) return undefined;
  const building = o.building === undefined ? undefined : c.text(o.building, join(path, 'building'));
  const country = o.country === undefined ? undefined : c.pattern(o.country, join(path, 'country'), COUNTRY, 'country', 2);
  return assign({ street, postalCode, locality } as Address, { building, country });
}

function office(c: Checker, value: unknown, path: string): Office | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const id = c.pattern(c.field(o, 'id', path, true), join(path, 'id'), ID, 'id');
  const name = c.text(c.field(o, 'name', path, true), join(path, 'name'));
  if (!id || !name) return undefined;
  return assign({ id, name } as Office, {
    address: o.address === undefined ? undefined : address(c, o.address, join(path, 'address')),
    url: o.url === undefined ? undefined : c.url(o.url, join(path, 'url')),
    email: c.optionalPattern(o, 'email', path, EMAIL, 'email', 254),
    phone: c.optionalPattern(o, 'phone', path, PHONE, 'phone', 40),
  });
}

function contact(c: Checker, value: unknown, path: string): Contact | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const id = c.pattern(c.field(o, 'id', path, true), join(path, 'id'), ID, 'id');
  const name = c.string(c.field(o, 'name', path, true), join(path, 'name'), NAME_MAX);
  if (!id || !name) return undefined;
  return assign({ id, name } as Contact, {
    role: o.role === undefined ? undefined : c.text(o.role, join(path, 'role')),
    office: o.office === undefined ? undefined : c.pattern(o.office, join(path, 'office'), ID, 'id'),
    email: c.optionalPattern(o, 'email', path, EMAIL, 'email', 254),
    phone: c.optionalPattern(o, 'phone', path, PHONE, 'phone', 40),
  });
}

function category(c: Checker, value: unknown, path: string): Category | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const id = c.pattern(c.field(o, 'id', path, true), join(path, 'id'), ID, 'id');
  const name = c.text(c.field(o, 'name', path, true), join(path, 'name'));
  if (!id || !name) return undefined;
  return assign({ id, name } as Category, {
    description: o.description === undefined ? undefined : c.text(o.description, join(path, 'description')),
  });
}

function role(c: Checker, value: unknown, path: string): Role | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const text = c.text(c.field(o, 'role', path, true), join(path, 'role'));
  if (!text) return undefined;
  const period = (key: 'from' | 'to' | 'year') =>
    o[key] === undefined ? undefined : c.pattern(o[key], join(path, key), YEAR_MONTH, 'year-month', 7);
  return assign({ role: text } as Role, { from: period('from'), to: period('to'), year: period('year') });
}

function link(c: Checker, value: unknown, path: string): Link | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const label = c.text(c.field(o, 'label', path, true), join(path, 'label'));
  const url = c.url(c.field(o, 'url', path, true), join(path, 'url'));
  // A link whose address was dropped as unsafe is dropped whole: a label alone links nowhere.
  return label && url ? { label, url } : undefined;
}

function network(c: Checker, value: unknown, path: string): Network | undefined {
  const o = c.object(value, path);
  if (!o) return undefined;
  const id = c.pattern(c.field(o, 'id', path, true), join(path, 'id'), ID, 'id');
  const cat = c.pattern(c.field(o, 'category', path, true), join(path, 'category'), ID, 'id');
  const name = c.text(c.field(o, 'name', path, true), join(path, 'name'));
  const opt = <T>(key: string, check: (v: unknown, p: string) => T | undefined) =>
    o[key] === undefined ? undefined : check(o[key], join(path, key));
  const extras: Partial<Network> = {
    shortName: opt('shortName', (v, p) => c.text(v, p, NAME_MAX)),
    description: opt('description', (v, p) => c.list(v, p, 50, (t, q) => c.text(t, q))),
    website: opt('website', (v, p) => c.url(v, p)),
    links: opt('links', (v, p) => c.list(v, p, 20, (l, q) => link(c, l, q))),
    members: opt('members', (v, p) => c.quantity(v, p)),
    germanMembers: opt('germanMembers', (v, p) => c.quantity(v, p)),
    countries: opt('countries', (v, p) => c.quantity(v, p)),
    founded: opt('founded', (v, p) => c.pattern(v, p, YEAR_MONTH, 'year-month', 7)),
    roles: opt('roles', (v, p) => c.list(v, p, 50, (r, q) => role(c, r, q))),
  };
  return id && cat && name ? assign({ id, category: cat, name } as Network, extras) : undefined;
}

/** Checks one network on its own, as `<network-card>` does for `card.network = {…}`. */
export function validateNetwork(value: unknown): ValidationResult<Network> {
  return guarded((c) => network(c, value, ''));
}

/** Checks a whole feed. */
export function validateFeed(value: unknown): ValidationResult<NetworkFeed> {
  return guarded((c) => feed(c, value));
}

/** Runs a check so that nothing escapes: property data may carry getters that throw. */
function guarded<T>(check: (c: Checker) => T | undefined): ValidationResult<T> {
  const c = new Checker();
  try {
    const value = check(c);
    return c.failed || value === undefined ? { problems: c.problems } : { value, problems: c.problems };
  } catch {
    c.report('', 'object');
    return { problems: c.problems };
  }
}

function feed(c: Checker, value: unknown): NetworkFeed | undefined {
  const o = c.object(value, '');
  if (!o) return undefined;

  const version = c.pattern(c.field(o, 'version', '', true), 'version', VERSION, 'version', 14);
  if (version !== undefined && Number(VERSION.exec(version)![1]) > SUPPORTED_MAJOR) {
    // Refused before anything else is read: a newer format may mean something else entirely.
    c.report('version', 'unsupported-version', version);
    return undefined;
  }
  const checked = c.pattern(c.field(o, 'checked', '', true), 'checked', DATE, 'date', 10);

  const categoriesRaw = c.field(o, 'categories', '', true);
  const categories = categoriesRaw === undefined ? [] : c.list(categoriesRaw, 'categories', 1000, (v, p) => category(c, v, p));
  const networksRaw = c.field(o, 'networks', '', true);
  const networks = networksRaw === undefined ? [] : c.list(networksRaw, 'networks', 100000, (v, p) => network(c, v, p));
  const contactsRaw = c.field(o, 'contacts', '', true);
  const contacts = contactsRaw === undefined ? [] : c.list(contactsRaw, 'contacts', 1000, (v, p) => contact(c, v, p));
  const offices = o.offices === undefined ? undefined : c.list(o.offices, 'offices', 1000, (v, p) => office(c, v, p));

  duplicates(c, categoriesRaw, 'categories');
  duplicates(c, networksRaw, 'networks');
  duplicates(c, contactsRaw, 'contacts');
  duplicates(c, o.offices, 'offices');
  references(c, networksRaw, 'networks', 'category', new Set(categories.map((x) => x.id)), 'unknown-category');
  if (offices) references(c, contactsRaw, 'contacts', 'office', new Set(offices.map((x) => x.id)), 'unknown-office');

  return assign({ version, checked, categories, networks, contacts } as NetworkFeed, {
    source: o.source === undefined ? undefined : (c.url(o.source, 'source') as string | undefined),
    title: o.title === undefined ? undefined : c.text(o.title, 'title'),
    intro: o.intro === undefined ? undefined : c.list(o.intro, 'intro', 50, (v, p) => c.text(v, p)),
    contactIntro: o.contactIntro === undefined ? undefined : c.text(o.contactIntro, 'contactIntro'),
    offices,
  });
}

/** Reports each repeated id at the index where it repeats. */
function duplicates(c: Checker, raw: unknown, path: string) {
  if (!Array.isArray(raw)) return;
  const seen = new Set<unknown>();
  raw.forEach((item, i) => {
    const id = (item as Obj | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) c.report(`${path}[${i}].id`, 'duplicate', id);
    seen.add(id);
  });
}

/** Reports references (a network's category, a contact's office) to ids the feed lacks. */
function references(c: Checker, raw: unknown, path: string, key: string, known: Set<string>, code: ProblemCode) {
  if (!Array.isArray(raw)) return;
  raw.forEach((item, i) => {
    const ref = (item as Obj | null)?.[key];
    if (typeof ref === 'string' && ID.test(ref) && !known.has(ref)) c.report(`${path}[${i}].${key}`, code, ref);
  });
}
