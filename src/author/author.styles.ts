// Styles for <afterword-author>: photo beside the text, wrapping under it on narrow screens.
import { css } from 'lit';
import { quietButton } from '../shared/buttons.js';

export const authorStyles = css`
  [part='base'] {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='photo'] {
    --_size: var(--afterword-author-photo-size, 64px);
    flex: none;
    inline-size: var(--_size);
    block-size: var(--_size);
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    display: grid;
    place-items: center;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: calc(var(--_size) * 0.38);
    font-weight: 600;
  }
  .text {
    flex: 1 1 16em;
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
  [part='name'] {
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
  }
  /* The name link is a 44 px target without moving the text: it reaches into the card's padding. */
  [part='name'] a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    margin-block: calc((1.3em - 44px) / 2);
  }
  a {
    color: var(--_accent);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9375em;
    text-wrap: balance;
  }
  [part='location']:not(:first-child)::before {
    content: ' · ';
  }
  ::slotted(*) {
    margin-block: 0.5em 0;
  }
  [part='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0.5em 0 -10px;
    margin-inline-start: -10px;
    padding: 0;
    list-style: none;
  }
  [part='link'] {
    display: grid;
    place-items: center;
    inline-size: 44px;
    block-size: 44px;
    border-radius: var(--_radius);
    color: var(--_text);
  }
  [part='link']:hover {
    color: var(--_accent);
  }
  /* "Follow from your server": here, since the dialog's own styles come with the dialog. */
  .fedi-follow {
    ${quietButton}
    margin-block-start: 0.5em;
  }
`;
