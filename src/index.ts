/** Registers `<network-list>`, `<network-card>` and `<contact-box>`, and exports their classes. */
import './network-list.js';
import './network-card.js';
import './contact-box.js';

export * from './classes.js';
