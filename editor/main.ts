import { setUpLanguage } from './page.js';
import './src/feed-editor.js';

const editor = document.querySelector('feed-editor')!;
// `?draft=name`: a draft of its own, beside the default one (a feed per partner, say).
const draft = new URLSearchParams(location.search).get('draft');
if (draft) editor.storageKey = `${editor.storageKey}:${draft}`;
setUpLanguage(
  { de: 'Feed-Editor – network-elements', en: 'Feed editor – network-elements' },
  (lang) => (editor.lang = lang),
);
