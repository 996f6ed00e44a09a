import type { Network } from '../generated/feed-types.js';

/** Networks per chunk: the unit Lit keeps or renders again. */
export const CHUNK = 20;
/** Networks in a run's first batch: more than a large screen shows. */
export const FIRST_BATCH = 100;

/**
 * Whether a list is long: longer than a first batch. Its cards then render in batches (the
 * long-list part, src/long-list/chunked-list.ts) and are laid out only near the screen
 * (network-list.styles.ts).
 */
export const isLong = (total: number) => total > FIRST_BATCH;

/**
 * The groups' cards in chunks of CHUNK, up to `limit` networks: a short list whole, and what a
 * long one shows before the long-list part is here (then its first batch: the same chunks, which
 * the part takes over as they are).
 */
export function firstChunks(groups: Network[][], card: (n: Network) => unknown, limit = Infinity): unknown[][] {
  const out: unknown[][] = [];
  let budget = limit;
  let stopped = false;
  for (const networks of groups) {
    const chunks: unknown[] = [];
    for (let start = 0; start < networks.length && !stopped; start += CHUNK) {
      if (budget > 0) {
        budget -= Math.min(CHUNK, networks.length - start);
        chunks.push(networks.slice(start, start + CHUNK).map(card));
      } else stopped = true;
    }
    // A group the budget does not reach is left out.
    if (stopped && !chunks.length) break;
    out.push(chunks);
  }
  return out;
}
