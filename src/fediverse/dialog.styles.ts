// Styles for the fediverse server dialog (share bar and author card) and the author's follow button.
import { css } from 'lit';
import { quietButton } from '../shared/buttons.js';

export const fediDialogStyles = css`
  dialog.fedi {
    max-inline-size: min(28em, calc(100vw - 2em));
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  dialog.fedi::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .fedi h2 {
    margin: 0 0 0.75em;
    font-size: 1.125em;
  }
  .fedi label {
    display: block;
    font-weight: 600;
  }
  .fedi input[type='text'] {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 44px;
    margin-block: 0.25em;
    padding-inline: 0.5em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  .fedi input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .fedi .remember {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    font-weight: 400;
  }
  .fedi .remember input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  .fedi .hint,
  .fedi .error,
  .fedi .note {
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
  .fedi .hint {
    color: var(--_muted);
  }
  .fedi .error {
    color: var(--_danger);
  }
  .fedi .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 8px;
    margin-block-start: 1em;
  }
  .fedi .actions button {
    ${quietButton}
  }
  .fedi .actions .forget {
    margin-inline-end: auto;
  }
  .fedi .actions button[type='submit'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .fedi button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
`;
