// Lint: TypeScript and Lit rules, plus the project's security rules — feed data is untrusted and
// the elements run under strict CSPs, so markup from strings and inline styles are forbidden.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

const forbidden = 'Forbidden: feed data is untrusted and the elements must work under a strict CSP.';
const blankAtEdge =
  'A blank at the start or end of an html`` template is dropped by the literal minifier of the script-tag bundles: put it between two values inside one template.';

/** Markup from strings, inline styles and handlers: forbidden wherever feed data is shown. */
const securitySyntax = [
  { selector: 'Identifier[name=/^(unsafeHTML|unsafeCSS|unsafeSVG|unsafeMathML|styleMap)$/]', message: forbidden },
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML|srcdoc)$/]', message: forbidden },
  { selector: 'MemberExpression[property.value=/^(innerHTML|outerHTML|srcdoc)$/]', message: forbidden },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)$/]',
    message: forbidden,
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: forbidden,
  },
  // Inline styles and handlers set as attributes are what a strict CSP refuses.
  {
    selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(style|on)/i]",
    message: forbidden,
  },
  // A template strings array made from strings would be markup from strings: lit-html tells
  // real ones by their `raw`. Only src/templates/inline.ts joins real ones, from literals.
  {
    selector:
      "Property[key.name='raw'], Property[key.value='raw'], AssignmentExpression > MemberExpression.left[property.name='raw'], " +
      "AssignmentExpression > MemberExpression.left[property.value='raw'], CallExpression[callee.property.name=/^definePropert(y|ies)$/] Literal[value='raw']",
    message: forbidden,
  },
  // style= and .style= bindings in templates (attribute names are case-insensitive).
  { selector: 'TemplateElement[value.raw=/\\s\\.?style\\s*=/i]', message: `style= bindings: ${forbidden}` },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'bench/results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'editor/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    // The elements, and the feed editor and snippet builder, which show feed data too.
    files: ['src/**/*.ts', 'editor/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: forbidden },
            { name: 'lit/directives/unsafe-svg.js', message: forbidden },
            { name: 'lit/directives/style-map.js', message: forbidden },
            { name: 'lit-html/directives/unsafe-html.js', message: forbidden },
            { name: 'lit-html/directives/style-map.js', message: forbidden },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...securitySyntax],
      'lit/no-template-bind': 'error',
      // A strict CSP has no 'unsafe-eval'.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
    // Declared so that no-implied-eval recognises setTimeout('code') and friends.
    languageOptions: {
      globals: { window: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', setInterval: 'readonly' },
    },
  },
  {
    // Text that begins or ends an html`` template with a blank: the literal minifier of the
    // script-tag bundles (scripts/build.mjs) drops it, and html`${building}, ` shipped as
    // "Rathaus,Marktplatz 10". A blank between two values inside a template stays. (The editor is
    // built without that minifier.)
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...securitySyntax,
        {
          selector:
            "TaggedTemplateExpression[tag.name='html'] > TemplateLiteral > TemplateElement[tail=true][value.raw=/(^|[^\\s>])\\s+$/], " +
            "TaggedTemplateExpression[tag.name='html'] > TemplateLiteral > TemplateElement:first-child[value.raw=/^\\s+(?![\\s<])/]",
          message: blankAtEdge,
        },
      ],
    },
  },
  {
    // The parts (src/parts/) are loaded on first use through src/loading/registry.ts: a static
    // import from an element or a template would put a part into every script-tag bundle.
    files: ['src/elements/**/*.ts', 'src/templates/**/*.ts', 'src/long-list/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/parts/*', '**/loading/import-part.js'],
              allowTypeImports: true,
              message: 'Parts are loaded on first use: use load() and loaded() from src/loading/registry.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Node-side code: scripts, configs, Node tests and the test server's plugins.
    files: ['scripts/**/*.mjs', '*.config.*', '.ci/**', 'tests/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'URL',
          'URLSearchParams',
          'Buffer',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // `npm run bench`: its pages run in the browser, and its scripts hand functions to the page.
    files: ['bench/pages/**/*.js', 'scripts/bench*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'location',
          'performance',
          'fetch',
          'customElements',
          'structuredClone',
          'requestAnimationFrame',
          'MutationObserver',
          'PerformanceObserver',
          'CSSStyleSheet',
          'Node',
          'NodeFilter',
          'Text',
          'Event',
          'URLSearchParams',
          'setTimeout',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
