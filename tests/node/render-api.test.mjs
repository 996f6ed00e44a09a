// `import { render } from 'network-elements/render'` (scripts/render/index.mjs), as a Node script
// imports it through the package's exports: the server-rendered element, the plain HTML and the
// JSON-LD of the CLI, a feed of one's own as data or a file, and clear errors. The HTML itself is
// checked in depth by cli.test.mjs (same renderer).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const feed = JSON.parse(readFileSync(join(root, 'src/feed/networks.json'), 'utf8'));
// Through the package's own name and exports, as a user's script resolves it.
const { render } = await import('network-elements/render');

describe('render() for Node scripts', () => {
  test('importing it renders nothing and installs no DOM shim; the first call does', async () => {
    assert.equal(globalThis.customElements, undefined);
    const { html, warnings, plain, jsonLd } = await render();
    assert.match(html, /^<network-list lang="de"[^>]*><template [^>]*shadowrootmode="open">/);
    assert.match(html, new RegExp(feed.networks[0].name.de.replace(/[()]/g, '\\$&')));
    assert.doesNotMatch(html, /defer-hydration/, 'the bundled feed hydrates');
    assert.deepEqual(warnings, []);
    assert.equal(plain, undefined);
    assert.equal(jsonLd, undefined);
  });

  test('English contact box with plain HTML and JSON-LD', async () => {
    const contact = feed.contacts[0].id;
    const result = await render({ element: 'contact-box', lang: 'en', contact, plain: true, jsonLd: true });
    assert.match(result.html, new RegExp(`^<contact-box lang="en" contact="${contact}"`));
    assert.match(result.plain, /^<style>[\s\S]*<\/style>\n[\s\S]*class="ne-/);
    assert.doesNotMatch(result.plain, /<contact-box|<template/);
    assert.match(result.jsonLd, /^<script type="application\/ld\+json">[\s\S]*GovernmentOrganization/);
  });

  test('a feed of one’s own, as data or as a file: shown, marked defer-hydration', async () => {
    const own = JSON.parse(JSON.stringify(feed));
    own.networks[0].name = { de: 'Eigenes Netz', en: 'Own network' };
    const dir = mkdtempSync(join(tmpdir(), 'network-elements-render-'));
    try {
      writeFileSync(join(dir, 'feed.json'), JSON.stringify(own));
      for (const source of [own, join(dir, 'feed.json')]) {
        const { html } = await render({
          feed: source,
          lang: 'en',
          network: own.networks[0].id,
          element: 'network-card',
        });
        assert.match(html, /^<network-card [^>]*defer-hydration/);
        assert.match(html, /Own network/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an invalid feed, an unknown id or a wrong option: rejected with a clear message', async () => {
    await assert.rejects(render({ feed: { networks: 'none' } }), /the feed is not a valid network feed:\n {2}\S+/);
    await assert.rejects(render({ element: 'network-card', network: 'nope' }), /there is no network "nope"/);
    await assert.rejects(render({ element: 'network-card' }), /needs network/);
    await assert.rejects(render({ lang: 'fr' }), /lang must be de or en/);
  });
});
