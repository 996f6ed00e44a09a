// `npm run manifest`: custom-elements.json from the classes' JSDoc (@custom-elements-manifest/
// analyzer, settings in custom-elements-manifest.config.mjs), then vscode.html-custom-data.json
// from it, so that editors complete the tags and their attributes, and web-types.json for
// JetBrains IDEs (custom-element-jet-brains-integration, an analyzer plugin). Both are committed;
// tests/node/package.test.mjs regenerates them into a temporary folder and fails when they differ.
// Usage: node scripts/manifest.mjs [output folder, default: the repository root]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? '.');
/** Attribute values the manifest's types do not spell out: heading levels are numbers (or their text). */
const KNOWN_VALUES = { 'heading-level': ['2', '3', '4', '5', '6'] };
// The analyzer joins --outdir to the working directory, so it must be relative.
execFileSync(
  process.execPath,
  [
    'node_modules/@custom-elements-manifest/analyzer/cem.js',
    'analyze',
    '--litelement',
    '--quiet',
    '--config',
    'custom-elements-manifest.config.mjs',
    '--outdir',
    relative(process.cwd(), out) || '.',
  ],
  // web-types.json (the JetBrains plugin in the config) goes to the same folder.
  { stdio: 'inherit', env: { ...process.env, NETWORK_ELEMENTS_MANIFEST_OUTDIR: relative(process.cwd(), out) || '.' } },
);

const manifest = JSON.parse(readFileSync(`${out}/custom-elements.json`, 'utf8'));
writeFileSync(`${out}/vscode.html-custom-data.json`, `${JSON.stringify(vscodeData(manifest), null, 2)}\n`);

/** VS Code's HTML custom data (version 1.1) for every custom element in the manifest. */
function vscodeData(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  return {
    version: 1.1,
    tags: elements.map((d) => ({
      name: d.tagName,
      description: [
        d.summary,
        d.description,
        d.events?.length && `Events: ${d.events.map((e) => `\`${e.name}\``).join(', ')}.`,
        `Theming: custom properties ${d.cssProperties?.map((p) => `\`${p.name}\``).join(', ')}; parts ${d.cssParts?.map((p) => `\`${p.name}\``).join(', ')}.`,
      ]
        .filter(Boolean)
        .join('\n\n'),
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        description: a.description ?? '',
        ...values(a.type?.text, a.name),
      })),
    })),
  };
}

/**
 * Completions for an attribute's value: VS Code's boolean value set ("v": present or absent) for
 * a boolean, the literals of a union of strings (`'local' | undefined`: `local`), known values.
 */
function values(type = '', name = '') {
  if (KNOWN_VALUES[name]) return { values: KNOWN_VALUES[name].map((v) => ({ name: v })) };
  const parts = type
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== 'undefined');
  if (parts.length === 1 && parts[0] === 'boolean') return { valueSet: 'v' };
  if (parts.length && parts.every((t) => /^'[^']*'$|^"[^"]*"$/.test(t))) {
    return { values: parts.map((t) => ({ name: t.slice(1, -1) })) };
  }
  return {};
}
