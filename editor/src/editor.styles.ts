import { css } from 'lit';

/** What the editor and the snippet builder share: fields, buttons, messages, a calm page look. */
export const formStyles = css`
  :host {
    display: block;
    --accent: light-dark(#0b5394, #9cc7f5);
    --on-accent: light-dark(#ffffff, #000000);
    --muted: light-dark(#545454, #b8b8b8);
    --rule: light-dark(#8a8a8a, #767676);
    --soft-rule: light-dark(#d6d6d6, #3d3d3d);
    --tint: light-dark(#f3f6f9, #1f2327);
    --error: light-dark(#b00020, #ff8a95);
    --warning: light-dark(#7a4d00, #ffc266);
    --danger: light-dark(#a4001a, #ff8a95);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  h2 {
    font-size: 1.375rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .hint {
    color: var(--muted);
    font-size: 0.875rem;
    margin: 0 0 0.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0 0 0.75rem;
    min-width: 0;
    flex: 1 1 12rem;
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  input:not([type]),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: light-dark(#ffffff, #101010);
    border: 1px solid var(--rule);
    border-radius: 4px;
    padding: 0.375rem 0.5rem;
    width: 100%;
    max-width: 100%;
    min-width: 0;
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 4.5rem;
  }
  .code,
  input[spellcheck='false'] {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9375rem;
  }
  [aria-invalid='true'] {
    border-color: var(--error);
    border-width: 2px;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  a:focus-visible,
  input[type='radio']:focus-visible,
  input[type='checkbox']:focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--tint);
    border: 1px solid var(--rule);
    border-radius: 4px;
    padding: 0.375rem 0.75rem;
    cursor: pointer;
    max-width: 100%;
    overflow-wrap: anywhere;
  }
  button:hover:not(:disabled) {
    border-color: var(--accent);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  button.primary {
    background: var(--accent);
    color: var(--on-accent);
    border-color: var(--accent);
    font-weight: 600;
  }
  button.danger {
    color: var(--danger);
  }
  a {
    color: var(--accent);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    align-items: flex-start;
  }
  fieldset {
    border: 1px solid var(--soft-rule);
    border-radius: 6px;
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem 0.25rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .messages {
    list-style: none;
    margin: 0.125rem 0 0.5rem;
    padding: 0;
    font-size: 0.9375rem;
  }
  .messages li,
  p.messages {
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--error);
    color: var(--error);
    overflow-wrap: anywhere;
  }
  .messages li.warning {
    border-color: var(--warning);
    color: var(--warning);
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0 0 0.5rem;
  }
  .check label,
  .choice label {
    font-weight: 400;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0.5rem 0 1rem;
    padding: 0.5rem 0.75rem;
    background: var(--tint);
    border-inline-start: 4px solid var(--accent);
    overflow-wrap: anywhere;
  }
`;

export const editorStyles = [
  formStyles,
  css`
    .open {
      margin: 0 0 1rem;
    }
    .open h2 .disclosure {
      font-size: inherit;
      font-weight: 700;
      padding-inline: 0;
    }
    .open-choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0 0 0.75rem;
    }
    .open .row input {
      flex: 1 1 12rem;
      width: auto;
    }
    .toolbar {
      background: light-dark(#ffffff, #151515);
      border-block: 1px solid var(--soft-rule);
      padding: 0.5rem 0;
      margin: 0 0 1rem;
    }
    /* On wide screens the download stays at hand; on small ones it would hide half the form. */
    @media (min-width: 48rem) {
      .toolbar {
        position: sticky;
        top: 0;
        z-index: 1;
      }
      .item,
      .field,
      fieldset {
        scroll-margin-top: 9rem;
      }
    }
    .toolbar h2 {
      overflow-wrap: anywhere;
    }
    .actions,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .confirm {
      margin-top: 0.5rem;
    }
    .confirm p {
      flex-basis: 100%;
      margin: 0;
      font-weight: 600;
    }
    .layout {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 68rem) {
      .layout {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        align-items: start;
      }
      .preview {
        position: sticky;
        top: 7rem;
        max-height: calc(100vh - 8rem);
        overflow: auto;
      }
    }
    .section,
    .summary {
      margin: 0 0 1.5rem;
    }
    .summary {
      padding: 0.75rem 1rem;
      border: 1px solid var(--soft-rule);
      border-inline-start: 6px solid light-dark(#1e7b34, #7fd491);
      border-radius: 6px;
    }
    .summary.has-warnings {
      border-inline-start-color: var(--warning);
    }
    .summary.has-errors {
      border-inline-start-color: var(--error);
    }
    .summary ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .summary li {
      margin: 0 0 0.25rem;
      overflow-wrap: anywhere;
    }
    .count {
      color: var(--muted);
      font-weight: 400;
    }
    .items {
      list-style: none;
      margin: 0 0 0.75rem;
      padding: 0;
    }
    .item {
      border: 1px solid var(--soft-rule);
      border-radius: 6px;
      margin: 0 0 0.5rem;
    }
    .item.has-problem {
      border-inline-start: 4px solid var(--error);
    }
    .item-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
      justify-content: space-between;
      padding: 0.25rem 0.5rem;
    }
    .item-head h3 {
      margin: 0;
      flex: 1 1 12rem;
      min-width: 0;
    }
    .disclosure {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: baseline;
      width: 100%;
      text-align: start;
      background: none;
      border: 0;
      padding: 0.375rem 0.25rem;
      font-weight: 600;
    }
    .disclosure::before {
      content: '▸';
      display: inline-block;
    }
    .disclosure[aria-expanded='true']::before {
      content: '▾';
    }
    .disclosure .title {
      overflow-wrap: anywhere;
      min-width: 0;
    }
    .badge {
      font-size: 0.8125rem;
      font-weight: 400;
      color: var(--error);
      border: 1px solid currentColor;
      border-radius: 999px;
      padding: 0 0.5rem;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    .tools button {
      font-size: 0.875rem;
      padding: 0.25rem 0.5rem;
    }
    .item-body {
      padding: 0.5rem 0.75rem;
      border-top: 1px solid var(--soft-rule);
    }
    .sublist > .subitem {
      background: var(--tint);
    }
    .subitem > .tools {
      margin: 0 0 0.5rem;
    }
    .languages {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .languages > .field {
      flex: 1 1 14rem;
    }
    .with-button {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      align-items: flex-end;
      flex: 1 1 14rem;
    }
    .with-button > button {
      margin-bottom: 0.75rem;
    }
    .quantity .field {
      flex: 1 1 8rem;
    }
    .add {
      margin: 0.25rem 0 0.5rem;
    }
    .preview {
      border: 1px solid var(--soft-rule);
      border-radius: 6px;
      padding: 0.75rem;
      min-width: 0;
    }
    .choice {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .preview-lang {
      border-top: 1px solid var(--soft-rule);
      padding-top: 0.5rem;
      margin-top: 0.75rem;
    }
  `,
];
