import { setUpLanguage } from './page.js';
import './src/snippet-builder.js';

const builder = document.querySelector('snippet-builder')!;
setUpLanguage(
  { de: 'Code für Ihre Seite – network-elements', en: 'Code for your page – network-elements' },
  (lang) => (builder.lang = lang),
);
