import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n/localize.js';
import type { Contact, NetworkFeed, Office } from '../generated/feed-types.js';
import { FeedElement } from './feed-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { contactStyles } from './contact-box.styles.js';
import { renderContact } from '../templates/contact.js';
import { heading, paragraph } from '../templates/parts.js';

/**
 * The office and its contacts: names, office, postal address, and the links the feed has
 * (e-mail, phone, the office page). Each contact has a button that saves it as a vCard 4.0 file
 * for address books, with what the feed states, in the element's language.
 *
 * @summary Whom to contact about the networks.
 *
 * @cssproperty [--network-card-min-width=18em] - Contact blocks are laid out in as many columns of at least this width as fit.
 * @cssproperty [--network-gap=1em] - Space between contact blocks.
 *
 * @csspart heading - The box's heading.
 * @csspart text - The sentence introducing the contacts.
 * @csspart contacts - The list of contacts.
 * @csspart contact - One contact.
 * @csspart address - A contact's postal address.
 * @csspart name - A contact's name.
 * @csspart save - The button that saves a contact as a vCard (shown once the element is live).
 */
export class ContactBox extends FeedElement {
  static override styles = [sharedStyles, contactStyles];
  static override properties = { contact: { reflect: true } };

  /** Shows only the contact with this id. */
  contact?: string;

  protected renderFeed(feed: NetworkFeed): TemplateResult {
    const locale = this.locale;
    const contacts = this.contact ? feed.contacts.filter((c) => c.id === this.contact) : feed.contacts;
    const byId = new Map(feed.offices?.map((o) => [o.id, o]));
    const save = msg('Save contact');
    return html`${heading(this.level, msg('Contact'))}
      ${feed.contactIntro ? paragraph(feed.contactIntro, locale) : nothing}
      ${
        contacts.length
          ? html`<ul part="contacts" role="list">
            ${contacts.map((c) => {
              const office = c.office ? byId.get(c.office) : undefined;
              // Named with whose contact it saves, the visible label first (WCAG 2.5.3).
              return html`<li part="contact">
                  ${renderContact(c, office, locale)}
                  <button part="save" type="button" aria-label="${save}: ${c.name}" @click=${() => this.#save(c, office)}>${save}</button>
                  ${
                    this.#unsaved === c
                      ? html`<p part="error" role="alert">${msg('Saving failed. Please try again later.')}</p>`
                      : nothing
                  }
                </li>`;
            })}
          </ul>`
          : this.contact
            ? this.renderMissing('contact', this.contact)
            : this.renderNotice(msg('This feed names no contacts.'))
      }`;
  }

  /** The contact whose vCard could not be saved, its writer failing to load: a message says so beside its button. */
  #unsaved?: Contact;

  /**
   * Saves the contact's vCard (src/vcard/save.ts), loading the writer on the first click (again
   * after a failure); the element renders again either way.
   */
  #save(c: Contact, office: Office | undefined) {
    this.parts.load('vcard', {
      use: (writer) => {
        this.#unsaved = undefined;
        writer.saveVcard(c, office, this.locale);
      },
      failed: () => (this.#unsaved = c),
    });
  }
}
