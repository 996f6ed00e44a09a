import type { Contact, LocalizedText, Office } from '../generated/feed-types.js';
import type { Locale } from '../i18n/localize.js';
import { pick, pickUrl } from '../i18n/text.js';
import { isWebUrl } from '../feed/web-url.js';
import { telHref } from '../templates/tel.js';

/**
 * A text value (RFC 6350 3.4): `\`, `,` and line breaks escaped, and in the fields of compound
 * properties (N, ORG, ADR) `;` too; other control characters, which vCard does not allow, dropped.
 */
const esc = (s = '', compound = false) =>
  s.replace(/\r\n?|[\\,;]|(?!\t)\p{Cc}/gu, (c) =>
    c === ';' && !compound ? c : /[\\,;]/.test(c) ? `\\${c}` : /[\r\n]/.test(c) ? '\\n' : '',
  );
const field = (s?: string) => esc(s, true);

/** CR LF, spelled so that the minifier cannot put a line break into the bundle (tests/node/bundle.test.mjs counts its lines). */
const CRLF = JSON.parse('"\\r\\n"') as string;

/**
 * A content line folded after 75 octets of UTF-8 (RFC 6350 3.2), each continuation starting with
 * a space; a character is never split across lines.
 */
function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const c = ch.codePointAt(0)!;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return out;
}

/**
 * A contact as a vCard 4.0 (RFC 6350), texts in `locale`: the name (FN; N with the last word as
 * the family name), the office (ORG), the role (TITLE), the office's address (ADR), and e-mail,
 * phone and the office page where the feed has them and they are safe, as the contact box shows
 * them. Nothing the feed does not state. Lines end in CRLF.
 */
export function vcard(c: Contact, office: Office | undefined, locale: Locale): string {
  const t = (value?: LocalizedText) => value && pick(value, locale).value;
  const email = c.email ?? office?.email;
  const phone = c.phone ?? office?.phone;
  const tel = phone && telHref(phone);
  const page = office?.url && pickUrl(office.url, locale).value;
  const a = office?.address;
  const [, given, family] = /^(.*?)\s*(\S*)$/s.exec(c.name.trim())!;
  return `${[
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${esc(c.name.trim())}`,
    `N:${field(family)};${field(given)};;;`,
    office && `ORG:${field(t(office.name))}`,
    c.role && `TITLE:${esc(t(c.role))}`,
    // The building and the street are two lines of the street address.
    a &&
      `ADR;TYPE=work:;;${[t(a.building), a.street].filter(Boolean).map(field).join()};${field(a.locality)};;${field(a.postalCode)};${field(a.country)}`,
    // E-mail and phone are checked by the feed's validation, as for the contact box's links.
    email && `EMAIL;TYPE=work:${esc(email)}`,
    // telHref keeps only + and digits: a tel: URI by construction, if it has a digit at all.
    tel && /\d/.test(tel) && `TEL;VALUE=uri;TYPE=work:${tel}`,
    page && isWebUrl(page) && `URL:${page}`,
    'END:VCARD',
  ]
    .filter(Boolean)
    .map((line) => fold(line as string))
    .join(CRLF)}${CRLF}`;
}

/** A file name for a contact's vCard: the name's letters and digits, the rest as hyphens. */
export const vcardFileName = (name: string) => `${name.replace(/[^\p{L}\p{N}]+/gu, '-')}.vcf`;
