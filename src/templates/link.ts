import { html, nothing, type TemplateResult } from 'lit';
import { isSafeHref } from '../feed/safe-url.js';

/**
 * A list item with a link, if `href` is one of the allowed kinds (https, http, mailto, tel);
 * otherwise just its text. Validation already dropped unsafe addresses; this is the last guard
 * before the DOM. One template for the item and its link: lists of thousands render fewer.
 */
export function link(href: string, content: unknown, hreflang = ''): TemplateResult {
  return isSafeHref(href)
    ? html`<li><a part="link" href=${href} hreflang=${hreflang || nothing}>${content}</a></li>`
    : html`<li><span>${content}</span></li>`;
}
