/**
 * Fuzzing with fast-check: random feeds — shaped like the schema and then mutated (fields dropped,
 * wrong types, huge and hostile strings), and plain garbage — go into all three elements through
 * their public properties. The property: nothing throws, nothing active reaches the shadow DOM,
 * and each element shows either content or an accessible message (a non-empty status or notice).
 *
 * `npm test` runs 1,000 cases per property; `npm run fuzz` runs 100,000 (FUZZ_RUNS, read by the
 * test server: tests/server/security.mjs). A failure prints fast-check's seed and shrunk
 * counterexample; FUZZ_SEED replays a seed.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import fc from 'fast-check';
import '../../src/index.js';
import type { ContactBox, NetworkCard, NetworkList } from '../../src/index.js';
import { ODD_EMAILS, TEXT_PAYLOADS, URL_PAYLOADS, installScriptSpy } from '../fixtures/xss-payloads.js';
import { expectInert } from '../fixtures/security-helpers.js';
import { recordWarnings } from './elements-helpers.js';

const settings = (await (await fetch('/__security/fuzz.json')).json()) as { runs: number; seed?: number };
const RUNS = settings.runs;

// ---- feed-shaped values -------------------------------------------------------------------------
// Valid in form, hostile in content: markup in every text, unsafe addresses (which validation
// drops with a warning), odd e-mail addresses and phone numbers. The mutations below break them.

const hostile = fc.constantFrom(...TEXT_PAYLOADS);
const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') },
  { weight: 3, arbitrary: hostile },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '') },
  { weight: 1, arbitrary: fc.constantFrom('𝔘'.repeat(250), 'x'.repeat(500), '\u200b', 'Ä\u0308') },
);
const localized = fc.dictionary(fc.constantFrom('de', 'en', 'fr', 'de-CH', 'zh-Hant'), text, {
  minKeys: 1,
  maxKeys: 3,
});
const url = fc.oneof(
  fc.constantFrom('https://example.org/', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/'),
  fc.constantFrom(...URL_PAYLOADS),
  fc.webUrl(),
  fc.string(),
);
const localizedUrl = fc.oneof(url, fc.dictionary(fc.constantFrom('de', 'en'), url, { minKeys: 1, maxKeys: 2 }));
const ID_POOL = ['a', 'b', 'c-d', 'x1', 'energy-cities'];
const id = fc.constantFrom(...ID_POOL);
const yearMonth = fc.constantFrom('2020', '1999-05', '2024-12');
const quantity = fc.record(
  { value: fc.nat({ max: 1e9 }), qualifier: fc.constantFrom('over', 'about') },
  { requiredKeys: ['value'] },
);
const email = fc.oneof(fc.constantFrom('office@example.org', ...ODD_EMAILS), fc.emailAddress(), fc.string(), hostile);
const phone = fc.oneof(fc.constantFrom('+49 6221 58-0', '06221 5810'), fc.string(), hostile);

const network = (categories: string[]) =>
  fc.record(
    {
      id,
      category: categories.length ? fc.constantFrom(...categories) : id,
      name: localized,
      shortName: localized,
      description: fc.array(localized, { maxLength: 2 }),
      website: localizedUrl,
      links: fc.array(fc.record({ url: localizedUrl, label: localized }), { maxLength: 2 }),
      members: quantity,
      germanMembers: quantity,
      countries: quantity,
      founded: yearMonth,
      roles: fc.array(
        fc.record({ role: localized, from: yearMonth, to: yearMonth, year: yearMonth }, { requiredKeys: ['role'] }),
        {
          maxLength: 2,
        },
      ),
    },
    { requiredKeys: ['id', 'category', 'name'] },
  );
const address = fc.record(
  {
    building: localized,
    street: text,
    postalCode: fc.constantFrom('69117', 'D-69117', '<b>1</b>'),
    locality: text,
    country: fc.constant('DE'),
  },
  { requiredKeys: ['street', 'postalCode', 'locality'] },
);
const office = fc.record(
  { id, name: localized, address, url: localizedUrl, email, phone },
  { requiredKeys: ['id', 'name'] },
);
const contact = (offices: string[]) =>
  fc.record(
    {
      id,
      name: text,
      role: localized,
      ...(offices.length ? { office: fc.constantFrom(...offices) } : {}),
      email,
      phone,
    },
    { requiredKeys: ['id', 'name'] },
  );
const category = fc.record({ id, name: localized, description: localized }, { requiredKeys: ['id', 'name'] });
const byId = { selector: (x: { id: string }) => x.id };

const feed = fc
  .record({
    categories: fc.uniqueArray(category, { ...byId, maxLength: 3 }),
    offices: fc.option(fc.uniqueArray(office, { ...byId, maxLength: 2 }), { nil: undefined }),
  })
  .chain(({ categories, offices }) =>
    fc.record(
      {
        version: fc.constantFrom('1.0', '1.4.2'),
        checked: fc.constant('2026-01-01'),
        source: url,
        title: localized,
        intro: fc.array(localized, { maxLength: 2 }),
        contactIntro: localized,
        offices: fc.constant(offices),
        contacts: fc.uniqueArray(contact((offices ?? []).map((o) => o.id)), { ...byId, maxLength: 3 }),
        categories: fc.constant(categories),
        networks: categories.length
          ? fc.uniqueArray(network(categories.map((c) => c.id)), { ...byId, maxLength: 4 })
          : fc.constant([]),
      },
      { requiredKeys: ['version', 'checked', 'categories', 'networks', 'contacts'] },
    ),
  )
  .map((f) => (f.offices === undefined ? (delete f.offices, f) : f));

// ---- mutations --------------------------------------------------------------------------------

const huge = fc.constantFrom('x'.repeat(20001), '𝔘'.repeat(12000), ' '.repeat(5000), '<b>'.repeat(7000));
const wrong = fc.oneof(
  fc.anything({
    maxDepth: 2,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  huge,
  hostile,
  fc.constantFrom(null, undefined, NaN, -1, 1e21, [], {}, '', ' ', true, '2.0', 'A', '2020-13', 'de-', '__proto__'),
);
const mutation = fc.record({ at: fc.nat(), drop: fc.boolean(), value: wrong });
type Mutation = { at: number; drop: boolean; value: unknown };

/** Every [container, key] in a plain JSON-like value. */
function slots(value: unknown, out: [Record<string | number, unknown>, string | number][] = []) {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value as Record<string, unknown>, Array.isArray(value) ? Number(key) : key]);
      slots((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

/** A copy of `base` with each mutation applied at one of its fields or entries. */
function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(base);
  for (const m of mutations) {
    const all = slots(copy);
    if (!all.length) break;
    const [container, key] = all[m.at % all.length];
    try {
      if (m.drop && Array.isArray(container)) container.splice(key as number, 1);
      else if (m.drop) delete container[key];
      else container[key] = m.value;
    } catch {
      // A read-only slot inside an earlier mutation's value (a typed array, a boxed string): leave it.
    }
  }
  return copy;
}

/** Half the time untouched, else one to three mutations. */
const mutations = fc.oneof(fc.constant([]), fc.array(mutation, { minLength: 1, maxLength: 3 }));
const mutatedFeed = fc.tuple(feed, mutations).map(([f, m]) => mutate(f, m));
const mutatedNetwork = fc.tuple(network(['a']), mutations).map(([n, m]) => mutate(n, m));

/** Anything at all, JSON text included. */
const garbage = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  fc.json(),
  fc.jsonValue(),
  fc.string(),
);

