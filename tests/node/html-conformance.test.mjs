// The CLI's HTML is conforming: `npx network-elements render` in every form (the elements with
// declarative shadow DOM, --plain, --json-ld; each element; both languages), placed in a page,
// checked by html-validate with its recommended rules, the contents of the shadow roots'
// <template>s included. Run against the built dist/ (`npm test` builds first).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';

const root = fileURLToPath(new URL('../../', import.meta.url));

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // `<ul role="list">` is deliberate: the lists are styled without bullets (list-style: none),
    // and Safari (VoiceOver) then no longer announces them as lists; the explicit role keeps
    // their list semantics (src/styles/shared.styles.ts).
    'no-redundant-role': 'off',
  },
});

/** The CLI's stdout for `args`, after checking the run went well. */
function render(...args) {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [`${root}bin/network-elements.mjs`, 'render', ...args],
      { cwd: root, timeout: 120_000 },
      (error, stdout, stderr) => (error || stderr ? reject(error ?? new Error(stderr)) : resolve(stdout)),
    ),
  );
}

/**
 * The output in a page, as a site would place it: in the body, but for --plain's <style>, which
 * HTML permits only in the head (browsers apply it in the body too, but it does not conform).
 */
function page(output, lang) {
  const style = /^<style>[\s\S]*?<\/style>\n/m.exec(output)?.[0] ?? '';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>Networks</title>
${style}</head>
<body>
${output.replace(style, '')}</body>
</html>
`;
}

const FORMS = [
  [],
  ['--plain'],
  ['--json-ld'],
  ['--plain', '--json-ld'],
  ['--element', 'network-card', '--network', 'eccar'],
  ['--element', 'network-card', '--network', 'rgre', '--plain'],
  ['--element', 'contact-box'],
  ['--element', 'contact-box', '--contact', 'lisa-guethermann', '--json-ld'],
  ['--element', 'contact-box', '--plain'],
  ['--heading-level', '3'],
];

// One run at a time: twenty CLI processes at once would compete for the machine's cores.
describe('render: conforming HTML (html-validate, recommended rules)', () => {
  for (const lang of ['de', 'en']) {
    for (const args of FORMS) {
      test(`render --lang ${lang} ${args.join(' ')}`, async () => {
        const output = await render('--lang', lang, ...args);
        // Lit's shorthand for an empty comment is a parse error (lit/lit#2470).
        assert.ok(!output.includes('<?>'), 'no <?> in the output');
        const report = await validator.validateString(page(output, lang));
        const messages = report.results.flatMap((r) =>
          r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message} ${m.selector ?? ''}`),
        );
        assert.deepEqual(messages, []);
        assert.equal(report.valid, true);
      });
    }
  }
});
