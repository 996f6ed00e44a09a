// Checks the bundled feed (src/feed/networks.json) against its JSON Schema and against the
// text of the City of Heidelberg page it was written from (tests/fixtures/seed-page.txt, an
// exact copy of the seed text the project started from). Run with
// `node --test tests/node/feed-data.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

const feedText = read('src/feed/networks.json');
const feed = JSON.parse(feedText);
const schema = JSON.parse(read('src/feed/networks.schema.json'));
const pageText = read('tests/fixtures/seed-page.txt');

// Every URL the feed may contain. Copied from /work/shared/seed/FACTS.md (the facts checked
// against public sources for this feed); a URL not listed there must not be in the feed.
const ALLOWED_URLS = new Set([
  'https://www.heidelberg.de/HD/Rathaus/eu-netzwerke.html', // page address
  'https://www.heidelberg.de/HD/Rathaus/Europa+in+Heidelberg.html', // parent page
  'https://www.rgre.de', // RGRE / Deutsche Sektion
  'https://www.ccre.org', // CEMR, the European umbrella of the RGRE
  'https://www.staedtetag-bw.de', // Städtetag Baden-Württemberg
  'https://energy-cities.eu', // Energy Cities
  'https://www.climatealliance.org', // Klima-Bündnis, English site
  'https://www.klimabuendnis.org', // Klima-Bündnis, German site
  'https://www.eccar.info', // ECCAR
]);

const NETWORK_IDS = ['rgre', 'staedtetag-bw', 'energy-cities', 'klima-buendnis', 'eccar'];
const CATEGORY_IDS = ['cross-topic', 'topic-specific'];
const NETWORK_CATEGORY = {
  rgre: 'cross-topic',
  'staedtetag-bw': 'cross-topic',
  'energy-cities': 'topic-specific',
  'klima-buendnis': 'topic-specific',
  eccar: 'topic-specific',
};

/** Collapses every run of whitespace (including the page's no-break spaces) to one space. */
const normalise = (text) => text.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------
// Reading the page. The seed text is a sequence of blocks separated by blank lines. Some of
// them are the page's user-interface chrome, not content, and are not modelled in the feed:
//
// - "Bei Fragen wenden Sie sich bitte an:" (twice): the lead-in of the page's contact boxes,
//   kept once in the feed's `contactIntro` (checked in its own test). The block after it holds the contact
//   itself (name, office, "building, street", "postcode locality"); those lines are checked
//   against `contacts` and `offices` field by field (see the contact test), because names
//   and addresses are plain strings and structured fields in the format, not German texts.
// - "Zur Ämterseite" (twice): link text of the contact boxes. Its target is not confirmed
//   (FACTS.md), so the office has no `url`, and the words themselves are UI.
// - "mehr dazu": link text at the end of three network paragraphs. Its targets are not
//   confirmed either; the networks' official sites are in `website`. It is cut off the
//   paragraph before comparing, so it must not be in any description.
// - "×": the close button of the page's overlay.
//
// Every other block is either a heading (no sentence punctuation at its end) or a prose
// paragraph.
const CONTACT_PROMPT = 'Bei Fragen wenden Sie sich bitte an:';
const UI_WORDS = new Set(['Zur Ämterseite', 'mehr dazu', '×']);
const MORE_LINK = /\s*mehr dazu$/;

