// Long lists keep what is on screen between renders and leave chunks already right alone
// (src/elements/network-list.ts, `noChange`). Random sequences of what a page may do to a long
// list — change its language, category or heading level, replace its feed, give it invalid data
// and then a feed again — must always end in what a fresh list would show: every network of the
// category in order, each in the list's language and at its heading level.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { NetworkList } from '../../src/index.js';
import { bundledFeed } from '../../src/feed/bundled.js';

type Feed = typeof bundledFeed;

/** `count` networks made from the bundled feed's, with ids and names tagged. */
function longFeed(count: number, tag: string): Feed {
  const base = structuredClone(bundledFeed);
  const networks = Array.from({ length: count }, (_, i) => {
    const n = structuredClone(base.networks[i % base.networks.length]);
    n.id = `${tag}${i + 1}-${n.id}`;
    return n;
  });
  return { ...base, networks };
}

const FEEDS = { a: longFeed(260, 'a'), b: longFeed(140, 'b'), invalid: { version: '1.0.0' } };

type Op =
  | { lang: 'de' | 'en' }
  | { category: '' | 'cross-topic' | 'topic-specific' }
  | { level: 2 | 3 }
  | { feed: keyof typeof FEEDS }
  /** Invalid data for a moment (an error, no list), then the same feed object again. */
  | { blip: true };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ lang: fc.constantFrom('de' as const, 'en' as const) }),
  fc.record({ category: fc.constantFrom('' as const, 'cross-topic' as const, 'topic-specific' as const) }),
  fc.record({ level: fc.constantFrom(2 as const, 3 as const) }),
  fc.record({ feed: fc.constantFrom('a' as const, 'b' as const, 'invalid' as const) }),
  fc.record({ blip: fc.constant(true as const) }),
);

/** What a fresh list shows for this state: card ids in display order, or null for the error. */
function expected(feed: keyof typeof FEEDS, category: string): string[] | null {
  if (feed === 'invalid') return null;
  const f = FEEDS[feed];
  return f.categories
    .filter((c) => !category || c.id === category)
    .flatMap((c) => f.networks.filter((n) => n.category === c.id).map((n) => `network-${n.id}`));
}

describe('<network-list> with a long feed, after any sequence of changes', () => {
  afterEach(() => document.querySelectorAll('network-list').forEach((el) => el.remove()));

  it('shows what a fresh list would: every network, in order, in its language and heading level', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 2, maxLength: 6 }), async (ops) => {
        document.querySelectorAll('network-list').forEach((el) => el.remove());
        const el = document.createElement('network-list') as NetworkList;
        const state = { lang: 'de', category: '', level: 2, feed: 'a' as keyof typeof FEEDS };
        el.lang = state.lang;
        el.feed = FEEDS.a;
        document.body.append(el);
        for (const o of ops) {
          if ('lang' in o) el.lang = state.lang = o.lang;
          if ('category' in o) el.category = state.category = o.category;
          if ('level' in o) el.headingLevel = state.level = o.level;
          if ('feed' in o) el.feed = FEEDS[(state.feed = o.feed)] as typeof el.feed;
          if ('blip' in o) {
            el.feed = FEEDS.invalid as typeof el.feed;
            await el.updateComplete;
            el.feed = FEEDS[state.feed] as typeof el.feed;
          }
          // Sometimes the next change comes while batches are still on their way.
          if (ops.indexOf(o) % 2) await el.updateComplete;
        }
        await el.updateComplete;
        const root = el.shadowRoot!;
        const want = expected(state.feed, state.category);
        if (!want) {
          // The failure, in the list's language: the sentence for readers, then the cause and each problem.
          const lines = [...root.querySelectorAll('[part="error"] :is(p, li)')].map((n) =>
            n.textContent!.replace(/\s+/g, ' ').trim(),
          );
          const [plain, invalid, missing] =
            state.lang === 'de'
              ? [
                  'Diese Informationen enthalten Fehler und können nicht angezeigt werden.',
                  'Die Daten sind kein gültiger Netzwerk-Feed.',
                  'fehlt',
                ]
              : [
                  'This information contains errors and cannot be shown.',
                  'The data is not a valid network feed.',
                  'is missing',
                ];
          expect(lines, 'the failure').to.deep.equal([
            plain,
            invalid,
            ...['checked', 'categories', 'networks', 'contacts'].map((field) => `${field}: ${missing}`),
          ]);
          expect(root.querySelectorAll('article')).to.have.length(0);
          return;
        }
        const headings = [...root.querySelectorAll<HTMLElement>('[part="card-heading"]')];
        expect(headings.map((h) => h.id)).to.deep.equal(want);
        // Categories one level below the top, cards one below them.
        expect(new Set(headings.map((h) => h.localName))).to.deep.equal(new Set([`h${state.level + 1}`]));
        // Every card in the list's language: its website link says so.
        const suffix = state.lang === 'de' ? ' – Website' : ' – website';
        const links = [...root.querySelectorAll('article [part="link"]:first-of-type')].filter((a) =>
          a.textContent!.includes(' – '),
        );
        expect(links.length, 'each card’s website link').to.equal(want.length);
        expect(links.filter((a) => !a.textContent!.endsWith(suffix)).map((a) => a.textContent)).to.deep.equal([]);
      }),
      { numRuns: 40 },
    );
  });
});
