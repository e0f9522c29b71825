// The share bar's event: its detail type and its HTMLElementEventMap entry.

/** The reader left for a network, copied, printed or shared; `url` is the shared page's address. */
export interface ShareEventDetail {
  network: string;
  url: string;
}

declare global {
  interface HTMLElementEventMap {
    'afterword-share': CustomEvent<ShareEventDetail>;
  }
}
