import { setUpLanguage } from './page.js';
import './src/feed-editor.js';

const editor = document.querySelector('feed-editor')!;
setUpLanguage(
  { de: 'Feed-Editor – network-elements', en: 'Feed editor – network-elements' },
  (lang) => (editor.lang = lang),
);
