// Styles for <afterword-support>: a card inline with an accent rule on top, a bottom bar as a
// banner lined up with the page's column, labelled rows of 44 px choice chips whose selected state
// (tinted, outlined) never looks like the solid call to action.
// Written compactly: this text ships as is in the one-script bundle.
import { css } from 'lit';

export const supportStyles = css`
  :host([mode='banner']) {
    margin-block: 0;
  }
  [part='base'] {
    position: relative;
    padding: 1.25em 1.25em 1em;
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .banner {
    position: fixed;
    inset: auto 0 0;
    z-index: 2147483000;
    max-block-size: 85vh;
    overflow: auto;
    padding: 1em max(1em, var(--_right, 50% - 22em)) 0.75em max(1em, var(--_left, 50% - 22em));
    border-width: 4px 0 0;
    border-radius: 0;
    box-shadow: 0 -4px 16px rgb(0 0 0 / 0.15);
    animation: rise 0.25s ease-out;
  }
  .banner.top {
    inset: 0 0 auto;
    border-width: 0 0 4px;
    border-block-end-color: var(--_accent);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
    animation: none;
  }
  /* Short viewports (a phone on its side, 200 % zoom and more): the bar keeps to its heading, the
     choices and the way out, so it never takes most of the screen. */
  @media (max-height: 30em) {
    .banner {
      max-block-size: 45vh;
      padding-block: 0.5em 0.25em;
    }
    .banner [part='message'],
    .banner .goal {
      display: none;
    }
    .banner h2 {
      font-size: 1em;
    }
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
    font-size: 1.25em;
    line-height: 1.3;
    text-wrap: balance;
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
  legend {
    margin-block-end: 0.25em;
    padding: 0;
    font-size: 0.875em;
    font-weight: 600;
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
  .chip {
    border-color: var(--_line);
    background: var(--_surface);
  }
  .chip:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    font-weight: 600;
  }
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
  .other {
    padding-inline-end: 0.5em;
    cursor: text;
  }
  .sign {
    font-weight: 600;
  }
  [type='number'] {
    inline-size: 5em;
    min-block-size: 44px;
    padding-inline: 0.25em;
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    outline: none;
  }
  /* The chip is the field's outline (3:1); its focus ring is the chip's. */
  .other:has(:focus-visible) {
    border-color: var(--_text);
  }
  a {
    margin-block-start: 0.25em;
    padding-inline: 1.25em;
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
