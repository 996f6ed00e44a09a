// The floor: the markup `<network-list>` renders, built by hand with createElement and
// textContent in a shadow root that adopts the element's own style sheets. It is written the
// way a careful hand-written component would be: every node made once, and a language switch
// that recomputes each localized text and writes only the text nodes and attributes that change.
// The harness checks that its DOM equals the element's (comments and blank text aside).

/** The interface strings a card needs, as in locales/de.xlf (English is the source). */
const STRINGS = {
  en: {
    members: 'Members',
    germanMembers: 'Members in Germany',
    countries: 'Countries',
    founded: 'Founded',
    roles: 'Heidelberg’s roles',
    role: 'Heidelberg’s role',
    over: (n) => `over ${n}`,
    about: (n) => `about ${n}`,
    fromTo: (a, b) => `${a} to ${b}`,
    since: (a) => `since ${a}`,
    until: (b) => `until ${b}`,
    website: (name) => `${name} – website`,
  },
  de: {
    members: 'Mitglieder',
    germanMembers: 'Mitglieder in Deutschland',
    countries: 'Länder',
    founded: 'Gegründet',
    roles: 'Rollen von Heidelberg',
    role: 'Rolle von Heidelberg',
    over: (n) => `über ${n}`,
    about: (n) => `rund ${n}`,
    fromTo: (a, b) => `${a} bis ${b}`,
    since: (a) => `seit ${a}`,
    until: (b) => `bis ${b}`,
    website: (name) => `${name} – Website`,
  },
};

/** Feeds with more networks than this render `long` lists (src/elements/network-list.ts: FIRST). */
const LONG = 100;

