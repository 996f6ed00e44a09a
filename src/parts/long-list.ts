/**
 * The long-list renderer (lists of more than 100 networks): renders their cards in batches, so
 * that the first screenful shows at once and no task grows with the feed.
 */
export { ChunkedList } from '../long-list/chunked-list.js';
