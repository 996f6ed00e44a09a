/** Registers `<contact-box>`. */
import { ContactBox } from './elements/contact-box.js';
import { define } from './define.js';

define('contact-box', ContactBox);

export { ContactBox };

declare global {
  interface HTMLElementTagNameMap {
    'contact-box': ContactBox;
  }
}
