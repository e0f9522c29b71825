// Typed afterword-* events: they bubble and cross shadow boundaries.
import type { FeedbackPayload, Kind } from '../feedback/schema.js';
import type { Format } from '../feedback/transport.js';

export interface AfterwordEventMap {
  'afterword-share': { network: string; url: string };
  'afterword-support': {
    provider: string;
    amount: number | null;
    currency: string;
    interval: 'once' | 'monthly';
    url: string;
  };
  'afterword-dismiss': { reason: 'close' | 'escape' };
  'afterword-feedback': { payload: FeedbackPayload };
  /** `via` is the format, `mailto`, or `page` when a listener took the payload; `retried` for a send from the queue. */
  'afterword-feedback-sent': {
    id: string;
    kind: Kind;
    via: Format | 'mailto' | 'page';
    retried: boolean;
  };
  /** `queued`: kept and retried later (network error, 5xx); otherwise refused (4xx) and the draft kept. */
  'afterword-feedback-error': { id: string; status?: number; message: string; queued: boolean };
}

export type AfterwordEventName = keyof AfterwordEventMap;

/** Dispatches a typed event; returns false when a listener called preventDefault(). */
export function emit<K extends AfterwordEventName>(
  target: EventTarget,
  name: K,
  detail: AfterwordEventMap[K],
  cancelable = false,
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'afterword-share': CustomEvent<AfterwordEventMap['afterword-share']>;
    'afterword-support': CustomEvent<AfterwordEventMap['afterword-support']>;
    'afterword-dismiss': CustomEvent<AfterwordEventMap['afterword-dismiss']>;
    'afterword-feedback': CustomEvent<AfterwordEventMap['afterword-feedback']>;
    'afterword-feedback-sent': CustomEvent<AfterwordEventMap['afterword-feedback-sent']>;
    'afterword-feedback-error': CustomEvent<AfterwordEventMap['afterword-feedback-error']>;
  }
}
