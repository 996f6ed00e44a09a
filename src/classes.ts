/**
 * The element classes and their data types, without registering any tag: for subclassing and
 * scoped registries.
 */
export { NetworkList } from './elements/network-list.js';
export { NetworkCard } from './elements/network-card.js';
export { ContactBox } from './elements/contact-box.js';
export { FeedElement } from './elements/feed-element.js';
export { FeedLoadEvent, FeedErrorEvent } from './events.js';
export type { FeedErrorKind } from './feed/errors.js';
export {
  validateFeed,
  validateNetwork,
  SUPPORTED_MAJOR,
  type Problem,
  type ProblemCode,
  type ValidationResult,
} from './feed/validate.js';
export { bundledFeed } from './feed/bundled.js';
export { VERSION } from './define.js';
export type * from './generated/feed-types.js';
