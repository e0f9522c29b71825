// Design tokens with fallbacks, light/dark/auto, and the reset every element starts from.
// --_border draws cards; --_line outlines fields and choices, at least 3:1 on the surface (1.4.11),
// following --afterword-muted when a theme sets it.
import { css, unsafeCSS, type CSSResult } from 'lit';
import { TOKEN_DEFAULTS } from './token-defaults.js';

export { TOKEN_DEFAULTS };

/** A default as CSS (each is a plain value written above, never input). */
const v = (value: string): CSSResult => unsafeCSS(value);

const { light: L, dark: D } = TOKEN_DEFAULTS;

const light = css`
  --_accent: var(--afterword-accent, ${v(L.accent)});
  --_on-accent: #fff;
  --_text: var(--afterword-text, ${v(L.text)});
  --_muted: var(--afterword-muted, ${v(L.muted)});
  --_surface: var(--afterword-surface, ${v(L.surface)});
  --_border: var(--afterword-border, ${v(L.border)});
  --_line: var(--afterword-muted, #84848f);
  --_danger: #b3261e;
  --_ok: #1b7a3d;
`;

const dark = css`
  --_accent: var(--afterword-accent, ${v(D.accent)});
  --_on-accent: #0d1b38;
  --_text: var(--afterword-text, ${v(D.text)});
  --_muted: var(--afterword-muted, ${v(D.muted)});
  --_surface: var(--afterword-surface, ${v(D.surface)});
  --_border: var(--afterword-border, ${v(D.border)});
  --_line: var(--afterword-muted, #7a7a88);
  --_danger: #ffb4ab;
  --_ok: #7fd69b;
`;

export const tokens = css`
  :host {
    display: block;
    margin-block: var(--afterword-space, ${v(TOKEN_DEFAULTS.space)});
    ${light}
    --_radius: var(--afterword-radius, ${v(TOKEN_DEFAULTS.radius)});
    --_font: var(--afterword-font, ${v(TOKEN_DEFAULTS.font)});
    --_focus: var(--afterword-focus-ring, var(--_accent));
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  /* The scheme in force (the base class sets it: theme, JSON, the page's own), where the browser
     has custom states; the two rules above serve those that don't. */
  :host(:state(dark)) {
    ${dark}
    color-scheme: dark;
  }
  :host(:state(light)) {
    ${light}
    color-scheme: light;
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
