// The runtime validator (src/feed/validate.ts, built to dist/) against handcrafted bad and good
// feeds (tests/fixtures/bad-feeds.mjs), each also checked with the JSON Schema through Ajv, so the
// hand-written validator and the schema are held together. `npm test` builds dist/ first; alone:
// `npm run build && node --test tests/node/validate.test.mjs`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SUPPORTED_MAJOR, validateFeed, validateNetwork } from '../../dist/feed/validate.js';
import {
  BAD_FEEDS,
  GOOD_FEEDS,
  dropped,
  edit,
  error,
  feedWithUnknownFields,
  goodFeed,
  nested,
} from '../fixtures/bad-feeds.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const schema = JSON.parse(read('src/feed/networks.schema.json'));
// Without allErrors Ajv stops at the first error: whether it rejects is all that is asked here.
const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
const schemaValidate = ajv.compile(schema);
const schemaNetwork = ajv.getSchema(`${schema.$id}#/$defs/Network`);

/** The codes of the `ProblemCode` type, read from the built declaration. */
const declared = read('dist/feed/validate.d.ts').replace(/\/\*[\s\S]*?\*\//g, '');
const PROBLEM_CODES = [.../type ProblemCode =([^;]*);/.exec(declared)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);

/** Runs the validator, which must not throw. */
function check(validate, data) {
  let result;
  assert.doesNotThrow(() => (result = validate(data)));
  return result;
}

function assertSchema(verdict, data) {
  if (verdict === 'skip') return;
  const valid = schemaValidate(data);
  if (verdict === 'reject') assert.equal(valid, false, 'the JSON Schema rejects it too');
  else assert.deepEqual(schemaValidate.errors ?? [], [], 'the JSON Schema accepts it (a rule it cannot express)');
}

describe('bad feeds', () => {
  test('there are at least 30 of them, and together they meet every problem code', () => {
    assert.ok(BAD_FEEDS.length >= 30, `${BAD_FEEDS.length} bad feeds`);
    assert.equal(PROBLEM_CODES.length, 14, `codes read from dist/feed/validate.d.ts: ${PROBLEM_CODES}`);
    const met = new Set(BAD_FEEDS.flatMap((c) => c.problems.map((p) => p.code)));
    assert.deepEqual([...met].sort(), [...PROBLEM_CODES].sort());
  });

  for (const c of BAD_FEEDS) {
    test(c.name, () => {
      const data = c.data();
      const result = check(validateFeed, data);
      assert.deepEqual(result.problems, c.problems);
      if (c.problems.every((p) => p.severity === 'warning')) {
        // Warnings drop one field; everything else loads.
        assert.ok(c.value, 'a case with warnings only says what loads');
        assert.deepEqual(result.value, edit(c.value));
      } else {
        assert.equal(c.value, undefined, 'a case with errors loads nothing');
        assert.equal('value' in result, false, 'an error rejects the feed');
      }
      assertSchema(c.schema, data);
    });
  }
});

describe('good feeds', () => {
  for (const c of GOOD_FEEDS) {
    test(c.name, () => {
      const data = c.data();
      const result = check(validateFeed, data);
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.value, data);
      assertSchema('accept', data);
    });
  }

  test('the bundled Heidelberg feed loads unchanged, without problems', () => {
    const feed = JSON.parse(read('src/feed/networks.json'));
    const result = check(validateFeed, feed);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.value, feed);
  });

  test('unknown fields at every level (one 10,000 deep, one of 5 MB) load and are left out of the copy', () => {
    const data = feedWithUnknownFields();
    const result = check(validateFeed, data);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.value, goodFeed());
    assertSchema('accept', data);
  });

  test('the checked copy is a fresh copy: changing the input later changes nothing', () => {
    const data = goodFeed();
    const { value } = validateFeed(data);
    assert.notEqual(value, data);
    assert.notEqual(value.networks, data.networks);
    assert.notEqual(value.networks[0].name, data.networks[0].name);
    data.networks[0].name.de = 'changed';
    data.networks.pop();
    assert.deepEqual(value, goodFeed());
  });

  test(`a feed of major version ${SUPPORTED_MAJOR} with any minor version loads`, () => {
    assert.equal(SUPPORTED_MAJOR, 1);
    for (const version of ['1.0', '1.0.0', '1.9999.9999', '01.2']) {
      assert.deepEqual(validateFeed(edit((f) => (f.version = version))).problems, [], version);
    }
  });

  test('a feed with several problems reports every one, in feed order', () => {
    // Several kinds of problem at once: every one is reported, in feed order.
    const data = edit((f) => {
      f.checked = '2026-02-30';
      f.networks[0].id = 'beta';
      f.networks[2].category = 'nature';
      f.networks[3].website = 'javascript:alert(1)';
      f.contacts[0].office = 'mayor';
    });
    assert.deepEqual(validateFeed(data).problems, [
      error('checked', 'format', '2026-11-26'),
      error('networks[1].id', 'duplicate', 'beta'),
      error('networks[2].category', 'unknown-category', 'nature'),
      dropped('networks[3].website', 'https://…'),
      error('contacts[0].office', 'unknown-office', 'mayor'),
    ]);
  });
});

describe('validateNetwork (a network given to <network-card> as an object)', () => {
  const network = () => goodFeed().networks[0];

  test('a good network loads, with unknown fields left out', () => {
    const result = check(validateNetwork, { ...network(), extra: nested(10000, 'x') });
    assert.deepEqual(result, { value: network(), problems: [] });
    assert.equal(schemaNetwork(network()), true);
  });

  test('its category is not looked up: there is no feed to look in', () => {
    assert.deepEqual(check(validateNetwork, { ...network(), category: 'anything' }).problems, []);
  });

  const cases = [
    ['null', null, [error('', 'object')]],
    ['a list', [network()], [error('', 'object')]],
    ['a string', 'alpha', [error('', 'object')]],
    ['an empty object', {}, ['id', 'category', 'name'].map((p) => error(p, 'required'))],
    ['a name that is a plain text', { ...network(), name: 'Alpha' }, [error('name', 'object')]],
    ['a bad id', { ...network(), id: 'Alpha' }, [error('id', 'format', 'energy-cities')]],
    [
      'a bad role date',
      { ...network(), roles: [{ role: { en: 'Chair' }, from: '2008-00' }] },
      [error('roles[0].from', 'format', '2008-05')],
    ],
  ];
  for (const [name, data, problems] of cases) {
    test(name, () => {
      const result = check(validateNetwork, data);
      assert.deepEqual(result, { problems });
      assert.equal(schemaNetwork(data), false, 'the JSON Schema rejects it too');
    });
  }

  test('a hostile website is dropped with a warning, and the network still loads', () => {
    const result = check(validateNetwork, { ...network(), website: 'JaVaScRiPt:alert(1)' });
    assert.deepEqual(result.problems, [dropped('website', 'https://…')]);
    const expected = network();
    delete expected.website;
    assert.deepEqual(result.value, expected);
  });
});
