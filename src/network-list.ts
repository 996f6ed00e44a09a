/** Registers `<network-list>`. */
import { NetworkList } from './elements/network-list.js';
import { define } from './define.js';

define('network-list', NetworkList);

export { NetworkList };

declare global {
  interface HTMLElementTagNameMap {
    'network-list': NetworkList;
  }
}
