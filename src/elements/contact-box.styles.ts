import { css } from 'lit';

export const contactStyles = css`
  [part='heading'] {
    font-size: clamp(1.25em, 1em + 1.25vw, 1.5em);
  }
  [part='contacts'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--network-card-min-width, 18rem)), 1fr));
    gap: var(--_gap);
  }
  [part='contact'] {
    padding: var(--network-card-padding, 1rem 1.25rem);
    border: 1px solid var(--_border);
    border-radius: var(--network-radius, 0.375rem);
    background: var(--network-card-background, transparent);
  }
  /* Saving needs the script: hidden in server-rendered HTML until the element is live. */
  :host(:not(:defined)) [part='save'],
  :host([defer-hydration]) [part='save'] {
    display: none;
  }
  [part='save'] {
    margin-block-start: 0.5em;
  }
  address {
    font-style: normal;
    margin-block-end: 0.5em;
  }
`;
