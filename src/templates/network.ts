import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/localize.js';
import type { LocalizedText, Network, Quantity, Role } from '../generated/feed-types.js';
import type { Locale } from '../i18n/localize.js';
import { formatNumber, formatYearMonth } from '../i18n/format.js';
import { pick, pickUrl } from '../i18n/text.js';
import { heading, paragraph, text, type HeadingLevel } from './parts.js';
import { link } from './link.js';

/** "über 1.000" / "over 1,000": the qualifier is data, the wording is the interface's. */
function quantity(q: Quantity, locale: Locale): string {
  const n = formatNumber(q.value, locale);
  return q.qualifier === 'over' ? msg(str`over ${n}`) : q.qualifier === 'about' ? msg(str`about ${n}`) : n;
}

function period(r: Role, locale: Locale): string | undefined {
  const f = (v: string) => formatYearMonth(v, locale);
  if (r.from && r.to) return msg(str`${f(r.from)} to ${f(r.to)}`);
  if (r.from) return msg(str`since ${f(r.from)}`);
  if (r.to) return msg(str`until ${f(r.to)}`);
  return r.year ? f(r.year) : undefined;
}

/** A term and its values. */
function fact(term: string, values: unknown[]): TemplateResult {
  return html`<div part="fact"><dt part="fact-term">${term}</dt>${values.map((v) => html`<dd part="fact-value">${v}</dd>`)}</div>`;
}

/** "Heidelberg’s roles" where the feed names its member, else "Roles". */
function rolesTerm(count: number, member: LocalizedText | undefined, locale: Locale): string {
  const m = member && pick(member, locale).value;
  return m ? (count > 1 ? msg(str`${m}’s roles`) : msg(str`${m}’s role`)) : count > 1 ? msg('Roles') : msg('Role');
}

function facts(n: Network, locale: Locale, member?: LocalizedText): TemplateResult | typeof nothing {
  const rows: TemplateResult[] = [];
  if (n.members) rows.push(fact(msg('Members'), [quantity(n.members, locale)]));
  if (n.germanMembers) rows.push(fact(msg('Members in Germany'), [quantity(n.germanMembers, locale)]));
  if (n.countries) rows.push(fact(msg('Countries'), [quantity(n.countries, locale)]));
  if (n.founded) rows.push(fact(msg('Founded'), [formatYearMonth(n.founded, locale)]));
  if (n.roles?.length)
    rows.push(
      fact(
        rolesTerm(n.roles.length, member, locale),
        n.roles.map((r) => {
          const when = period(r, locale);
          const role = text(r.role, locale);
          // A plain string where the role is in the reader's language: no template.
          return when ? (typeof role == 'string' ? `${role}, ${when}` : html`${role}, ${when}`) : role;
        }),
      ),
    );
  return rows.length ? html`<dl part="facts">${rows}</dl>` : nothing;
}

/** The DOM id of a network's heading: `network-<id>`, for deep links and `aria-labelledby`. */
export const networkAnchor = (n: Network) => `network-${n.id}`;

/**
 * One network: name (and short name) as a heading, the description, the facts as a description
 * list, and links whose texts make sense out of context ("Energy Cities – website"). `member`: the
 * feed's member, whose roles the network lists.
 */
export function renderNetwork(n: Network, locale: Locale, level: HeadingLevel, member?: LocalizedText): TemplateResult {
  const name = pick(n.name, locale);
  const short = n.shortName && pick(n.shortName, locale);
  const linkName = short?.value ?? name.value;
  const website = n.website && pickUrl(n.website, locale);
  const anchor = networkAnchor(n);
  // Without a short name to show, the name alone: no template.
  const title =
    short && short.value !== name.value
      ? html`${text(n.name, locale)} <span part="short-name">(${text(n.shortName!, locale)})</span>`
      : text(n.name, locale);
  const links =
    website || n.links?.length
      ? html`<ul part="links" role="list">${
          website ? link(website.value, msg(str`${linkName} – website`), website.lang) : nothing
        }${n.links?.map((l) => {
          const u = pickUrl(l.url, locale);
          return link(u.value, text(l.label, locale), u.lang);
        })}</ul>`
      : nothing;
  // No blanks between the parts: each would be one more text node per card, in long lists thousands.
  return html`<article part="card" aria-labelledby=${anchor}>${heading(level, title, anchor, 'card-heading')}${n.description?.map(
    (p) => paragraph(p, locale, 'description'),
  )}${facts(n, locale, member)}${links}</article>`;
}
