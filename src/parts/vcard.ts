/**
 * The vCard writer ("Save contact"): downloads a contact's vCard 4.0 file.
 */
export { saveVcard } from '../vcard/save.js';
