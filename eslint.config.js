// Lint: TypeScript and Lit rules, plus the project's security rules — feed data is untrusted and
// the elements run under strict CSPs, so markup from strings and inline styles are forbidden.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

const forbidden = 'Forbidden: feed data is untrusted and the elements must work under a strict CSP.';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'bench/results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
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
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name=/^(unsafeHTML|unsafeCSS|unsafeSVG|styleMap)$/]", message: forbidden },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: forbidden },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: forbidden },
        { selector: "TemplateElement[value.raw=/\\sstyle=/]", message: `style= bindings: ${forbidden}` },
      ],
      'lit/no-template-bind': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', '.ci/**', 'tests/node/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
