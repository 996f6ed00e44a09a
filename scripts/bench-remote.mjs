// The remote case of `npm run bench`: from navigation to the first card of a 1,000-network feed
// from `src` (bench/pages/remote.html), with the script-tag bundle, against a floor that has the
// remote part from the start (modulepreload beside the bundle), on the bench server as it is and
// with a round-trip time emulated over the DevTools protocol. Each load is a fresh browser
// context (empty HTTP cache); the variants alternate within each round, in turn first.
import { summary, ratioCi } from './bench-stats.mjs';

/**
 * `variants`: name → query of remote.html (`preload`, `cdn=/other/`). Returns per latency each
 * variant's times (ms from navigation): the first card, the start of the feed's request, the end
 * of the remote part's response, and each variant's ratio to the first variant.
 */
export async function remoteTimes(browser, origin, { rounds, latencies = [0, 150], variants }) {
  const names = Object.keys(variants);
  const out = {};
  for (const latency of latencies) {
    const raw = Object.fromEntries(names.map((n) => [n, []]));
    for (let i = 0; i < rounds; i++) {
      const order = names.map((_, k) => names[(i + k) % names.length]);
      for (const name of order) raw[name].push(await loadOnce(browser, origin, variants[name], latency));
    }
    const base = raw[names[0]].map((r) => r.firstCard);
    out[latency] = Object.fromEntries(
      names.map((name) => {
        const rows = raw[name];
        const pick = (k) => summary(rows.map((r) => r[k]).filter((v) => v !== undefined));
        const { ratio, ci } = ratioCi(
          rows.map((r) => r.firstCard),
          base,
        );
        return [
          name,
          {
            firstCardMs: pick('firstCard'),
            feedRequestStartMs: pick('feedStart'),
            feedResponseEndMs: pick('feedEnd'),
            remotePartEndMs: pick('partEnd'),
            toFirst: { ratio: +ratio.toFixed(3), ci: ci.map((x) => +x.toFixed(3)) },
            cards: rows[0].cards,
          },
        ];
      }),
    );
  }
  return out;
}

async function loadOnce(browser, origin, query, latency) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    if (latency) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    await page.goto(`${origin}/pages/remote.html${query ? `?${query}` : ''}`);
    await page.waitForFunction(() => window.__cards !== undefined, null, { timeout: 30_000 });
    const r = await page.evaluate(() => {
      const entry = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name));
      return {
        firstCard: performance.getEntriesByName('first-card')[0].startTime,
        feedStart: entry(/feed-1000\.json/)?.startTime,
        feedEnd: entry(/feed-1000\.json/)?.responseEnd,
        partEnd: entry(/network-elements\.remote\.js/)?.responseEnd,
        cards: window.__cards,
      };
    });
    if (!r.cards) throw new Error('remote: no cards');
    return r;
  } finally {
    await context.close();
  }
}
