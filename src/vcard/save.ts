import type { Contact, Office } from '../generated/feed-types.js';
import type { Locale } from '../i18n/localize.js';
import { vcard, vcardFileName } from './vcard.js';

/**
 * Downloads a contact's vCard: a Blob behind a temporary link that is never in the DOM. What
 * "Save contact" in `<contact-box>` loads on the first click (src/parts/).
 */
export function saveVcard(c: Contact, office: Office | undefined, locale: Locale) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([vcard(c, office, locale)], { type: 'text/vcard;charset=utf-8' }));
  a.download = vcardFileName(c.name);
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href));
}
