import { html, nothing, type TemplateResult } from 'lit';
import { isSafeHref } from '../feed/safe-url.js';

/**
 * A link, if `href` is one of the allowed kinds (https, http, mailto, tel); otherwise just its
 * text. Validation already dropped unsafe addresses; this is the last guard before the DOM.
 */
export function link(href: string, content: unknown, hreflang = ''): TemplateResult {
  return isSafeHref(href)
    ? html`<a part="link" href=${href} hreflang=${hreflang || nothing}>${content}</a>`
    : html`<span>${content}</span>`;
}
