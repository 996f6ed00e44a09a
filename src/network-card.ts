/** Registers `<network-card>`. */
import { NetworkCard } from './elements/network-card.js';
import { define } from './define.js';

define('network-card', NetworkCard);

export { NetworkCard };

declare global {
  interface HTMLElementTagNameMap {
    'network-card': NetworkCard;
  }
}
