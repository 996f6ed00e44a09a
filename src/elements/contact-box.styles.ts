import { css } from '../styles/css.js';

export const contactStyles = css`
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