const numbers = {};
const months = {};
const formatNumber = (v, l) => (numbers[l] ??= new Intl.NumberFormat(l)).format(v);
function formatYearMonth(value, l) {
  const [year, month] = value.split('-').map(Number);
  if (!month) return String(year);
  months[l] ??= new Intl.DateTimeFormat(l, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return months[l].format(Date.UTC(year, month - 1, 1));
}

/** The text in `l`, else the other language (the synthetic feeds carry both). */
const pick = (t, l) => t[l] ?? t[l === 'de' ? 'en' : 'de'];
const pickUrl = (u, l) =>
  typeof u === 'string' ? [u, ''] : u[l] !== undefined ? [u[l], l] : [pick(u, l), l === 'de' ? 'en' : 'de'];

function quantity(q, s, l) {
  const n = formatNumber(q.value, l);
  return q.qualifier === 'over' ? s.over(n) : q.qualifier === 'about' ? s.about(n) : n;
}
function period(r, s, l) {
  const f = (v) => formatYearMonth(v, l);
  if (r.from && r.to) return s.fromTo(f(r.from), f(r.to));
  if (r.from) return s.since(f(r.from));
  if (r.to) return s.until(f(r.to));
  return r.year ? f(r.year) : undefined;
}

const el = (tag, part) => {
  const e = document.createElement(tag);
  if (part) e.setAttribute('part', part);
  return e;
};
const setText = (node, value) => {
  if (node.data !== value) node.data = value;
};
const setAttr = (e, name, value) => {
  if (value) {
    if (e.getAttribute(name) !== value) e.setAttribute(name, value);
  } else if (e.hasAttribute(name)) e.removeAttribute(name);
};

/** One card; returns the `<li>` and a function that writes its texts in a language. */
function card(n) {
  const li = el('li');
  const article = li.appendChild(el('article', 'card'));
  const anchor = `network-${n.id}`;
  article.setAttribute('aria-labelledby', anchor);
  const h = article.appendChild(el('h3', 'card-heading'));
  h.id = anchor;
  const name = h.appendChild(new Text());
  let short;
  if (n.shortName) {
    h.append(' ');
    short = h.appendChild(el('span', 'short-name')).appendChild(new Text());
  }
  const description = (n.description ?? []).map((p) => [
    p,
    article.appendChild(el('p', 'description')).appendChild(new Text()),
  ]);
  const facts = [];
  const dl = el('dl', 'facts');
  const fact = (key, values) => {
    const div = dl.appendChild(el('div', 'fact'));
    const term = div.appendChild(el('dt', 'fact-term')).appendChild(new Text());
    const nodes = values.map(() => div.appendChild(el('dd', 'fact-value')).appendChild(new Text()));
    facts.push([key, term, nodes]);
  };
  if (n.members) fact('members', [n.members]);
  if (n.germanMembers) fact('germanMembers', [n.germanMembers]);
  if (n.countries) fact('countries', [n.countries]);
  if (n.founded) fact('founded', [n.founded]);
  if (n.roles?.length) fact('roles', n.roles);
  if (facts.length) article.append(dl);
  let website;
  const links = [];
  if (n.website || n.links?.length) {
    const ul = article.appendChild(el('ul', 'links'));
    ul.setAttribute('role', 'list');
    const a = () => ul.appendChild(el('li')).appendChild(el('a', 'link'));
    if (n.website) website = a();
    for (const l of n.links ?? []) links.push([l, a()]);
  }

  function write(l) {
    const s = STRINGS[l];
    const nameText = pick(n.name, l);
    const shortText = n.shortName && pick(n.shortName, l);
    setText(name, nameText);
    if (short) {
      // As the element: the short name only where it differs from the name.
      const show = shortText !== nameText;
      setText(short, show ? `(${shortText})` : '');
    }
    for (const [p, node] of description) setText(node, pick(p, l));
    for (const [key, term, nodes] of facts) {
      if (key === 'roles') {
        setText(term, n.roles.length > 1 ? s.roles : s.role);
        n.roles.forEach((r, i) => {
          const when = period(r, s, l);
          setText(nodes[i], when ? `${pick(r.role, l)}, ${when}` : pick(r.role, l));
        });
      } else {
        setText(term, s[key]);
        setText(nodes[0], key === 'founded' ? formatYearMonth(n.founded, l) : quantity(n[key], s, l));
      }
    }
    if (website) {
      const [href, lang] = pickUrl(n.website, l);
      setAttr(website, 'href', href);
      setAttr(website, 'hreflang', lang);
      const linkName = shortText ?? nameText;
      website.textContent = s.website(linkName);
    }
    for (const [link, a] of links) {
      const [href, lang] = pickUrl(link.url, l);
      setAttr(a, 'href', href);
      setAttr(a, 'hreflang', lang);
      if (a.textContent !== pick(link.label, l)) a.textContent = pick(link.label, l);
    }
  }
  return [li, write];
}

/**
 * Renders `feed` into a new shadow root on `host` (heading level 2, no intro, all categories),
 * with `sheets` adopted. Returns `setLocale(l)`, which rewrites every localized text.
 */
export function renderFloor(host, feed, locale, sheets) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const base = root.appendChild(el('div', 'base'));
  const status = base.appendChild(el('div', 'status'));
  status.setAttribute('role', 'status');
  status.setAttribute('class', '');
  const writers = [];
  for (const c of feed.categories) {
    const section = base.appendChild(el('section', 'category'));
    const h = section.appendChild(el('h2', 'category-heading'));
    h.id = `category-${c.id}`;
    const heading = h.appendChild(new Text());
    writers.push((l) => setText(heading, pick(c.name, l)));
    const ul = section.appendChild(el('ul', 'list'));
    ul.setAttribute('role', 'list');
    const networks = feed.networks.filter((n) => n.category === c.id);
    // As the element: long lists carry class `long` (their cards are laid out near the screen only).
    if (feed.networks.length > LONG) ul.className = 'long';
    for (const n of networks) {
      const [li, write] = card(n);
      ul.append(li);
      writers.push(write);
    }
  }
  const setLocale = (l) => {
    base.lang = l;
    for (const w of writers) w(l);
  };
  setLocale(locale);
  return setLocale;
}
