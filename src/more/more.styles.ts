// Styles for <afterword-more>: a short list, each article's image (a fixed box, so nothing moves as
// images arrive) beside its title and date. With nothing to show the element takes no room at all.
import { css } from 'lit';

export const moreStyles = css`
  /* The space around the list is the list's own: an element with nothing to show has none. */
  :host {
    margin-block: 0;
  }
  [part='base'] {
    margin-block: var(--afterword-space, 1.5em);
  }
  [part='heading'] {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part='list'] {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='link'] {
    display: flex;
    gap: 1em;
    align-items: center;
    min-block-size: 44px;
    padding-block: 0.5em;
    border-radius: var(--_radius);
    color: var(--_text);
    text-decoration: none;
  }
  [part='image'] {
    flex: none;
    inline-size: var(--afterword-more-image-width, 96px);
    block-size: var(--afterword-more-image-height, 64px);
    border-radius: var(--_radius);
    object-fit: cover;
    background: var(--_border);
  }
  .text {
    display: grid;
    min-inline-size: 0;
  }
  [part='title'] {
    color: var(--_accent);
    font-weight: 600;
    line-height: 1.35;
    text-decoration: underline;
    text-decoration-thickness: from-font;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  [part='link']:hover [part='title'] {
    text-decoration-thickness: 2px;
  }
  [part='date'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
