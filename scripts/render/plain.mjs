// `render --plain`: an element's content as plain, styled HTML for sites that allow no scripts
// and no custom elements. It is the element's own server-rendered shadow DOM (render.mjs), so
// the markup is the elements' templates exactly: sections, headings, lists, description lists,
// address, links, each text with its `lang`. Only the shadow-DOM wrapping goes: Lit's markers
// and the element's styles are dropped, every `part` becomes a class `ne-<part>`, ids and their
// references get the prefix `ne-`, and a small style sheet scoped to those classes stands in for
// the element's. It reads the elements' `--network-*` custom properties for the layout; links
// keep the page's own colours.

/**
 * The plain style sheet. Every selector starts with an `ne-` class, so it cannot restyle the
 * page around it; fonts and colours come from the page. On paper, link addresses are written out.
 */
export const PLAIN_CSS = `.ne-base{line-height:var(--network-line-height,1.5);text-align:start;overflow-wrap:anywhere}
.ne-base *,.ne-base ::before,.ne-base ::after{box-sizing:border-box}
.ne-base :is(h2,h3,h4,h5,h6){margin:0 0 .5em;line-height:1.25;font-weight:700;color:var(--network-heading-color,inherit);hyphens:auto}
.ne-base p{margin:0 0 .75em}
.ne-base ul[role=list]{list-style:none;margin:0;padding:0}
.ne-base a{text-decoration:underline;text-underline-offset:.15em}
.ne-intro{margin-block-end:1.5em}
.ne-intro p{max-inline-size:var(--network-intro-max-width,48em)}
.ne-category+.ne-category{margin-block-start:2em}
.ne-base .ne-list,.ne-base .ne-contacts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--network-card-min-width,18em)),1fr));gap:var(--network-gap,1em)}
.ne-card,.ne-contact{height:100%;padding:var(--network-card-padding,1em 1.25em);border:1px solid var(--network-border-color,color-mix(in srgb,currentColor 30%,transparent));border-radius:var(--network-radius,.375em);background:var(--network-card-background,transparent)}
.ne-base .ne-card-heading{font-size:var(--network-card-heading-size,1.25em)}
.ne-short-name{font-weight:400}
.ne-facts{margin:0 0 .75em}
.ne-fact{display:flex;flex-wrap:wrap;column-gap:.5em}
.ne-fact-term{font-weight:700}
.ne-fact-term::after{content:":"}
.ne-base .ne-fact-value{margin:0}
.ne-fact:has(>.ne-fact-value+.ne-fact-value)>.ne-fact-value{flex-basis:100%;display:list-item;list-style:disc outside;margin-inline-start:1.25em}
.ne-fact+.ne-fact,.ne-links li+li{margin-block-start:.25em}
.ne-base address{font-style:normal;margin-block-end:.5em}
@media print{.ne-base a[href^=http]::after{content:" (" attr(href) ")"}}`;

// The markup comes from Lit's server renderer, which escapes `& < > " '` in every text and
// attribute value: a `<` is always a tag or a comment, and a `"` always ends a value. That is
// what lets the few rewrites below work on the string.
const START_TAG = /<([a-z][a-z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s=>/]+)(?:="([^"]*)")?/g;

/** One start tag with `part` as classes, and ids and references prefixed. */
function rewriteTag(name, attributes, selfClosing, extraClasses) {
  const attrs = [...attributes.matchAll(ATTRIBUTE)].map(([, key, value]) => [key, value]);
  const classes = [];
  const kept = [];
  for (const [key, value = ''] of attrs) {
    const tokens = value.split(/\s+/).filter(Boolean);
    if (key === 'part' || key === 'class') classes.push(...tokens.map((t) => `ne-${t}`));
    else if (key === 'id' || key === 'aria-labelledby' || key === 'aria-describedby')
      kept.push([key, tokens.map((t) => `ne-${t}`).join(' ')]);
    else kept.push([key, value]);
  }
  if (classes.some((c) => c === 'ne-base')) classes.push(...extraClasses);
  if (classes.length) kept.unshift(['class', classes.join(' ')]);
  const text = kept
    .map(([key, value]) => (value === '' && key !== 'class' ? ` ${key}` : ` ${key}="${value}"`))
    .join('');
  return `<${name}${text}${selfClosing ? ' /' : ''}>`;
}

/**
 * The plain HTML of an element's shadow content (render.mjs `shadowContent()`): no markers, no
 * live region (nothing will change on this page), classes instead of parts.
 */
export function toPlain(content, element) {
  return (
    content
      .replace(/<!--[\s\S]*?-->|<\?>/g, '')
      // Buttons (saving a contact) need the script.
      .replace(/<button[^>]*>[^<]*<\/button>/g, '')
      .replace(/<div part="status"[^>]*><\/div>/, '')
      .replace(START_TAG, (_, name, attributes, selfClosing) =>
        rewriteTag(name, attributes, selfClosing, [`ne-${element}`]),
      )
      .replace(/^\s+|\s+$/g, '')
      .replace(/\n\s+/g, '\n')
  );
}
