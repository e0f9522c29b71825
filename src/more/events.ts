// The more-articles list's event: its detail type and its HTMLElementEventMap entry.

/** The reader followed one of the listed articles; `position` counts from 1, top to bottom. */
export interface MoreEventDetail {
  url: string;
  title: string;
  position: number;
}

declare global {
  interface HTMLElementEventMap {
    'afterword-more': CustomEvent<MoreEventDetail>;
  }
}
