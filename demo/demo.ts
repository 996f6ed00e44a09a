// The demo's language switch: it sets <html lang>, as a site's own switcher would; the elements
// follow without reload. Demo texts carry both languages in data attributes.
const buttons = document.querySelectorAll<HTMLButtonElement>('[data-lang]');

function setLanguage(lang: string) {
  document.documentElement.lang = lang;
  buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
  document.querySelectorAll<HTMLElement>('[data-de][data-en]').forEach((el) => {
    el.textContent = (lang === 'en' ? el.dataset.en : el.dataset.de) ?? '';
  });
  document.title = lang === 'en' ? 'network-elements – demo' : 'network-elements – Demo';
}

buttons.forEach((b) => b.addEventListener('click', () => setLanguage(b.dataset.lang!)));
const requested = new URLSearchParams(location.search).get('lang');
if (requested) setLanguage(requested);
