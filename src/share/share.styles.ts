// Styles for <afterword-share>: a wrapping row of 44 px targets, labels shown, hidden or by width.
import { css } from 'lit';

export const shareStyles = css`
  :host {
    container-type: inline-size;
  }
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--afterword-share-gap, 8px);
    margin: 0;
    padding: 0;
  }
  [part='button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-inline-size: 44px;
    min-block-size: 44px;
    margin: 0;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9375em;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    transition:
      border-color 0.15s,
      color 0.15s;
  }
  [part='button']:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .label {
    white-space: nowrap;
  }
  .labels-hide .label,
  .labels-auto .label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .labels-hide [part='button'],
  .labels-auto [part='button'] {
    padding-inline: 0.625em;
  }
  @container (min-width: 560px) {
    .labels-auto .label {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
    }
    .labels-auto [part='button'] {
      padding-inline: 0.75em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part='button'] {
      transition: none;
    }
  }
  [part='manual-copy'] {
    flex-basis: 100%;
    display: grid;
    gap: 4px;
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part='manual-copy'] input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em;
    min-block-size: 44px;
  }
`;
