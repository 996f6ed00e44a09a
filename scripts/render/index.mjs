// `import { render } from 'network-elements/render'`: the CLI's server rendering as a function
// for Node scripts (static site generators, CMS exports). Types: index.d.mts. The renderer
// (render.mjs, with Lit's DOM shim and @lit-labs/ssr, an optional peer dependency) loads on the
// first call, not on import.

/** @type {Promise<typeof import('./render.mjs')> | undefined} */
let renderer;

/**
 * One element as HTML for a page. See index.d.mts for the options and the result.
 * @param {import('./index.d.mts').RenderOptions} [options]
 * @returns {Promise<import('./index.d.mts').RenderResult>}
 */
export async function render(options = {}) {
  const { element = 'network-list', lang = 'de', feed, headingLevel, network, contact } = options;
  renderer ??= import('./render.mjs');
  const { CliError, ELEMENTS, LANGUAGES, checkFeed, loadFeed, renderElement, shadowContent } = await renderer;
  const fail = (message) => {
    throw new CliError(message);
  };
  if (!ELEMENTS.includes(element)) fail(`element must be one of ${ELEMENTS.join(', ')}, not "${element}"`);
  if (!LANGUAGES.includes(lang)) fail(`lang must be de or en, not "${lang}"`);
  if (headingLevel !== undefined && ![2, 3, 4, 5, 6].includes(headingLevel))
    fail(`headingLevel must be a number from 2 to 6, not ${headingLevel}`);
  if (element === 'network-card' && !network) fail('a network-card needs network (a network id from the feed)');

  const given = feed !== undefined;
  const loaded = typeof feed === 'string' ? await loadFeed(feed) : { data: feed };
  const { feed: checked, warnings } = checkFeed(
    given ? loaded.data : (await loadFeed()).data,
    typeof feed === 'string' ? feed : given ? 'the feed' : 'the bundled feed',
  );
  if (network !== undefined && !checked.networks.some((n) => n.id === network))
    fail(`there is no network "${network}" in the feed`);
  if (contact !== undefined && !checked.contacts.some((c) => c.id === contact))
    fail(`there is no contact "${contact}" in the feed`);

  const html = renderElement({
    element,
    lang,
    headingLevel,
    network,
    contact,
    feed: given ? checked : undefined,
    src: loaded.url,
    deferHydration: given,
  });
  const result = { html, warnings };
  if (options.plain) {
    const { PLAIN_CSS, toPlain } = await import('./plain.mjs');
    result.plain = `<style>\n${PLAIN_CSS}\n</style>\n${toPlain(shadowContent(html), element)}`;
  }
  if (options.jsonLd) {
    const { jsonLdScript } = await import('./json-ld.mjs');
    result.jsonLd = jsonLdScript(checked, lang);
  }
  return result;
}
