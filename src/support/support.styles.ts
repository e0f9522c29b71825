// Styles for <afterword-support>: a quiet card inline, a bottom bar as a banner, 44 px choice chips.
// Written compactly: this text ships as is in the one-script bundle.
import { css } from 'lit';

export const supportStyles = css`
  :host([mode='banner']) {
    margin-block: 0;
  }
  [part='base'] {
    position: relative;
    padding: 1em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .banner {
    position: fixed;
    inset: auto 0 0;
    z-index: 2147483000;
    max-block-size: 85vh;
    overflow: auto;
    padding-inline: max(1em, 50% - 22em) max(3.5em, 50% - 22em);
    border-width: 1px 0 0;
    border-radius: 0;
    box-shadow: 0 -4px 16px rgb(0 0 0 / 0.15);
    animation: rise 0.25s ease-out;
  }
  @keyframes rise {
    from {
      transform: translateY(100%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .banner {
      animation: none;
    }
  }
  [hidden] {
    display: none !important;
  }
  h2 {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    min-inline-size: 0;
    margin: 0 0 0.75em;
    padding: 0;
    border: 0;
  }
  .chip,
  a,
  button {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .chip:has(:checked),
  a {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .chip:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [type='radio'] {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  [type='number'] {
    inline-size: 5em;
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    border-block-end: 1px solid var(--_muted);
  }
  a {
    font-weight: 600;
    text-decoration: none;
  }
  button {
    position: absolute;
    inset-block-start: 4px;
    inset-inline-end: 4px;
    justify-content: center;
    padding: 0;
    border: 0;
    background: none;
  }
  [part='close'],
  .quiet button {
    position: static;
    min-inline-size: 44px;
    color: var(--_muted);
  }
  [part='close'] {
    padding-inline: 0.5em;
  }
  .quiet {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  .quiet button {
    margin-inline-end: 1em;
    padding: 0;
    text-decoration: underline;
  }
  .quiet span:not(:empty) {
    margin-inline-end: 0.5em;
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 0.5em;
    appearance: none;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_border);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_border);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .wait {
    visibility: hidden;
  }
  .goal p {
    margin: 0.4em 0 0.75em;
    color: inherit;
    font-variant-numeric: tabular-nums;
  }
`;
