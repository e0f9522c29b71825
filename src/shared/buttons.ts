// The look of a quiet button (the widget's own colours, a 44 px touch target), shared by the
// fediverse dialog's buttons and the author card's "Follow from your server".
import { css } from 'lit';

export const quietButton = css`
  min-block-size: 44px;
  padding-inline: 1em;
  font: inherit;
  border-radius: var(--_radius);
  border: 1px solid var(--_border);
  background: var(--_surface);
  color: var(--_text);
  cursor: pointer;
`;
