/** The query parameters that keep a search (`searchable`) in the page's address. */
export const QUERY = 'network-search';
export const CATEGORY = 'network-category';

/**
 * Keeps a search in the page's address, replacing the entry (never adding to the history). Only
 * the two parameters are edited in the query text: the page's own ones and the fragment stay
 * exactly as written (URLSearchParams would rewrite `?flag` as `?flag=` and `%20` as `+`).
 */
export function keepInAddress(query: string, category: string): void {
  const params = location.search
    .slice(1)
    .split('&')
    .filter((p) => p && ![QUERY, CATEGORY].includes(p.split('=')[0]));
  if (query) params.push(`${QUERY}=${encodeURIComponent(query)}`);
  if (category) params.push(`${CATEGORY}=${encodeURIComponent(category)}`);
  const q = params.length ? `?${params.join('&')}` : '';
  try {
    if (q !== location.search) history.replaceState(history.state, '', location.pathname + q + location.hash);
  } catch {
    // A document whose address cannot change (about:srcdoc, as in some CMS previews).
  }
}
