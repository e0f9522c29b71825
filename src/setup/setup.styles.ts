// Styles of the set-up page: one column on a phone, forms beside the preview on a wide screen.
import { css } from 'lit';

export const setupStyles = css`
  :host {
    font-size: 1em;
    color: var(--_text);
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
    line-height: 1.5;
  }
  header {
    grid-column: 1 / -1;
  }
  h1 {
    font-size: 1.75em;
    margin: 0.25em 0;
  }
  header p {
    margin: 0;
    max-inline-size: 45em;
  }
  [part='base'] {
    font-size: 1em;
  }
  .layout {
    display: grid;
    gap: 1.5em;
    max-inline-size: 80em;
    margin-inline: auto;
  }
  @media (min-width: 60em) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  .forms,
  .results {
    display: grid;
    gap: 1.5em;
    min-inline-size: 0;
  }
  fieldset {
    margin: 0;
    min-inline-size: 0;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 1em 1em;
    background: var(--_surface);
    display: grid;
    gap: 0.75em;
  }
  legend h2,
  h2 {
    font-size: 1.25em;
    margin: 0.5em 0 0;
  }
  legend {
    padding-inline: 0.25em;
  }
  h3 {
    font-size: 1.05em;
    margin: 0 0 0.25em;
  }
  .group {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em 0.75em;
  }
  .group[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .tokens {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: 0.5em 1em;
  }
  .tokens legend,
  .tokens > .hint {
    grid-column: 1 / -1;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.5em;
    min-block-size: 2.75em;
  }
  .check label {
    font-weight: 400;
  }
  .check .hint {
    flex-basis: 100%;
  }
  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  input:not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5em 0.6em;
    min-block-size: 2.75em;
    inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  /* Addresses, CSS and code read left to right, also on a right-to-left page. */
  input[type='url'],
  input[type='email'],
  .tokens input,
  #placement,
  #share-hashtags,
  #share-via,
  .snippet textarea {
    direction: ltr;
  }
  [aria-invalid='true']:not(fieldset) {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .snippet textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
    white-space: pre;
    overflow-x: auto;
  }
  button {
    font: inherit;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
    justify-self: start;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.quiet {
    background: transparent;
    color: var(--_accent);
  }
  button.link {
    background: none;
    border: 0;
    padding: 0.25em 0;
    color: var(--_danger);
    text-decoration: underline;
    text-align: start;
  }
  .row {
    display: grid;
    gap: 0.5em;
    border-block-end: 1px solid var(--_border);
    padding-block-end: 0.75em;
  }
  .hint {
    color: var(--_muted);
    margin: 0;
    font-size: 0.9em;
  }
  .error {
    color: var(--_danger);
    margin: 0;
    font-size: 0.9em;
  }
  .notice {
    border-inline-start: 0.25em solid var(--_danger);
    padding-inline-start: 0.75em;
  }
  .notice ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .snippet {
    display: grid;
    gap: 0.5em;
    margin-block-end: 1.5em;
  }
  .preview {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0 1em;
  }
  .status:empty {
    display: none;
  }
  .status {
    position: sticky;
    inset-block-end: 0;
    margin: 0;
    padding: 0.75em 1em;
    background: var(--_text);
    color: var(--_surface);
    border-radius: var(--_radius);
    grid-column: 1 / -1;
  }
`;
