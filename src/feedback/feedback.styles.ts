// Styles for <afterword-feedback>: one column of labelled fields, 44 px targets, errors in the danger colour.
import { css } from 'lit';

export const feedbackStyles = css`
  [part='base'] {
    display: grid;
    gap: 0.75em;
    padding: 1em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
  }
  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 44px;
    font-weight: 400;
  }
  [part='field'] {
    display: grid;
    gap: 0.25em;
  }
  textarea,
  [part='field'] input {
    min-block-size: 44px;
    padding: 0.5em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  p {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .error,
  .failed,
  .check {
    color: var(--_danger);
  }
  [part='button'] {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    padding-inline: 1.25em;
    font: inherit;
    font-weight: 600;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [aria-disabled='true'] {
    opacity: 0.7;
  }
`;
