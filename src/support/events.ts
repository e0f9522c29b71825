// The support prompt's events: their detail types and HTMLElementEventMap entries.

/** The reader follows the link to the provider; `amount` in major units, or null. */
export interface SupportEventDetail {
  provider: string;
  amount: number | null;
  currency: string;
  interval: 'once' | 'monthly';
  url: string;
}

export interface DismissEventDetail {
  reason: 'close' | 'escape';
}

declare global {
  interface HTMLElementEventMap {
    'afterword-support': CustomEvent<SupportEventDetail>;
    'afterword-dismiss': CustomEvent<DismissEventDetail>;
  }
}
