import { css } from 'lit';

export const listStyles = css`
  [part='intro'] {
    margin-block-end: 1.5rem;
  }
  [part='category'] + [part='category'] {
    margin-block-start: 2rem;
  }
  [part='category-heading'] {
    font-size: 1.5em;
  }
  [part='title'] {
    font-size: 1.75em;
  }
  [part='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--network-card-min-width, 18rem)), 1fr));
    gap: var(--_gap);
  }
`;
