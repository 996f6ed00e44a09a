// `npx network-elements render` (bin/network-elements.mjs), run as users run it, against the
// built dist/ (`npm test` builds first). Its output is read with a real HTML parser (parse5):
// the elements with declarative shadow DOM in both languages, --plain, --json-ld, feeds from a
// file and from a server, and the errors (bad feed, unknown id, usage), which must be one clear
// message and exit code 1, never a stack trace. The browser side of the same output (it shows
// without a script, hydrates, prints) is tests/browser/ssr.test.ts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseFragment } from 'parse5';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'bin/network-elements.mjs');
const feed = JSON.parse(readFileSync(join(root, 'src/feed/networks.json'), 'utf8'));

/** Runs the CLI; resolves with its exit code and output. */
function run(...args) {
  return new Promise((resolve) =>
    execFile(process.execPath, [cli, ...args], { cwd: root, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

// --- a small DOM walk over parse5's tree ---------------------------------------------------
const children = (node) => [...(node.childNodes ?? []), ...(node.content ? node.content.childNodes : [])];
function all(node, test, out = []) {
  for (const child of children(node)) {
    if (child.tagName && test(child)) out.push(child);
    all(child, test, out);
  }
  return out;
}
const byTag = (node, ...tags) => all(node, (n) => tags.includes(n.tagName));
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const text = (node) =>
  node.nodeName === '#text'
    ? node.value
    : node.tagName === 'br'
      ? ' '
      : children(node).map(text).join('').replace(/\s+/g, ' ').trim();
const texts = (node, ...tags) => byTag(node, ...tags).map(text);
const comments = (node, out = []) => {
  for (const child of children(node)) {
    if (child.nodeName === '#comment') out.push(child.data);
    comments(child, out);
  }
  return out;
};

/** The CLI's output as a document fragment, after checking the run went well. */
async function rendered(...args) {
  const result = await run('render', ...args);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stderr, '');
  return { ...result, tree: parseFragment(result.stdout) };
}

/** The one element of a server-rendered output, and its shadow root's content (the template's). */
function element(tree, tag) {
  const [el] = byTag(tree, tag);
  assert.ok(el, `<${tag}> in the output`);
  const templates = el.childNodes.filter((n) => n.tagName === 'template');
  assert.equal(templates.length, 1, 'one declarative shadow root');
  assert.equal(attr(templates[0], 'shadowrootmode'), 'open');
  return { el, shadow: templates[0].content };
}

function assertNoStack(stderr) {
  assert.doesNotMatch(stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
  assert.match(stderr, /^network-elements: /);
}

const names = (lang) => Object.fromEntries(feed.networks.map((n) => [n.id, n.name[lang]]));

let dir;
let server;
let origin;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'network-elements-cli-'));
  // A partner feed (the bundled one cut to its topic-specific networks) and hostile variants.
  const partner = {
    ...feed,
    categories: feed.categories.filter((c) => c.id === 'topic-specific'),
    networks: feed.networks.filter((n) => n.category === 'topic-specific'),
  };
  writeFileSync(join(dir, 'partner.json'), JSON.stringify(partner));
  const hostile = JSON.parse(JSON.stringify(partner));
  hostile.networks[0].name.en = 'Evil </script><script>alert(1)</script> <img src=x onerror=alert(2)>';
  hostile.networks[0].description = [{ en: '<!-- --> & "quoted" <b>bold</b>' }];
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(hostile));
  const big = {
    ...partner,
    networks: Array.from({ length: 45 }, (_, i) => ({
      ...partner.networks[0],
      id: `network-${i}`,
      name: { en: `Network ${i}` },
    })),
  };
  writeFileSync(join(dir, 'big.json'), JSON.stringify(big));
  const bad = JSON.parse(JSON.stringify(feed));
  bad.networks[1].id = 'Not An Id';
  delete bad.networks[2].name;
  bad.contacts = 'nobody';
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
  writeFileSync(join(dir, 'not-json.json'), '<!doctype html><title>Not a feed</title>');
  server = createServer((req, res) => {
    if (req.url === '/partner.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(partner));
    } else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  server?.close();
});

describe('render: server-rendered elements (declarative shadow DOM)', { concurrency: true }, () => {
  test('default: <network-list> in German from the bundled feed, with the hint to load the hydrating bundle', async () => {
    const { tree } = await rendered();
    const { el, shadow } = element(tree, 'network-list');
    assert.equal(attr(el, 'lang'), 'de');
    assert.equal(attr(el, 'defer-hydration'), undefined, 'the bundled feed hydrates');
    assert.equal(attr(el, 'src'), undefined);
    assert.deepEqual(texts(shadow, 'h2'), ['Themenübergreifende Netzwerke', 'Themenspezifische Netzwerke']);
    assert.equal(byTag(shadow, 'article').length, feed.networks.length);
    const headings = texts(shadow, 'h3');
    for (const name of Object.values(names('de')))
      assert.ok(
        headings.some((h) => h.startsWith(name)),
        name,
      );
    assert.ok(texts(shadow, 'dt').includes('Mitglieder in Deutschland'));
    assert.ok(byTag(shadow, 'style').length === 1, 'the element’s styles');
    assert.ok(
      comments(tree).some((c) => /network-elements\.ssr\.js/.test(c)),
      'the comment names the hydrating bundle',
    );
    assert.ok(
      comments(shadow).some((c) => c.startsWith('lit-part')),
      'Lit’s hydration markers',
    );
    assert.equal(byTag(tree, 'script').length, 0);
  });

  test('--lang en: English interface and feed texts; the same structure', async () => {
    const { tree } = await rendered('--lang', 'en');
    const { el, shadow } = element(tree, 'network-list');
    assert.equal(attr(el, 'lang'), 'en');
    assert.equal(
      attr(
        byTag(shadow, 'div').find((d) => attr(d, 'part') === 'base'),
        'lang',
      ),
      'en',
    );
    assert.deepEqual(texts(shadow, 'h2'), ['Cross-topic networks', 'Topic-specific networks']);
    const headings = texts(shadow, 'h3');
    for (const name of Object.values(names('en')))
      assert.ok(
        headings.some((h) => h.startsWith(name)),
        name,
      );
    assert.ok(texts(shadow, 'dt').includes('Members in Germany'));
    assert.ok(texts(shadow, 'a').includes('CEMR – website'));
  });

  for (const [lang, term, heading] of [
    ['de', 'Gegründet', 'Europäische Städtekoalition gegen Rassismus und Diskriminierung (ECCAR)'],
    ['en', 'Founded', 'European Coalition of Cities Against Racism (ECCAR)'],
  ]) {
    test(`--element network-card --network eccar --heading-level 4 --lang ${lang}`, async () => {
      const { tree } = await rendered(
        '--element',
        'network-card',
        '--network',
        'eccar',
        '--heading-level',
        '4',
        '--lang',
        lang,
      );
      const { el, shadow } = element(tree, 'network-card');
      assert.equal(attr(el, 'network'), 'eccar');
      assert.equal(attr(el, 'heading-level'), '4');
      assert.deepEqual(texts(shadow, 'h4'), [heading]);
      assert.deepEqual(texts(shadow, 'h2', 'h3'), []);
      assert.ok(texts(shadow, 'dt').includes(term));
      assert.ok(byTag(shadow, 'a').some((a) => attr(a, 'href') === 'https://www.eccar.info'));
    });
  }

  for (const [lang, heading, office] of [
    ['de', 'Kontakt', 'Referat des Oberbürgermeisters, Internationales und Europa'],
    ['en', 'Contact', 'Office of the Mayor, International Affairs and Europe'],
  ]) {
    test(`--element contact-box --lang ${lang}: the office's address`, async () => {
      const { shadow } = element((await rendered('--element', 'contact-box', '--lang', lang)).tree, 'contact-box');
      assert.deepEqual(texts(shadow, 'h2'), [heading]);
      const addresses = texts(shadow, 'address');
      assert.equal(addresses.length, feed.contacts.length);
      assert.ok(addresses[0].startsWith('Anna Seitz'));
      assert.ok(addresses[0].includes(office) && addresses[0].includes('Marktplatz 10 69117 Heidelberg'), addresses[0]);
    });
  }

  test('--contact: only that contact', async () => {
    const { shadow } = element(
      (await rendered('--element', 'contact-box', '--contact', 'lisa-guethermann')).tree,
      'contact-box',
    );
    assert.deepEqual(texts(shadow, 'strong'), ['Lisa Güthermann']);
  });

  test('--feed FILE: that feed, marked defer-hydration (the script would not show it the same way)', async () => {
    const { tree } = await rendered('--feed', join(dir, 'partner.json'), '--lang', 'en');
    const { el, shadow } = element(tree, 'network-list');
    assert.equal(attr(el, 'defer-hydration'), '');
    assert.equal(attr(el, 'src'), undefined);
    assert.deepEqual(texts(shadow, 'h2'), ['Topic-specific networks']);
    assert.equal(byTag(shadow, 'article').length, 3);
  });

  test('--feed URL: loaded from the server; the element gets it as src', async () => {
    const { tree } = await rendered('--feed', `${origin}/partner.json`, '--lang', 'en');
    const { el, shadow } = element(tree, 'network-list');
    assert.equal(attr(el, 'src'), `${origin}/partner.json`);
    assert.equal(attr(el, 'defer-hydration'), '');
    assert.deepEqual(texts(shadow, 'h2'), ['Topic-specific networks']);
  });

  test('a long feed is rendered whole (the browser renders long lists in chunks, the server in one pass)', async () => {
    const { shadow } = element((await rendered('--feed', join(dir, 'big.json'), '--lang', 'en')).tree, 'network-list');
    assert.equal(byTag(shadow, 'article').length, 45);
    assert.equal(texts(shadow, 'h3').at(-1), 'Network 44');
  });

  test('feed text stays text: no element, attribute or script end comes from the feed', async () => {
    for (const args of [[], ['--plain'], ['--json-ld']]) {
      const { stdout, tree } = await rendered('--feed', join(dir, 'hostile.json'), '--lang', 'en', ...args);
      assert.equal(byTag(tree, 'img', 'b').length, 0, `${args}: no element from the feed`);
      assert.equal(all(tree, (n) => n.attrs?.some((a) => a.name === 'onerror')).length, 0);
      const scripts = byTag(tree, 'script');
      assert.equal(scripts.length, args[0] === '--json-ld' ? 1 : 0, `${args}: scripts`);
      assert.ok(stdout.includes('Evil') && !stdout.includes('</script><script>'), `${args}: escaped`);
    }
  });
});

describe('render --plain', { concurrency: true }, () => {
  for (const [lang, heading] of [
    ['de', 'Themenübergreifende Netzwerke'],
    ['en', 'Cross-topic networks'],
  ]) {
    test(`<network-list> as plain HTML (${lang}): semantic markup, classes, a scoped style, no custom element or script`, async () => {
      const { tree } = await rendered('--plain', '--lang', lang);
      assert.deepEqual(
        all(tree, (n) => n.tagName.includes('-') || ['template', 'script', 'slot', 'button'].includes(n.tagName)),
        [],
      );
      assert.equal(all(tree, (n) => n.attrs.some((a) => a.name === 'part')).length, 0, 'parts became classes');
      const [base] = all(tree, (n) => attr(n, 'class')?.split(' ').includes('ne-base'));
      assert.equal(attr(base, 'lang'), lang);
      assert.match(attr(base, 'class'), /\bne-network-list\b/);
      assert.equal(texts(base, 'h2')[0], heading);
      const sections = byTag(base, 'section');
      assert.equal(sections.length, 2);
      assert.equal(byTag(base, 'article').length, feed.networks.length);
      for (const article of byTag(base, 'article')) {
        const [h] = byTag(article, 'h3');
        assert.equal(attr(article, 'aria-labelledby'), attr(h, 'id'), 'the card is labelled by its heading');
        assert.match(attr(h, 'id'), /^ne-network-/);
      }
      assert.ok(byTag(base, 'dl').length && byTag(base, 'li').length);
      assert.equal(all(tree, (n) => attr(n, 'role') === 'status').length, 0, 'no live region on a static page');
      // The style sheet: every rule's selectors start with an ne- class.
      const [style] = byTag(tree, 'style');
      const css = text(style)
        .replace(/@media[^{]+\{/g, '')
        .replace(/\{[^}]*\}/g, '\n')
        .replace(/\}/g, '');
      // Split at the commas between selectors, not those inside :is(…).
      const selectors = css
        .split(/\n|,(?![^(]*\))/)
        .map((s) => s.trim())
        .filter(Boolean);
      assert.ok(selectors.length > 15);
      for (const s of selectors) assert.match(s, /^\.ne-[a-z-]+/, `scoped selector: ${s}`);
    });
  }

  test('<contact-box> and <network-card> as plain HTML', async () => {
    const box = (await rendered('--plain', '--element', 'contact-box', '--lang', 'en')).tree;
    assert.deepEqual(texts(box, 'h2'), ['Contact']);
    assert.equal(byTag(box, 'address').length, 2);
    assert.ok(texts(box, 'address')[1].includes('Town Hall, Marktplatz 10 69117 Heidelberg'));
    const card = (await rendered('--plain', '--element', 'network-card', '--network', 'klima-buendnis')).tree;
    assert.deepEqual(texts(card, 'h2'), ['Klima-Bündnis']);
    assert.ok(byTag(card, 'a').some((a) => attr(a, 'href') === 'https://www.klimabuendnis.org'));
  });

  test('sizes follow the text (em), never the page’s root font size (rem): in --plain and in the elements’ styles', async () => {
    for (const args of [
      ['--plain'],
      [],
      ['--element', 'contact-box'],
      ['--element', 'network-card', '--network', 'eccar'],
    ]) {
      const styles = byTag((await rendered(...args)).tree, 'style').map(text);
      assert.ok(styles.length > 0, `${args.join(' ')}: a style`);
      for (const css of styles) assert.doesNotMatch(css, /[\d.]rem\b/, `${args.join(' ') || 'render'}: a size in rem`);
    }
  });

  test('a whole page with the plain output is valid HTML that parses without errors', async () => {
    const { stdout } = await rendered('--plain', '--json-ld');
    const errors = [];
    parse(`<!doctype html><html lang="de"><head><title>t</title></head><body>${stdout}</body></html>`, {
      onParseError: (e) => errors.push(e.code),
    });
    assert.deepEqual(errors, []);
  });
});

describe('render --json-ld', { concurrency: true }, () => {
  /** The JSON-LD block of an output, parsed. */
  async function jsonLd(...args) {
    const { tree } = await rendered('--json-ld', ...args);
    const scripts = byTag(tree, 'script');
    assert.equal(scripts.length, 1);
    assert.equal(attr(scripts[0], 'type'), 'application/ld+json');
    return JSON.parse(text(scripts[0]));
  }

  test('a GovernmentOrganization with its address and contact points, and an ItemList of the networks', async () => {
    const data = await jsonLd('--lang', 'en');
    assert.equal(data['@context'], 'https://schema.org');
    assert.deepEqual(
      data['@graph'].map((n) => n['@type']),
      ['GovernmentOrganization', 'ItemList'],
    );
    const [office, list] = data['@graph'];
    assert.equal(office.name, 'Office of the Mayor, International Affairs and Europe');
    assert.deepEqual(office.address, {
      '@type': 'PostalAddress',
      streetAddress: 'Marktplatz 10',
      postalCode: '69117',
      addressLocality: 'Heidelberg',
      addressCountry: 'DE',
    });
    // Only what the feed has: the contacts have names, no e-mail or phone, and none is invented.
    assert.deepEqual(office.contactPoint, [
      { '@type': 'ContactPoint', name: 'Anna Seitz' },
      { '@type': 'ContactPoint', name: 'Lisa Güthermann' },
    ]);
    assert.equal(office.email, undefined);
    assert.equal(office.telephone, undefined);
    assert.equal(list.name, 'European Networks');
    assert.equal(list.numberOfItems, 5);
    assert.deepEqual(
      list.itemListElement.map((i) => i.position),
      [1, 2, 3, 4, 5],
    );
    const items = list.itemListElement.map((i) => i.item);
    assert.ok(
      items.every((o) => o['@type'] === 'Organization' && o.name && o.url?.startsWith('https://') && o.description),
    );
    const eccar = items.find((o) => o.url === 'https://www.eccar.info');
    assert.equal(eccar.name, 'European Coalition of Cities Against Racism');
    assert.equal(eccar.alternateName, 'ECCAR');
    assert.equal(eccar.foundingDate, '2004');
    const rgre = items.find((o) => o.url === 'https://www.rgre.de');
    assert.equal(rgre.alternateName, 'CEMR');
    assert.equal(
      items.find((o) => o.name === 'Energy Cities').alternateName,
      undefined,
      'no short name where the feed has none',
    );
  });

  test('in German with --lang de, after the element', async () => {
    const { stdout, tree } = await rendered('--json-ld', '--element', 'contact-box');
    assert.ok(stdout.indexOf('<contact-box') < stdout.indexOf('application/ld+json'));
    const data = JSON.parse(text(byTag(tree, 'script')[0]));
    assert.equal(data['@graph'][0].name, 'Referat des Oberbürgermeisters, Internationales und Europa');
    assert.equal(data['@graph'][1].name, 'Europäische Netzwerke');
    assert.equal(data['@graph'][1].itemListElement[0].item.alternateName, 'RGRE');
  });

  test('< > & in feed texts are JSON escapes: the text cannot end the script element, and parses back', async () => {
    const { stdout, tree } = await rendered(
      '--json-ld',
      '--feed',
      join(dir, 'hostile.json'),
      '--lang',
      'en',
      '--plain',
    );
    const block = stdout.slice(stdout.indexOf('<script type="application/ld+json">'));
    assert.equal((block.match(/<\/script>/g) ?? []).length, 1, 'one end tag: the block’s own');
    assert.ok(block.includes('\\u003c/script\\u003e'));
    const data = JSON.parse(text(byTag(tree, 'script')[0]));
    const item = data['@graph'].at(-1).itemListElement[0].item;
    assert.equal(item.name, 'Evil </script><script>alert(1)</script> <img src=x onerror=alert(2)>');
    assert.equal(item.description, '<!-- --> & "quoted" <b>bold</b>');
  });
});

describe('render: errors and help', { concurrency: true }, () => {
  test('--help prints the usage and exits 0', async () => {
    for (const args of [['--help'], ['render', '-h']]) {
      const { code, stdout, stderr } = await run(...args);
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.match(stdout, /^Usage: network-elements render \[options\]/);
      assert.match(stdout, /^ +network-elements validate <file-or-url>/m, 'the other command');
      for (const option of [
        '--element',
        '--lang',
        '--feed',
        '--network',
        '--contact',
        '--heading-level',
        '--plain',
        '--json-ld',
      ]) {
        assert.ok(stdout.includes(option), option);
      }
    }
  });

  test('an invalid feed file: exit 1, each problem as “path: reason”, nothing on stdout', async () => {
    const { code, stdout, stderr } = await run('render', '--feed', join(dir, 'bad.json'));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assertNoStack(stderr);
    assert.match(stderr, /is not a valid network feed:/);
    assert.match(stderr, /^ {2}networks\[1\]\.id: must be written like “energy-cities”$/m);
    assert.match(stderr, /^ {2}networks\[2\]\.name: is missing$/m);
    assert.match(stderr, /^ {2}contacts: must be a list$/m);
  });

  for (const [name, args, message] of [
    ['a feed that is not JSON', () => ['--feed', join(dir, 'not-json.json')], /is not JSON/],
    [
      'a missing feed file',
      () => ['--feed', join(dir, 'missing.json')],
      /cannot read the feed file .*missing\.json: no such file/,
    ],
    [
      'a feed address that answers 404',
      () => ['--feed', `${origin}/missing.json`],
      /cannot load the feed .*missing\.json: HTTP 404/,
    ],
    [
      'an unknown network',
      () => ['--element', 'network-card', '--network', 'nope'],
      /there is no network "nope" in the feed\. Its networks: rgre, /,
    ],
    [
      'an unknown contact',
      () => ['--element', 'contact-box', '--contact', 'nobody'],
      /there is no contact "nobody" in the feed\. Its contacts: anna-seitz, lisa-guethermann/,
    ],
    ['a card without --network', () => ['--element', 'network-card'], /network-card needs --network ID/],
    [
      'an unknown element',
      () => ['--element', 'network-map'],
      /--element must be one of network-list, network-card, contact-box/,
    ],
    ['an unknown language', () => ['--lang', 'fr'], /--lang must be de or en/],
    ['a heading level out of range', () => ['--heading-level', '7'], /--heading-level must be a number from 2 to 6/],
    ['an unknown option', () => ['--colour', 'red'], /Unknown option '--colour'/],
  ]) {
    test(`${name}: a clear message, exit 1`, async () => {
      const { code, stdout, stderr } = await run('render', ...args());
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assertNoStack(stderr);
      assert.match(stderr, message);
    });
  }

  test('no command or an unknown one: the usage, exit 1', async () => {
    for (const args of [[], ['draw']]) {
      const { code, stderr } = await run(...args);
      assert.equal(code, 1);
      assertNoStack(stderr);
      assert.match(stderr, /the commands are "render" and "validate"/);
      assert.match(stderr, /Usage: network-elements render/);
    }
  });
});