function parsePage(text) {
  const blocks = text
    .split(/\n[^\S\n]*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const contactBlocks = [];
  const sequence = []; // { kind: 'heading' | 'prose', text }
  for (let i = 0; i < blocks.length; i += 1) {
    const block = normalise(blocks[i]);
    if (block === CONTACT_PROMPT) {
      i += 1;
      contactBlocks.push(blocks[i].split('\n').map(normalise));
      continue;
    }
    if (UI_WORDS.has(block)) continue;
    const content = block.replace(MORE_LINK, '');
    sequence.push({ kind: /[.!?:]$/.test(content) ? 'prose' : 'heading', text: content });
  }
  return { contactBlocks, sequence };
}

// Splits a paragraph into sentences at ". ", "! " or "? " before a capital letter, except
// after the abbreviations used on the page ("Prof. Dr. Eckart Würzner"). Ordinals and
// thousands ("24. deutsches", "1.000") are followed by lower case or digits and stay intact.
const ABBREVIATIONS = ['Prof.', 'Dr.'];
function sentences(paragraph) {
  const out = [];
  for (const part of paragraph.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ])/)) {
    const previous = out.at(-1);
    if (previous !== undefined && ABBREVIATIONS.some((a) => previous === a || previous.endsWith(` ${a}`))) {
      out[out.length - 1] = `${previous} ${part}`;
    } else {
      out.push(part);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Walking the feed.

/** Calls visit(value, key, parent, path) for every value in the tree. */
function walk(value, visit, key = null, parent = null, path = '$') {
  visit(value, key, parent, path);
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, visit, i, value, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, visit, k, value, `${path}.${k}`);
  }
}

const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every German string of the feed: the `de` entry of every language map. */
function germanStrings(data) {
  const out = [];
  walk(data, (value) => {
    if (isPlainObject(value) && typeof value.de === 'string') out.push(value.de);
  });
  return out;
}

/** Every English string of the feed, with its path: the `en` entry of every language map. */
function englishStrings(data) {
  const out = [];
  walk(data, (value, _key, _parent, path) => {
    if (isPlainObject(value) && typeof value.en === 'string') out.push({ value: value.en, path: `${path}.en` });
  });
  return out;
}

function allStrings(data) {
  const out = [];
  walk(data, (value, _key, _parent, path) => {
    if (typeof value === 'string') out.push({ value, path });
  });
  return out;
}

const GERMAN_MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
/** 1800 -> "1.800", as the page writes numbers. */
const germanNumber = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function createAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const page = parsePage(pageText);

// ---------------------------------------------------------------------------------------------

test('the schema is a valid draft 2020-12 schema and compiles in strict mode', () => {
  const ajv = createAjv();
  assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors, null, 2));
  assert.doesNotThrow(() => ajv.compile(schema));
});

test('the feed is valid against its schema', () => {
  const validate = createAjv().compile(schema);
  const valid = validate(feed);
  assert.deepEqual(validate.errors ?? [], [], 'schema errors');
  assert.equal(valid, true);
});

test('the feed file is pretty-printed with 2 spaces, with UTF-8 characters and clean spacing', () => {
  assert.equal(feedText, `${JSON.stringify(feed, null, 2)}\n`, 'not formatted as JSON.stringify(feed, null, 2)');
  assert.doesNotMatch(feedText, /\\u[0-9a-fA-F]{4}/, 'contains \\u escapes');
  for (const { value, path } of allStrings(feed)) {
    assert.equal(value, value.trim(), `${path} has leading or trailing whitespace`);
    assert.doesNotMatch(value, /\s{2}|[^\S ]/, `${path} has a whitespace run or a non-space whitespace character`);
  }
});

test('top-level metadata', () => {
  assert.equal(feed.version, '1.0.0');
  assert.equal(feed.checked, '2026-11-26');
  assert.equal(feed.source, 'https://www.heidelberg.de/HD/Rathaus/eu-netzwerke.html');
});

test('every sentence of the page is word for word in a German string of the feed', () => {
  const german = germanStrings(feed).map(normalise);
  const prose = page.sequence.filter((block) => block.kind === 'prose');
  const all = prose.flatMap((block) => sentences(block.text));
  // 8 prose paragraphs (3 intro + 5 networks) with 22 sentences: guards the parser and the
  // splitter against silently degrading to fewer, larger pieces.
  assert.equal(prose.length, 8, 'prose paragraphs found on the page');
  assert.equal(all.length, 22, 'sentences found on the page');
  const missing = all.filter((sentence) => !german.some((text) => text.includes(sentence)));
  assert.deepEqual(missing, [], 'sentences of the page missing from the feed');
});

