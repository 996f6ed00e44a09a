// Three pages: @lit/localize configured before the elements are imported, after, and the entries without the feed.
import { fileURLToPath, URL } from 'node:url';

export default {
  build: {
    rolldownOptions: {
      input: ['before', 'after', 'nodata'].map((page) => fileURLToPath(new URL(`${page}.html`, import.meta.url))),
    },
  },
};
