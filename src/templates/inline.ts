import { html, type TemplateResult } from 'lit';

/**
 * Each distinct inlined template's strings array: Lit prepares a template once per strings array
 * (it keys its cache by the array), so the same markup must come back as the same array. Bounded,
 * for feeds whose every network has a shape of its own: beyond SHAPES, a new shape stays nested
 * templates (slower, the same DOM), and no array in use is ever replaced.
 */
const prepared = new Map<string, TemplateStringsArray>();
const SHAPES = 500;

/** Each template's number in the keys of `prepared`, by its strings array. */
const ids = new WeakMap<readonly string[], string>();
let count = 0;

/** An html`` result: its strings a real template strings array (own `raw`), as Lit demands, not an object made to look like one (from JSON, say), which stays a value, and which Lit refuses. */
const isTemplate = (v: unknown): v is TemplateResult =>
  (v as TemplateResult)?.['_$litType$'] === 1 && Object.hasOwn((v as TemplateResult).strings, 'raw');

/**
 * `t` as one template: the templates nested in its text (and arrays of them) written into it
 * in place. Content whose shape varies with the data, such as a network card (which facts, how
 * many roles and links, which texts carry a `lang` of their own), is then one template instance,
 * where each nested template made one of its own, with its own clone, tree walk, parts and
 * marker comments: about 15 per card, most of a long list's cost (bench/).
 *
 * As safe as the templates it joins, for the same reason: the markup is only ever their literal
 * strings, from the code; every other value stays a Lit part (text, or an attribute's value).
 * lit/static-html.js makes its templates the same way.
 *
 * Only for templates whose nested templates and arrays stand in text, never in an attribute, and
 * whose markup, joined, parses as written (no block element inside a `<p>`, no table parts out of
 * place): the parser would move Lit's markers, and values would land in the wrong places.
 */
export function inline(t: TemplateResult): TemplateResult {
  // The shape's key: each template's number, then for each of its values `.` (a part), a nested
  // template's key, or an array's items in brackets. The same key, the same markup.
  const values: unknown[] = [];
  let key = '';
  const put = (v: unknown): void => {
    if (Array.isArray(v)) {
      key += '[';
      for (const x of v) put(x);
      key += ']';
    } else if (isTemplate(v)) {
      let id = ids.get(v.strings);
      if (id === undefined) ids.set(v.strings, (id = `${count++}(`));
      key += id;
      for (const x of v.values) put(x);
      key += ')';
    } else {
      values.push(v);
      key += '.';
    }
  };
  put(t);
  let strings = prepared.get(key);
  if (!strings) {
    if (prepared.size >= SHAPES) return t;
    prepared.set(key, (strings = markup(t)));
  }
  return html(strings, ...values);
}

/** `t`'s markup with its nested templates written in: their strings joined, a hole for each other value. */
function markup(t: TemplateResult): TemplateStringsArray {
  const strings = [''];
  const join = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.forEach(join)
      : isTemplate(v)
        ? v.strings.forEach((s, i) => {
            strings[strings.length - 1] += s;
            if (i < v.values.length) join(v.values[i]);
          })
        : strings.push('');
  join(t);
  // eslint-disable-next-line no-restricted-syntax -- markup joined from html`` literals only (see inline)
  return Object.assign(strings, { raw: strings }) as never;
}
