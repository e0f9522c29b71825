// One inline SVG template for every icon: Tabler's outline style, drawn with the text colour.
import { css, html, type TemplateResult } from 'lit';

export function icon(d: string): TemplateResult {
  // One line: white space here would become text nodes in every icon of every widget.
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d=${d}></path>
  </svg>`;
}

export const iconStyles = css`
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
