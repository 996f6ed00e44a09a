/**
 * The feed being edited, as plain JSON, and what is done to it. Every change returns a new root
 * that shares what did not change (the elements of the preview check a feed once per object, so
 * a changed feed must be a new one); values the editor does not know — fields of newer format
 * versions, languages beyond German and English — are kept as they are.
 */
import { schema, type SchemaNode } from './library.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Obj = { [key: string]: Json };
/** Keys and indexes from the feed's root, as in `['networks', 3, 'name', 'de']`. */
export type Path = readonly (string | number)[];

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The path as the validator writes it: `networks[3].name.de`. */
export const pathText = (path: Path): string =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');

export function get(root: Json | undefined, path: Path): Json | undefined {
  let v: Json | undefined = root;
  for (const key of path) {
    if (typeof key === 'number' ? !Array.isArray(v) : !isObject(v)) return undefined;
    v = (v as Record<string | number, Json>)[key];
  }
  return v;
}

/**
 * The root with the value at `path` replaced; `undefined` removes a member. Objects and lists on
 * the way that do not exist yet are made; an object member left empty by a removal (a language
 * map without texts, an address without fields) is removed too, up to the first list item.
 */
export function set(root: Obj, path: Path, value: Json | undefined): Obj {
  const put = (node: Json | undefined, i: number): Json | undefined => {
    if (i === path.length) return value;
    const key = path[i];
    if (typeof key === 'number') {
      const list = Array.isArray(node) ? [...node] : [];
      const item = put(list[key], i + 1);
      // A list item is never removed by a change inside it.
      list[key] = item === undefined ? {} : item;
      return list;
    }
    const obj: Obj = isObject(node) ? { ...node } : {};
    const member = put(obj[key], i + 1);
    if (member === undefined) delete obj[key];
    else obj[key] = member;
    // Left empty by a removal: gone too (but not the feed, nor a list item).
    return value === undefined && i > 0 && typeof path[i - 1] === 'string' && !Object.keys(obj).length
      ? undefined
      : obj;
  };
  return (put(root, 0) as Obj | undefined) ?? {};
}

/** The list at `path` with `item` added at its end (the list is made if missing). */
export function append(root: Obj, path: Path, item: Json): Obj {
  const list = get(root, path);
  return set(root, path, [...(Array.isArray(list) ? list : []), item]);
}

/** The list at `path` without its item `index`; an empty optional list is kept as `[]`. */
export function removeAt(root: Obj, path: Path, index: number): Obj {
  const list = get(root, path);
  return Array.isArray(list) ? set(root, path, [...list.slice(0, index), ...list.slice(index + 1)]) : root;
}

/** The list at `path` with the item at `from` moved to `to`. */
export function move(root: Obj, path: Path, from: number, to: number): Obj {
  const list = get(root, path);
  if (!Array.isArray(list) || to < 0 || to >= list.length) return root;
  const next = [...list.slice(0, from), ...list.slice(from + 1)];
  next.splice(to, 0, list[from]);
  return set(root, path, next);
}

/**
 * An id in the feed's lists (`categories`, `offices`) renamed, and the references to it that
 * followed the old id (networks' `category`, contacts' `office`) renamed with it. Only a unique
 * id takes its references along: with two items of one id, whose they are is unclear.
 */
export function renameId(root: Obj, list: 'categories' | 'offices', index: number, id: string | undefined): Obj {
  const items = get(root, [list]);
  const old = get(root, [list, index, 'id']);
  let next = set(root, [list, index, 'id'], id);
  if (!Array.isArray(items) || typeof old !== 'string') return next;
  if (items.filter((item) => isObject(item) && item.id === old).length !== 1) return next;
  const [refs, field] = list === 'categories' ? ['networks', 'category'] : ['contacts', 'office'];
  const referrers = get(next, [refs]);
  if (!Array.isArray(referrers)) return next;
  referrers.forEach((item, i) => {
    if (isObject(item) && item[field] === old) next = set(next, [refs, i, field], id);
  });
  return next;
}

/** An id of the form the feed wants (`network-3`) that no item of `items` has. */
export function freshId(items: Json | undefined, stem: string): string {
  const taken = new Set(Array.isArray(items) ? items.map((i) => (isObject(i) ? i.id : undefined)) : []);
  let n = (Array.isArray(items) ? items.length : 0) + 1;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

// --- Writing the feed -----------------------------------------------------------------------

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref;
  return ref?.startsWith('#/$defs/') ? schema.$defs?.[ref.slice('#/$defs/'.length)] : node;
}

/** The schema of an object or of a list: a choice of a text and an object is the object. */
function shapeOf(node: SchemaNode | undefined, value: Json): SchemaNode | undefined {
  const resolved = resolve(node);
  if (!resolved?.oneOf) return resolved;
  const want = Array.isArray(value) ? 'array' : 'object';
  return resolve(resolved.oneOf.find((o) => resolve(o)?.type === want));
}

/**
 * The value with its objects' members in the schema's order (the order of the bundled feed:
 * `id`, `category`, `name`, …; `de` before `en`), and members the schema does not name after
 * those, in their own order. The same feed is thus always written the same way.
 */
export function ordered(value: Json, node: SchemaNode | undefined = schema): Json {
  const shape = shapeOf(node, value);
  if (Array.isArray(value)) return value.map((item) => ordered(item, shape?.items));
  if (!isObject(value)) return value;
  const known = Object.keys(shape?.properties ?? {}).filter((k) => Object.hasOwn(value, k));
  const rest = Object.keys(value).filter((k) => !known.includes(k));
  const extra = typeof shape?.additionalProperties === 'object' ? shape.additionalProperties : undefined;
  const out: Obj = {};
  for (const k of [...known, ...rest]) out[k] = ordered(value[k], shape?.properties?.[k] ?? extra);
  return out;
}

/** The feed as the file to download: pretty-printed (two spaces), in the stable order, a final newline. */
export const serialize = (feed: Obj): string => `${JSON.stringify(ordered(feed), null, 2)}\n`;

// --- The draft in this browser ---------------------------------------------------------------

/** Where the editor keeps its draft in localStorage, unless told otherwise. */
export const DRAFT_KEY = 'network-elements-editor:draft';

export interface Draft {
  feed: Obj;
  /** Where it came from: a file's name, an address, or what the editor calls it. */
  name: string;
  /** When it was last saved (ms since 1970). */
  saved: number;
}

/** The draft kept in localStorage under `key`, if there is one that can be read. */
export function loadDraft(key = DRAFT_KEY): Draft | undefined {
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? 'null');
    return isObject(draft) && isObject(draft.feed) && typeof draft.name === 'string'
      ? { feed: draft.feed, name: draft.name, saved: Number(draft.saved) || Date.now() }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the draft; false when the browser refuses (storage off, full). */
export function saveDraft(feed: Obj, name: string, key = DRAFT_KEY): boolean {
  try {
    localStorage.setItem(key, JSON.stringify({ feed, name, saved: Date.now() }));
    return true;
  } catch {
    return false;
  }
}

export function discardDraft(key = DRAFT_KEY): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}
