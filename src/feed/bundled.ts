import type { NetworkFeed } from '../generated/feed-types.js';
import data from './networks.json';

/**
 * The City of Heidelberg's feed, bundled so that the elements render without a request.
 * It is checked against the schema and the source page by the tests, not at runtime.
 */
export const bundledFeed = data as NetworkFeed;