// ---- the property -----------------------------------------------------------------------------

interface Elements {
  list: NetworkList;
  cardById: NetworkCard;
  cardByObject: NetworkCard;
  box: ContactBox;
}

let els: Elements;
let container: HTMLElement;
const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(String(e.message));
const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
const tally = { content: 0, message: 0 };

/** The text of every status region and notice in the element. */
function messages(el: Element): string {
  return [...el.shadowRoot!.querySelectorAll('[role="status"], [part="notice"]')]
    .map((s) => s.textContent!.trim())
    .join(' ');
}

/** Shows `data` in all three elements and checks the property. */
async function check(data: unknown, network: unknown, language: string) {
  errors.length = 0;
  const { list, cardById, cardByObject, box } = els;
  for (const el of [list, cardById, cardByObject, box]) el.lang = language;
  list.feed = data as typeof list.feed;
  box.feed = data as typeof box.feed;
  cardById.feed = data as typeof cardById.feed;
  cardByObject.network = network as NetworkCard['network'];
  for (const el of [list, cardById, cardByObject, box]) {
    try {
      await el.updateComplete;
    } catch (e) {
      errors.push(`${el.localName} update threw: ${e}`);
    }
  }
  expect(errors, 'uncaught errors').to.deep.equal([]);
  for (const el of [list, cardById, cardByObject, box]) {
    const content = el.shadowRoot!.querySelector('article, address, section');
    const message = messages(el);
    if (content) tally.content++;
    else if (message) tally.message++;
    expect(Boolean(content) || message !== '', `${el.localName} shows content or a message`).to.be.true;
  }
  expectInert(container);
}

