// Styles for <afterword-feedback>: one card of labelled fields (GOV.UK's patterns: outlined
// fields at 3:1, radios drawn in the accent colour over 44 px targets, errors in the danger
// colour), and sending / sent / saved / failed each in a look of its own.
import { css } from 'lit';

export const feedbackStyles = css`
  [part='base'] {
    display: grid;
    gap: 0.75em;
    padding: 1.25em 1.25em 1em;
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
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
    position: relative;
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-inline: 2em 0.25em;
    font-weight: 400;
    cursor: pointer;
  }
  /* The radio itself covers its whole label (a 44 px target) and is drawn by the label. */
  fieldset input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  fieldset label::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inline-size: 1.375em;
    block-size: 1.375em;
    border: 2px solid var(--_line);
    border-radius: 50%;
    background: var(--_surface);
  }
  fieldset label:has(:checked)::before {
    border-color: var(--_accent);
    background: radial-gradient(circle, var(--_accent) 0 0.3em, var(--_surface) 0.35em);
  }
  fieldset label:has(:focus-visible)::before {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    fieldset label:has(:checked)::before {
      background: radial-gradient(circle, CanvasText 0 0.3em, Canvas 0.35em);
      forced-color-adjust: none;
    }
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
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    resize: vertical;
  }
  textarea:focus-visible,
  [part='field'] input:focus-visible {
    border-color: var(--_text);
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
  [part='status']:not(:empty) {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_line);
    border-radius: 2px;
    color: var(--_text);
    font-size: 0.9375em;
  }
  [part='status'].sent,
  [part='status'].mail {
    border-color: var(--_ok);
    background: color-mix(in srgb, var(--_ok) 12%, var(--_surface));
  }
  [part='status'].queued {
    border-inline-start-style: dashed;
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  [part='status'].failed,
  [part='status'].check {
    border-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 10%, var(--_surface));
  }
  [part='status'].sending {
    color: var(--_muted);
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