test('the page headings are the title, category names and network names, in page order', () => {
  const headings = page.sequence.filter((block) => block.kind === 'heading').map((block) => block.text);
  const expected = [feed.title.de];
  for (const category of feed.categories) {
    expected.push(category.name.de);
    for (const network of feed.networks.filter((n) => n.category === category.id)) expected.push(network.name.de);
  }
  assert.deepEqual(expected.map(normalise), headings);
});

test('title, intro, categories, names and descriptions rebuild the page text exactly', () => {
  // The reverse direction of the two tests above: nothing in these fields is invented, and
  // no link text ("mehr dazu") or paragraph is added, dropped, split or reordered.
  const expected = [{ kind: 'heading', text: feed.title.de }];
  for (const paragraph of feed.intro) expected.push({ kind: 'prose', text: paragraph.de });
  for (const category of feed.categories) {
    expected.push({ kind: 'heading', text: category.name.de });
    for (const network of feed.networks.filter((n) => n.category === category.id)) {
      expected.push({ kind: 'heading', text: network.name.de });
      for (const paragraph of network.description ?? []) expected.push({ kind: 'prose', text: paragraph.de });
    }
  }
  assert.deepEqual(
    expected.map((block) => ({ ...block, text: normalise(block.text) })),
    page.sequence,
  );
});

test('the contacts and their office match the page’s contact boxes', () => {
  assert.equal(feed.contacts.length, page.contactBlocks.length, 'number of contacts');
  page.contactBlocks.forEach((lines, i) => {
    const contact = feed.contacts[i];
    const office = feed.offices.find((o) => o.id === contact.office);
    assert.ok(office, `office of ${contact.id} exists`);
    const { building, street, postalCode, locality } = office.address;
    assert.deepEqual(
      [contact.name, office.name.de, `${building.de}, ${street}`, `${postalCode} ${locality}`].map(normalise),
      lines,
    );
  });
});

test('every German string has an English counterpart and vice versa', () => {
  const problems = [];
  walk(feed, (value, _key, _parent, path) => {
    if (!isPlainObject(value) || !('de' in value || 'en' in value)) return;
    for (const lang of ['de', 'en']) {
      if (typeof value[lang] !== 'string' || value[lang].trim() === '') problems.push(`${path}.${lang}`);
    }
  });
  assert.deepEqual(problems, [], 'language maps without both "de" and "en"');
});

test('ids are unique and references resolve; categories and networks are in page order', () => {
  for (const list of ['offices', 'contacts', 'categories', 'networks']) {
    const ids = feed[list].map((item) => item.id);
    assert.deepEqual(ids, [...new Set(ids)], `${list} ids are unique`);
  }
  assert.deepEqual(
    feed.categories.map((c) => c.id),
    CATEGORY_IDS,
  );
  assert.deepEqual(
    feed.networks.map((n) => n.id),
    NETWORK_IDS,
  );
  const categoryIds = new Set(feed.categories.map((c) => c.id));
  const officeIds = new Set(feed.offices.map((o) => o.id));
  for (const network of feed.networks) {
    assert.ok(categoryIds.has(network.category), `category of ${network.id} exists`);
    assert.equal(network.category, NETWORK_CATEGORY[network.id], `category of ${network.id}`);
  }
  for (const contact of feed.contacts) {
    assert.ok(officeIds.has(contact.office), `office of ${contact.id} exists`);
  }
  // The page lists all networks of a category under its heading: the feed's network order
  // must not interleave categories.
  const categoryOrder = feed.networks.map((n) => CATEGORY_IDS.indexOf(n.category));
  assert.deepEqual(
    categoryOrder,
    [...categoryOrder].sort((a, b) => a - b),
    'networks grouped by category in order',
  );
});

test('no e-mail, phone or office url, and every URL is one listed in FACTS.md', () => {
  const found = [];
  walk(feed, (_value, key, _parent, path) => {
    if (key === 'email' || key === 'phone') found.push(path);
  });
  assert.deepEqual(found, [], 'e-mail or phone fields (the page publishes none)');
  for (const office of feed.offices) {
    assert.equal('url' in office, false, `office ${office.id} has a url (target not confirmed)`);
  }
  const unlisted = allStrings(feed)
    .filter(({ value }) => /https?:|www\.|mailto:|tel:|@/i.test(value))
    .filter(({ value }) => !ALLOWED_URLS.has(value))
    .map(({ value, path }) => `${path}: ${value}`);
  assert.deepEqual(unlisted, [], 'URLs not listed in FACTS.md');
});

