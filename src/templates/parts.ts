import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../generated/feed-types.js';
import { pick } from '../i18n/text.js';
import type { Locale } from '../i18n/localize.js';

/** Heading levels an element may be configured to; deeper ones are capped at 6. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps any attribute value to a heading level (2–6, default 2). */
export function headingLevel(value: unknown, offset = 0): HeadingLevel {
  const n = Math.trunc(Number(value));
  return Math.min(6, Math.max(2, (Number.isFinite(n) ? n : 2) + offset)) as HeadingLevel;
}

/** A real `<h2>`…`<h6>`: one static template per level, no markup from strings. */
export function heading(level: HeadingLevel, content: unknown, id?: string, part = 'heading'): TemplateResult {
  const i = id ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 id=${i} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} part=${part}>${content}</h5>`;
    default:
      return html`<h6 id=${i} part=${part}>${content}</h6>`;
  }
}

/**
 * A feed text in the element's language; where the feed lacks that language, the text it has,
 * marked with its real `lang` so screen readers pronounce it right.
 */
export function text(value: LocalizedText, locale: Locale): unknown {
  const t = pick(value, locale);
  return t.lang === locale ? t.value : html`<span lang=${t.lang}>${t.value}</span>`;
}

/** A paragraph of feed text, carrying `lang` itself where it differs. */
export function paragraph(value: LocalizedText, locale: Locale, part = 'text'): TemplateResult {
  const t = pick(value, locale);
  return html`<p part=${part} lang=${t.lang === locale ? nothing : t.lang}>${t.value}</p>`;
}
