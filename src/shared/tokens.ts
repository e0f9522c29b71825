// Design tokens with fallbacks, light/dark/auto, and the reset every element starts from.
import { css } from 'lit';

const light = css`
  --_accent: var(--afterword-accent, #1f57c3);
  --_on-accent: #fff;
  --_text: var(--afterword-text, #1c1c21);
  --_muted: var(--afterword-muted, #595966);
  --_surface: var(--afterword-surface, #fff);
  --_border: var(--afterword-border, #c9c9d3);
  --_danger: #b3261e;
`;

const dark = css`
  --_accent: var(--afterword-accent, #8fb3ff);
  --_on-accent: #0d1b38;
  --_text: var(--afterword-text, #ececf1);
  --_muted: var(--afterword-muted, #b0b0bd);
  --_surface: var(--afterword-surface, #1c1c22);
  --_border: var(--afterword-border, #4a4a57);
  --_danger: #ffb4ab;
`;

export const tokens = css`
  :host {
    display: block;
    margin-block: var(--afterword-space, 1.5em);
    ${light}
    --_radius: var(--afterword-radius, 8px);
    --_font: var(--afterword-font, inherit);
    --_focus: var(--afterword-focus-ring, var(--_accent));
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: 1em;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    text-shadow: none;
    word-spacing: normal;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
