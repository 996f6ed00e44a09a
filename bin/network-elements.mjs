#!/usr/bin/env node
// `npx network-elements render …`: the elements' HTML for pages and CMSs, printed to stdout.
// Errors go to stderr as one clear message (no stack trace), with exit code 1.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { parseArgs } from 'node:util';

const USAGE = `Usage: network-elements render [options]
       network-elements validate <file-or-url> [--lang de|en] [--json] [--strict]

Prints an element's HTML to stdout, rendered on the server (Lit SSR, declarative shadow DOM):
it shows without any script. To make it live (language switch, retry), load
dist/cdn/network-elements.ssr.js on the page: it takes over the rendered HTML (hydration).

Options:
  --element NAME       network-list (default), network-card or contact-box
  --lang de|en         the language (default: de)
  --feed FILE|URL      a feed (JSON file or http(s) address) instead of the bundled Heidelberg feed
  --network ID         the network a network-card shows (required for network-card)
  --contact ID         only this contact in a contact-box
  --heading-level N    the level of the element's top headings, 2-6 (default: 2)
  --plain              plain, styled HTML without custom elements or script (for CMSs that
                       allow no scripts): the same content, classes "ne-…", a scoped <style>
  --json-ld            also print schema.org JSON-LD (<script type="application/ld+json">) for
                       the feed: a GovernmentOrganization per office with its contacts, and
                       the networks as an ItemList. Add it once per page.
  -h, --help           this help
  -v, --version        the package's version

Examples:
  npx network-elements render > networks.html
  npx network-elements render --lang en --element contact-box --json-ld
  npx network-elements render --element network-card --network eccar --plain
  npx network-elements render --feed https://example.org/networks.json --lang en
`;

const OPTIONS = {
  element: { type: 'string' },
  lang: { type: 'string' },
  feed: { type: 'string' },
  network: { type: 'string' },
  contact: { type: 'string' },
  'heading-level': { type: 'string' },
  plain: { type: 'boolean' },
  'json-ld': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

/** A usage mistake or a bad feed: reported in a sentence, exit code 1. */
class UsageError extends Error {}

async function main(argv) {
  // `validate` has options of its own (scripts/validate/validate.mjs, with its --help).
  if (argv[0] === 'validate') {
    const { validateCommand } = await import('../scripts/validate/validate.mjs');
    process.exitCode = await validateCommand(argv.slice(1));
    return;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(
      `${e.message.replace(/\. To specify .*$/s, '.')}\nRun "network-elements --help" for the options.`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (values.version) {
    const { version } = JSON.parse(await readFile(new globalThis.URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${version}\n`);
    return;
  }
  if (positionals[0] !== 'render' || positionals.length > 1) {
    const what = positionals.length ? `unknown command "${positionals.join(' ')}"` : 'no command given';
    throw new UsageError(`${what}: the commands are "render" and "validate".\n\n${USAGE}`);
  }

  const element = values.element ?? 'network-list';
  const lang = values.lang ?? 'de';
  // Loaded only now: --help and usage errors need no DOM shim and no Lit.
  const { CliError, ELEMENTS, LANGUAGES, VERSION, checkFeed, loadFeed, renderElement, shadowContent } =
    await import('../scripts/render/render.mjs').catch((e) => {
      throw e?.code === 'ERR_NETWORK_ELEMENTS_NO_SSR' ? new UsageError(e.message) : e;
    });
  if (!ELEMENTS.includes(element))
    throw new UsageError(`--element must be one of ${ELEMENTS.join(', ')}, not "${element}"`);
  if (!LANGUAGES.includes(lang)) throw new UsageError(`--lang must be de or en, not "${lang}"`);
  let headingLevel;
  if (values['heading-level'] !== undefined) {
    headingLevel = Number(values['heading-level']);
    if (!/^[2-6]$/.test(values['heading-level']))
      throw new UsageError(`--heading-level must be a number from 2 to 6, not "${values['heading-level']}"`);
  }
  if (values.network !== undefined && element !== 'network-card')
    throw new UsageError('--network is for --element network-card');
  if (values.contact !== undefined && element !== 'contact-box')
    throw new UsageError('--contact is for --element contact-box');
  if (element === 'network-card' && !values.network)
    throw new UsageError('--element network-card needs --network ID (a network id from the feed)');

  try {
    const { data, url } = await loadFeed(values.feed);
    const { feed, warnings } = checkFeed(data, values.feed ?? 'the bundled feed');
    if (warnings.length)
      process.stderr.write(`network-elements: the feed loaded, but left these values out:\n${warnings.join('\n')}\n`);
    if (values.network !== undefined && !feed.networks.some((n) => n.id === values.network)) {
      throw new UsageError(
        `there is no network "${values.network}" in the feed. Its networks: ${feed.networks.map((n) => n.id).join(', ')}`,
      );
    }
    if (values.contact !== undefined && !feed.contacts.some((c) => c.id === values.contact)) {
      const ids = feed.contacts.map((c) => c.id).join(', ') || 'none';
      throw new UsageError(`there is no contact "${values.contact}" in the feed. Its contacts: ${ids}`);
    }

    const bundled = values.feed === undefined;
    const rendered = renderElement({
      element,
      lang,
      headingLevel,
      network: values.network,
      contact: values.contact,
      feed: bundled ? undefined : feed,
      src: url,
      deferHydration: !bundled,
    });
    const out = [];
    if (values.plain) {
      const { PLAIN_CSS, toPlain } = await import('../scripts/render/plain.mjs');
      out.push(
        `<!-- network-elements ${VERSION}: <${element}> as plain HTML (render --plain). It needs no script; the style below applies only to its ne-… classes. -->`,
        `<style>\n${PLAIN_CSS}\n</style>`,
        toPlain(shadowContent(rendered), element),
      );
    } else {
      const script = `https://cdn.jsdelivr.net/npm/network-elements@${VERSION}/dist/cdn/network-elements.ssr.js`;
      out.push(
        bundled
          ? `<!-- network-elements ${VERSION}: <${element}> rendered on the server; it shows without a script. To make it live, load the hydrating bundle once per page (not network-elements.js beside it): <script type="module" src="${script}"></script> -->`
          : `<!-- network-elements ${VERSION}: <${element}> rendered on the server from a feed of your own; it shows without a script. It is marked defer-hydration, so ${script} leaves it as rendered. -->`,
        rendered,
      );
    }
    if (values['json-ld']) {
      const { jsonLdScript } = await import('../scripts/render/json-ld.mjs');
      out.push(jsonLdScript(feed, lang));
    }
    process.stdout.write(`${out.join('\n')}\n`);
  } catch (e) {
    if (e instanceof CliError) throw new UsageError(e.message);
    throw e;
  }
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof UsageError ? e.message : `unexpected error: ${e?.message ?? e}`;
  process.stderr.write(`network-elements: ${message}\n`);
  process.exitCode = 1;
}
