/**
 * The schema.org builder (`structured-data`): keeps an element's JSON-LD in its light DOM.
 */
export { keepStructuredData } from '../structured-data/element.js';
