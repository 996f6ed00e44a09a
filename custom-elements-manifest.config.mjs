// @custom-elements-manifest/analyzer settings for `npm run manifest` (scripts/manifest.mjs), which
// writes custom-elements.json (the elements' public API, from the classes' JSDoc) and
// vscode.html-custom-data.json. tests/node/package.test.mjs fails when either is stale.

import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/** Which module registers which tag: the analyzer knows `customElements.define()`, not our `define()`. */
const definitions = [];

/** Registrations through src/define.ts: `define('network-list', NetworkList)`. */
function tagsFromDefineCalls() {
  return {
    name: 'network-elements:define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteral(tag) && ts.isIdentifier(element)) {
        definitions.push({ module: moduleDoc.path, tag: tag.text, className: element.text });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const { module, tag, className } of definitions) {
        const home = modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className));
        if (!home) throw new Error(`define('${tag}', ${className}): no class ${className} in the manifest`);
        const declaration = home.declarations.find((d) => d.name === className);
        Object.assign(declaration, { tagName: tag, customElement: true });
        const registering = modules.find((m) => m.path === module);
        registering.exports = [
          ...(registering.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } },
        ];
      }
    },
  };
}

/**
 * The public contract only: no private or protected members, and only the events the JSDoc
 * declares with `@fires` (the analyzer also guesses one from `new FeedLoadEvent(url, …)`).
 */
function publicApiOnly() {
  return {
    name: 'network-elements:public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
        }
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.description);
      }
    },
  };
}

/** Paths of the published files (`dist/elements/network-list.js`), not of the unpublished sources. */
function publishedPaths() {
  // `src/elements/x.ts`, and a superclass's module as the analyzer writes it, `/src/elements/x.js`.
  const toDist = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof v === 'string') value[key] = toDist(v);
        else visit(v);
      }
    }
  };
  return {
    name: 'network-elements:published-paths',
    packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest),
  };
}

/**
 * web-types.json for JetBrains IDEs (WebStorm, IntelliJ): the elements, attributes, events,
 * custom properties and parts, from the finished manifest. Written beside custom-elements.json
 * (scripts/manifest.mjs passes the folder); package.json's "web-types" points at it.
 */
const jetBrains = customElementJetBrainsPlugin({
  outdir: process.env.NETWORK_ELEMENTS_MANIFEST_OUTDIR ?? '.',
  webTypesFileName: 'web-types.json',
  packageJson: false,
  hideLogs: true,
});

export default {
  globs: ['src/elements/*.ts', 'src/network-list.ts', 'src/network-card.ts', 'src/contact-box.ts', 'src/events.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // The output directory is given on the command line; never rewrite package.json.
  packagejson: false,
  plugins: [tagsFromDefineCalls(), publicApiOnly(), publishedPaths(), jetBrains],
};
