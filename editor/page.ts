// What the editor's pages share with the demo: a language switch that sets <html lang> (and the
// language of the page's tool), and page texts that carry both languages in data attributes.
type Lang = 'de' | 'en';

/** Sets up the switch; `apply` gives the page's tool its language. Starts in ?lang=, else <html lang>. */
export function setUpLanguage(titles: Record<Lang, string>, apply: (lang: Lang) => void): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-lang]');
  const set = (lang: Lang) => {
    document.documentElement.lang = lang;
    document.title = titles[lang];
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
    document.querySelectorAll<HTMLElement>('[data-de][data-en]').forEach((el) => {
      el.textContent = (lang === 'en' ? el.dataset.en : el.dataset.de) ?? '';
    });
    apply(lang);
  };
  buttons.forEach((b) => b.addEventListener('click', () => set(b.dataset.lang as Lang)));
  const requested = new URLSearchParams(location.search).get('lang');
  set(requested === 'en' || requested === 'de' ? requested : document.documentElement.lang === 'en' ? 'en' : 'de');
}