test('structured facts are stated in the network’s German text', () => {
  for (const network of feed.networks) {
    const text = normalise((network.description ?? []).map((p) => p.de).join(' '));
    for (const field of ['members', 'germanMembers', 'countries']) {
      const quantity = network[field];
      if (!quantity) continue;
      const number = escapeRegExp(germanNumber(quantity.value));
      // The number must stand alone ("30", not "300" or "1.030"), with the page's word for
      // the qualifier right before it and no qualifier word when the count is exact.
      const alone = `(?<![\\p{L}\\d.])${number}(?![\\d]|\\.\\d)`;
      const pattern = {
        over: new RegExp(`(?<!\\p{L})[üÜ]ber ${alone}`, 'u'),
        about: new RegExp(`(?<!\\p{L})[rR]und ${alone}`, 'u'),
        exact: new RegExp(`(?<!(?:über|Über|rund|Rund) )${alone}`, 'u'),
      }[quantity.qualifier ?? 'exact'];
      assert.match(text, pattern, `${network.id}.${field}`);
    }
    const dates = [network.founded, ...(network.roles ?? []).flatMap((r) => [r.from, r.to, r.year])];
    for (const date of dates.filter(Boolean)) {
      const [year, month] = date.split('-');
      const words = month ? `${GERMAN_MONTHS[Number(month) - 1]} ${year}` : year;
      assert.match(text, new RegExp(`\\b${words}\\b`), `${network.id}: ${date}`);
    }
  }
});

test("the contact lead-in sentence is the feed's contactIntro, word for word", () => {
  assert.equal(feed.contactIntro?.de, CONTACT_PROMPT);
  assert.ok(feed.contactIntro?.en, 'contactIntro has an English translation');
});

// The English texts are this project's translation (FACTS.md: the page has no English version),
// written to the standards of an English-language publication.
test('English text is typeset: curly apostrophes and quotes, dashes not hyphens, one (British) spelling', () => {
  const problems = [];
  for (const { value, path } of englishStrings(feed)) {
    if (value.includes("'")) problems.push(`${path}: a straight apostrophe (write ’)`);
    if (value.includes('"')) problems.push(`${path}: straight quotation marks (write “ ”)`);
    if (/\s-+\s/.test(value)) problems.push(`${path}: a hyphen as a dash (write –)`);
    const american = /\b(\w*organiz\w*|percent|center|color\w*|favor\w*)\b/i.exec(value);
    if (american) problems.push(`${path}: American spelling “${american[0]}” (the feed writes British English)`);
  }
  assert.deepEqual(problems, []);
});

test('short names agree with the text: an abbreviation a description introduces is the short name in that language', () => {
  const problems = [];
  for (const network of feed.networks) {
    for (const [lang, other] of [
      ['de', 'en'],
      ['en', 'de'],
    ]) {
      const short = network.shortName?.[lang];
      const description = (network.description ?? []).map((p) => p[lang]).join(' ');
      // "… Council of European Municipalities and Regions (CEMR) …": the card is headed and its
      // website link named by the short name, so they must match.
      for (const [, abbreviation] of description.matchAll(/\(([A-Z]{2,})\)/g))
        if (abbreviation !== short)
          problems.push(`${network.id}.${lang}: the text says (${abbreviation}), the short name is ${short ?? 'none'}`);
      // The other language's short name, where it differs, is not used in this language's name,
      // description and roles (link labels may name other organisations).
      const otherShort = network.shortName?.[other];
      const own = [network.name[lang], description, ...(network.roles ?? []).map((r) => r.role[lang])].join(' ');
      if (otherShort && otherShort !== short && new RegExp(`\\b${otherShort}\\b`).test(own))
        problems.push(`${network.id}.${lang}: uses ${otherShort}, the ${other} short name, not ${short}`);
    }
  }
  assert.deepEqual(problems, []);
});
