import { css } from './css.js';

/**
 * Styles every element shares. The elements inherit the page's font and text colour, follow the
 * page's `color-scheme` (light-dark()), and are themed only through `--network-*` custom
 * properties and `::part()`. Inherited text properties a CMS may set oddly (huge line heights,
 * transforms) are reset on the host, so the layout stays the same on any page.
 */
export const sharedStyles = css`
  :host {
    display: block;
    line-height: var(--network-line-height, 1.5);
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    letter-spacing: normal;
    word-spacing: normal;
    word-break: normal;
    hyphens: manual;
    list-style: none;
    overflow-wrap: anywhere;
    --_accent: var(--network-accent-color, light-dark(#0b5394, #9cc7f5));
    --_border: var(--network-border-color, color-mix(in srgb, currentColor 30%, transparent));
    --_gap: var(--network-gap, 1em);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2, h3, h4, h5, h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--network-heading-color, inherit);
    /* Long German compounds: hyphenated where the browser knows the language (lang is set),
       else broken only where they would not fit. */
    hyphens: auto;
  }
  p {
    margin: 0 0 0.75em;
  }
  ul[role='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Items without markers need not be list items: Chromium renumbers every list item when the
     language changes, and with Lit's marker comments between them that took seconds for
     10,000 cards (bench/); as blocks, about 0.1 s. Their role stays listitem. */
  ul[role='list'] > li {
    display: block;
  }
  a {
    color: var(--network-link-color, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--network-focus-color, var(--_accent));
    outline-offset: 2px;
    border-radius: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 2px solid var(--network-link-color, var(--_accent));
    border-radius: var(--network-radius, 0.375em);
    padding: 0.375em 1em;
    cursor: pointer;
  }
  [part='status'].loading {
    min-height: var(--network-loading-min-height, 6em);
  }
  /* The status region stays displayed even when empty (it then has no height): a live region
     hidden with display: none is not in the accessibility tree, and what appears in it later
     may go unannounced. */
  [part='error'] {
    border-inline-start: 4px solid var(--network-error-color, light-dark(#b3261e, #ffb4ab));
    padding-inline-start: 0.75em;
    margin-block-end: 0.75em;
  }
  [part='error'] ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  /* Section headings of the list and the contact box: smaller on small screens, so that long
     words fit a 320 px wide phone. */
  [part='category-heading'],
  [part='heading'] {
    font-size: clamp(1.25em, 1em + 1.25vw, 1.5em);
  }
  /* Cards (networks, contacts) in as many columns of at least --network-card-min-width as fit. */
  [part='list'],
  [part='contacts'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--network-card-min-width, 18em)), 1fr));
    gap: var(--_gap);
  }
  [part='card'] {
    height: 100%;
  }
  [part='card'],
  [part='contact'] {
    padding: var(--network-card-padding, 1em 1.25em);
    border: 1px solid var(--_border);
    border-radius: var(--network-radius, 0.375em);
    background: var(--network-card-background, transparent);
  }
  [part='card-heading'] {
    font-size: var(--network-card-heading-size, 1.25em);
  }
  [part='short-name'] {
    font-weight: 400;
  }
  [part='facts'] {
    margin: 0 0 0.75em;
  }
  [part='fact'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  [part='fact-term'] {
    font-weight: 700;
  }
  [part='fact-term']::after {
    content: ':';
  }
  [part='fact-value'] {
    margin: 0;
  }
  /* Several values (roles): each on its own line, as a bulleted list under the term. */
  [part='fact']:has(> [part='fact-value'] + [part='fact-value']) > [part='fact-value'] {
    flex-basis: 100%;
    display: list-item;
    list-style: disc outside;
    margin-inline-start: 1.25em;
  }
  [part='fact'] + [part='fact'] {
    margin-block-start: 0.25em;
  }
  [part='links'] li + li {
    margin-block-start: 0.25em;
  }
  @media (forced-colors: active) {
    [part='card'],
    [part='contact'] {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
    button {
      border-color: ButtonText;
    }
  }
  /* On paper: no controls, and each web address written out after its link. */
  @media print {
    button {
      display: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
