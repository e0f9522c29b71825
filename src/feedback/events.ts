// The feedback form's events: their detail types and HTMLElementEventMap entries.
import type { FeedbackPayload, Kind } from './schema.js';
import type { Format } from './transport.js';

/** Cancelable, before sending: a page that calls preventDefault() takes the payload itself. */
export interface FeedbackEventDetail {
  payload: FeedbackPayload;
}

/** `via` is the format, `mailto`, or `page` when a listener took the payload; `retried` for a send from the queue. */
export interface FeedbackSentDetail {
  id: string;
  kind: Kind;
  via: Format | 'mailto' | 'page';
  retried: boolean;
}

/** `queued`: kept and retried later (network error, 5xx); otherwise refused (4xx) and the draft kept. */
export interface FeedbackErrorDetail {
  id: string;
  kind: Kind;
  status?: number;
  message: string;
  queued: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'afterword-feedback': CustomEvent<FeedbackEventDetail>;
    'afterword-feedback-sent': CustomEvent<FeedbackSentDetail>;
    'afterword-feedback-error': CustomEvent<FeedbackErrorDetail>;
  }
}
