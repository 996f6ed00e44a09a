// The app's own element, with its own texts through @lit/localize.
import { LitElement, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';

export class AppGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  render() {
    return html`<h1>${msg('Our partner networks', { id: 'partners' })}</h1>
      <p>${msg(str`${5} networks in this list`, { id: 'count' })}</p>`;
  }
}
customElements.define('app-greeting', AppGreeting);
