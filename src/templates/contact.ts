import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localize.js';
import type { Address, Contact, Office } from '../generated/feed-types.js';
import type { Locale } from '../i18n/localize.js';
import { pick, pickUrl } from '../i18n/text.js';
import { text } from './parts.js';
import { link } from './link.js';
import { telHref } from './tel.js';

/**
 * "Rathaus, Marktplatz 10" / "69117 Heidelberg". Each blank stands between two values inside a
 * template: the literal minifier of the script-tag bundles drops blanks at a template's edges.
 */
function address(a: Address, locale: Locale): TemplateResult {
  return html`${a.building ? html`${text(a.building, locale)}, ${a.street}` : a.street}<br>${a.postalCode} ${a.locality}`;
}

/**
 * A mailto: link to `email`, whose `%`, `?`, `#`, `&` and `/` are written as escapes: a valid
 * address may hold them; unescaped, the first four would start the link's headers
 * (`?bcc=…&body=…`), and a leading `//` would make an address that no browser can parse
 * (`mailto://a.|/b@c.de`, found by the fuzz test).
 */
const mailto = (email: string) => `mailto:${email.replace(/[%?#&/]/g, encodeURIComponent)}`;

/**
 * One contact as a postal address block: name, office, address, and the links the feed has
 * (e-mail, phone, the office page). Nothing is shown that the feed does not state.
 */
export function renderContact(c: Contact, office: Office | undefined, locale: Locale): TemplateResult {
  const email = c.email ?? office?.email;
  const phone = c.phone ?? office?.phone;
  const page = office?.url && pickUrl(office.url, locale);
  const officeName = office && pick(office.name, locale).value;
  return html`<address part="address">
      <strong part="name">${c.name}</strong>${c.role ? html`<br>${text(c.role, locale)}` : nothing}
      ${office ? html`<br>${text(office.name, locale)}` : nothing}
      ${office?.address ? html`<br>${address(office.address, locale)}` : nothing}
    </address>
    ${
      email || phone || page
        ? html`<ul part="links" role="list">
          ${email ? link(mailto(email), msg(str`E-mail to ${c.name}: ${email}`)) : nothing}
          ${phone ? link(telHref(phone), msg(str`Call ${c.name}: ${phone}`)) : nothing}
          ${page ? link(page.value, msg(str`${officeName} – office page`), page.lang) : nothing}
        </ul>`
        : nothing
    }`;
}
