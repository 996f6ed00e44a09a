import { css } from '../styles/css.js';

export const listStyles = css`
  [part='intro'] {
    margin-block-end: 1.5em;
  }
  /* Paragraphs of running text read best at a limited line length. */
  [part='intro'] p {
    max-inline-size: var(--network-intro-max-width, 48em);
  }
  [part='category'] + [part='category'] {
    margin-block-start: 2em;
  }
  [part='title'] {
    font-size: clamp(1.375em, 1em + 2vw, 1.75em);
  }
  /*
   * Long lists (rendered in chunks, see network-list.ts): cards far off screen are laid out and
   * painted only when they come near, so that thousands of networks render and switch language
   * without long tasks. They stay in the accessibility tree and in find-in-page. A card not yet
   * shown holds the place of a typical one; once shown, its own size.
   */
  .long > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20em;
  }
  /* Search (searchable): the field, the category buttons, the number found. */
  search {
    margin-block-end: 1.5em;
  }
  input {
    display: block;
    font: inherit;
    inline-size: min(100%, 24em);
    padding: 0.375em 0.5em;
    margin-block: 0.25em 0.75em;
  }
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  [aria-pressed='true'] {
    background: var(--_accent);
    color: Canvas;
  }
  /* Its line is kept while empty, so that the list does not move when a number appears. */
  [part='results'] {
    min-block-size: 1lh;
    margin: 0.75em 0 0;
  }
  /* Forced colours: the pressed button in the theme's pair for a selected item. Left to the
     browser, it paints the text in another colour than the background's pair (white on white,
     grey on black, depending on the theme); forced-color-adjust: none keeps the pair, and the
     focus outline, outside on the page's Canvas, in CanvasText. */
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      outline-color: CanvasText;
    }
  }
  @media print {
    search {
      display: none;
    }
  }
`;
