import '../src/index.js';
import { bundledFeed } from '../src/feed/bundled.js';

// The demo's language switch sets <html lang>, as a site's own switcher would: the elements
// follow without reload. The page's own texts carry both languages in data attributes.
type Lang = 'de' | 'en';

const buttons = document.querySelectorAll<HTMLButtonElement>('[data-lang]');
const words = {
  de: {
    shows: 'zeigt',
    de: 'Deutsch',
    en: 'Englisch',
    own: 'eigenes lang',
    page: 'von der Seite',
    title: 'Europäische Netzwerke – Demo von network-elements',
    checked: 'Stand',
  },
  en: {
    shows: 'shows',
    de: 'German',
    en: 'English',
    own: 'own lang',
    page: 'from the page',
    title: 'European networks – network-elements demo',
    checked: 'as of',
  },
};

async function setLanguage(lang: Lang) {
  document.documentElement.lang = lang;
  buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
  document.querySelectorAll<HTMLElement>('[data-de][data-en]').forEach((el) => {
    el.textContent = (lang === 'en' ? el.dataset.en : el.dataset.de) ?? '';
  });
  document.title = words[lang].title;
  document.getElementById('page-lang')!.textContent = `<html lang="${lang}">`;
  const checked = new Date(`${bundledFeed.checked}T00:00:00Z`);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(checked);
  document.getElementById('source-date')!.textContent = ` (${words[lang].checked} ${date})`;
  await showElementLanguages(lang);
}

/** Beside each card: where its language comes from and what it renders in. */
async function showElementLanguages(lang: Lang) {
  // The elements re-render after their language observer has run: wait for that.
  await new Promise((r) => setTimeout(r));
  for (const status of document.querySelectorAll<HTMLElement>('[data-status-for]')) {
    const el = document.getElementById(status.dataset.statusFor!) as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const used = el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') as Lang | null;
    if (!used) continue;
    const source = el.hasAttribute('lang') ? words[lang].own : words[lang].page;
    status.textContent = `${words[lang].shows} ${words[lang][used]} (${source})`;
  }
}

// The failure examples of the remote-feed section start loading when they come into view, so
// that the reader sees the error and the recovery happen (and loading the page fails nothing).
const startInView = new IntersectionObserver((entries) => {
  for (const { isIntersecting, target } of entries) {
    if (!isIntersecting) continue;
    target.setAttribute('src', (target as HTMLElement).dataset.src!);
    startInView.unobserve(target);
  }
});
document.querySelectorAll('[data-src]').forEach((el) => startInView.observe(el));

buttons.forEach((b) => b.addEventListener('click', () => setLanguage(b.dataset.lang as Lang)));
const requested = new URLSearchParams(location.search).get('lang');
const source = document.querySelector<HTMLAnchorElement>('#source-link');
if (source && bundledFeed.source) source.href = bundledFeed.source;
void setLanguage(
  requested === 'en' ? 'en' : requested === 'de' ? 'de' : document.documentElement.lang === 'en' ? 'en' : 'de',
);
