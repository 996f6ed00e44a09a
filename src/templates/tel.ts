/**
 * `tel:` wants the number without spaces and punctuation. A module of its own, so that the vCard
 * writer, loaded on its own in the script-tag builds (src/parts/), does not bring Lit along.
 */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+\d]/g, '')}`;
