// The project's security lint rules (eslint.config.js) catch what they promise: markup from
// strings, unsafe CSS, inline styles and handlers, and eval, in any source file under src/.
// Each bad snippet is linted as if it were a file in src/ and must be reported; a clean snippet
// must not be. Run with `node --test tests/node/lint-rules.test.mjs`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const cwd = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd });
const SECURITY_RULES = new Set([
  'no-restricted-imports',
  'no-restricted-syntax',
  'no-eval',
  'no-implied-eval',
  'no-new-func',
]);

/** The security-rule messages ESLint reports for `code` as a TypeScript file in src/. */
async function securityMessages(code) {
  const [result] = await eslint.lintText(code, { filePath: `${cwd}src/elements/lint-probe.ts` });
  assert.equal(result.fatalErrorCount, 0, `the snippet parses: ${JSON.stringify(result.messages)}`);
  return result.messages.filter((m) => SECURITY_RULES.has(m.ruleId));
}

const BAD = {
  'unsafeHTML (import and call)': `import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
export const t = (s: string) => html\`<p>\${unsafeHTML(s)}</p>\`;`,
  'unsafeHTML from lit-html': `import { unsafeHTML } from 'lit-html/directives/unsafe-html.js';
export const f = unsafeHTML;`,
  unsafeSVG: `import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
export const f = unsafeSVG;`,
  unsafeCSS: `import { css, unsafeCSS } from 'lit';
export const styles = (c: string) => css\`p { color: \${unsafeCSS(c)}; }\`;`,
  'innerHTML assignment': `export function f(el: HTMLElement, s: string) { el.innerHTML = s; }`,
  'innerHTML with a computed key': `export function f(el: HTMLElement, s: string) { el['innerHTML'] = s; }`,
  'outerHTML assignment': `export function f(el: HTMLElement, s: string) { el.outerHTML = s; }`,
  insertAdjacentHTML: `export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }`,
  setHTMLUnsafe: `export function f(el: Element & { setHTMLUnsafe(s: string): void }, s: string) { el.setHTMLUnsafe(s); }`,
  createContextualFragment: `export const f = (s: string) => document.createRange().createContextualFragment(s);`,
  'document.write': `export const f = (s: string) => document.write(s);`,
  'iframe srcdoc': `export function f(el: HTMLIFrameElement, s: string) { el.srcdoc = s; }`,
  'style= attribute binding': `import { html } from 'lit';
export const t = (c: string) => html\`<p style="color: \${c}">x</p>\`;`,
  'unquoted style= binding': `import { html } from 'lit';
export const t = (c: string) => html\`<p style=\${c}>x</p>\`;`,
  'upper-case STYLE= binding': `import { html } from 'lit';
export const t = (c: string) => html\`<p STYLE=\${c}>x</p>\`;`,
  '.style= property binding': `import { html } from 'lit';
export const t = (c: string) => html\`<p .style=\${c}>x</p>\`;`,
  'styleMap (import and call)': `import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
export const t = (c: string) => html\`<p style=\${styleMap({ color: c })}>x</p>\`;`,
  'styleMap alone': `import { styleMap } from 'lit/directives/style-map.js';
export const f = styleMap;`,
  "setAttribute('style')": `export function f(el: HTMLElement, s: string) { el.setAttribute('style', s); }`,
  "setAttribute('onclick')": `export function f(el: HTMLElement, s: string) { el.setAttribute('onclick', s); }`,
  'a template strings array made from a string': `import { html } from 'lit';
export const t = (s: string) => html(Object.assign([s], { raw: [s] }) as never);`,
  'a raw property set on an array': `export function f(a: string[]) { (a as unknown as { raw: string[] }).raw = a; return a; }`,
  'a raw property set with brackets': `export function f(a: string[]) { (a as unknown as Record<string, unknown>)['raw'] = a; return a; }`,
  "a quoted 'raw' key": `import { html } from 'lit';
export const t = (s: string) => html(Object.assign([s], { 'raw': [s] }) as never);`,
  'raw defined as a property': `export const f = (a: string[]) => Object.defineProperty(a, 'raw', { value: a });`,
  eval: `export const f = (s: string) => eval(s);`,
  'new Function': `export const f = (s: string) => new Function(s);`,
  'setTimeout with code in a string': `export const f = (s: string) => setTimeout('run(' + s + ')', 0);`,
};

for (const [name, code] of Object.entries(BAD)) {
  test(`lint reports ${name} in src/`, async () => {
    const found = await securityMessages(code);
    assert.ok(found.length > 0, `no security rule reported:\n${code}`);
  });
}

test('lint accepts safe templates: text and attribute bindings, css without interpolated strings', async () => {
  const found = await securityMessages(`import { css, html } from 'lit';
export const styles = css\`:host { font-style: normal; } p { color: var(--x); }\`;
export const t = (s: string, href: string) => html\`<p class="x" title=\${s}><a href=\${href}>\${s}</a></p>\`;
export function f(el: HTMLElement, s: string) { el.textContent = s; el.setAttribute('lang', s); }`);
  assert.deepEqual(found, []);
});

test('the sources themselves pass the security rules', async () => {
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const found = results.flatMap((r) =>
    r.messages.filter((m) => SECURITY_RULES.has(m.ruleId)).map((m) => `${r.filePath}:${m.line} ${m.message}`),
  );
  assert.deepEqual(found, []);
});

// Not a security rule, but one of the same kind: the literal minifier of the script-tag bundles
// drops a blank at the start or end of an html`` template (`html\`${building}, \`` shipped as
// "Rathaus,Marktplatz 10"); lint reports it in the source.
describe('blanks at the edges of html`` templates', () => {
  const blankMessages = async (code) =>
    (await securityMessages(`import { html } from 'lit';\n${code}`)).filter((m) => /html`` template/.test(m.message));
  for (const [name, code] of Object.entries({
    'a blank after text at the end': 'export const t = (b: string, s: string) => html`${b}, ${html`${s}, `}`;',
    'a blank alone at the end': 'export const t = (b: string) => html`<b>x</b>${b} `;',
    'a blank before text at the start': 'export const t = (b: string) => html` und ${b}`;',
    'a blank alone at the start': 'export const t = (b: string) => html` ${b}<br />`;',
  })) {
    test(`lint reports ${name}`, async () => {
      assert.equal((await blankMessages(code)).length, 1, code);
    });
  }
  test('lint accepts blanks between values and the indentation around elements', async () => {
    const found = await blankMessages(`export const t = (b: string, s: string) => html\`\${b}, \${s}<br />\${b} \${s}\`;
export const u = (b: string) => html\`
  <p>\${b}</p>
\`;`);
    assert.deepEqual(found, []);
  });
});
