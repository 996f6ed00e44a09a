import { html, type TemplateResult } from 'lit';

/**
 * Each distinct inlined template's strings array: Lit prepares a template once per strings array
 * (it keys its cache by the array), so the same markup must come back as the same array. Bounded,
 * for feeds whose every network has a shape of its own; once cleared, templates are prepared anew.
 */
const prepared = new Map<string, TemplateStringsArray>();

/**
 * `t` as one template: the templates nested in its text (and arrays of them) written into it
 * in place. Content whose shape varies with the data, such as a network card (which facts, how
 * many roles and links, which texts carry a `lang` of their own), is then one template instance,
 * where each nested template made one of its own, with its own clone, tree walk, parts and
 * marker comments: about 15 per card, most of a long list's cost (bench/).
 *
 * As safe as the templates it joins, for the same reason: the markup is only ever their literal
 * strings, from the code; every other value stays a Lit part (text, or an attribute's value).
 * lit/static-html.js makes its templates the same way. Only for templates whose nested
 * templates stand in text, never in an attribute.
 */
export function inline(t: TemplateResult): TemplateResult {
  const strings = [''];
  const values: unknown[] = [];
  const join = (r: TemplateResult) =>
    r.strings.forEach((s, i) => {
      strings[strings.length - 1] += s;
      if (i < r.values.length) put(r.values[i]);
    });
  const put = (v: unknown): unknown =>
    Array.isArray(v) ? v.forEach(put) : (v as TemplateResult)?.['_$litType$'] === 1 ? join(v as TemplateResult) : (values.push(v), strings.push(''));
  join(t);
  const key = strings.join('\0');
  let s = prepared.get(key);
  if (!s) {
    if (prepared.size > 500) prepared.clear();
    // eslint-disable-next-line no-restricted-syntax -- markup joined from html`` literals only (see above)
    prepared.set(key, (s = Object.assign(strings, { raw: strings }) as never));
  }
  return html(s, ...values);
}
