import { css } from 'lit';

export const listStyles = css`
  [part='intro'] {
    margin-block-end: 1.5rem;
  }
  /* Paragraphs of running text read best at a limited line length. */
  [part='intro'] p {
    max-inline-size: var(--network-intro-max-width, 48em);
  }
  [part='category'] + [part='category'] {
    margin-block-start: 2rem;
  }
  /* Smaller on small screens, so that long words fit a 320 px wide phone. */
  [part='category-heading'] {
    font-size: clamp(1.25em, 1em + 1.25vw, 1.5em);
  }
  [part='title'] {
    font-size: clamp(1.375em, 1em + 2vw, 1.75em);
  }
  [part='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--network-card-min-width, 18rem)), 1fr));
    gap: var(--_gap);
  }
  /*
   * Long lists (rendered in chunks, see network-list.ts): cards far off screen are laid out and
   * painted only when they come near, so that thousands of networks render and switch language
   * without long tasks. They stay in the accessibility tree and in find-in-page. A card not yet
   * shown holds the place of a typical one; once shown, its own size.
   */
  .long > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20rem;
  }
`;
