/**
 * The entry of the script-tag bundles network-elements.js, .iife.js and .nodata.js
 * (scripts/build.mjs): registers the three elements and exports what src/index.ts does, except
 * the validator (`validateFeed`, `validateNetwork`, `SUPPORTED_MAJOR`). There it is a part loaded
 * on first use (src/parts/), which an export would bring back into the bundle; a page that wants
 * it imports network-elements.validate.js, beside the bundle, which exports them.
 */
// The bundled feed first: text of its own, which in the middle of the bundle would part the
// code that shares words beyond gzip's 32 KB window (about 100 bytes more, gzipped).
import './feed/bundled.js';
import './network-list.js';
import './network-card.js';
import './contact-box.js';

export {
  NetworkList,
  NetworkCard,
  ContactBox,
  FeedElement,
  FeedLoadEvent,
  FeedErrorEvent,
  bundledFeed,
  VERSION,
} from './classes.js';