describe(`fuzzing (${RUNS} runs per property)`, function () {
  // 1,000 runs take seconds; 100,000 take minutes.
  this.timeout(Math.max(60_000, RUNS * 60));
  let spy: ReturnType<typeof installScriptSpy>;
  // Each invalid case tells the console (for webmasters): thousands of warnings, kept out of the log.
  let warnings: ReturnType<typeof recordWarnings>;

  before(async () => {
    spy = installScriptSpy();
    warnings = recordWarnings();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    container = document.createElement('div');
    document.body.append(container);
    render(
      html`<network-list intro></network-list><network-card network="a"></network-card><network-card></network-card
        ><contact-box></contact-box>`,
      container,
    );
    const [list, cardById, cardByObject, box] = [...container.children] as never[];
    els = { list, cardById, cardByObject, box };
  });

  after(() => {
    spy.restore();
    warnings.stop();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    container.remove();
    console.log(
      `fuzz: ${RUNS} runs per property; element renders with content ${tally.content}, with a message only ${tally.message}`,
    );
  });

  afterEach(() => {
    expect(spy.calls, 'script calls').to.deep.equal([]);
    // Only the library's own warnings: nothing from the data is run or reported elsewhere.
    expect(warnings.take().filter((w) => !w.startsWith('network-elements: '))).to.deep.equal([]);
  });

  const params = () => ({
    numRuns: RUNS,
    includeErrorInReport: true,
    ...(settings.seed === undefined ? {} : { seed: settings.seed }),
  });

  it('feed-shaped, mutated feeds and networks', async () => {
    const before = { ...tally };
    await fc.assert(
      fc.asyncProperty(mutatedFeed, mutatedNetwork, fc.constantFrom('de', 'en', 'fr'), (data, network, language) =>
        check(data, network, language),
      ),
      params(),
    );
    // The arbitraries reach both outcomes: a fuzzer that only ever makes invalid feeds finds little.
    expect(tally.content - before.content, 'renders with content').to.be.greaterThan(RUNS / 2);
    expect(tally.message - before.message, 'renders with a message').to.be.greaterThan(RUNS / 10);
  });

  it('garbage: any value, JSON text', async () => {
    await fc.assert(
      fc.asyncProperty(garbage, garbage, (data, network) => check(data, network, 'de')),
      params(),
    );
  });

  it('hostile objects: throwing getters, proxies, cycles, huge lists', async () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get');
        },
        ownKeys: () => {
          throw new Error('keys');
        },
        has: () => {
          throw new Error('has');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('descriptor');
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const cyclic: Record<string, unknown> = { version: '1.0', checked: '2026-01-01', contacts: [], categories: [] };
    cyclic.networks = [cyclic];
    cyclic.intro = [cyclic];
    const getter = {
      version: '1.0',
      checked: '2026-01-01',
      contacts: [],
      categories: [],
      get networks(): unknown {
        throw new Error('networks');
      },
    };
    const many = {
      version: '1.0',
      checked: '2026-01-01',
      contacts: [],
      categories: [],
      networks: new Array(100_001).fill({}),
    };
    const deep: Record<string, unknown> = {};
    let d = deep;
    for (let i = 0; i < 10_000; i++) d = (d.name = {}) as Record<string, unknown>;
    for (const value of [
      throwing,
      revocable.proxy,
      cyclic,
      getter,
      many,
      deep,
      Object.create(null),
      Symbol('s'),
      () => {},
      10n,
    ]) {
      await check(value, value, 'en');
    }
  });
});
