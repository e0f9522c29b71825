// Typed afterword-* events: they bubble and cross shadow boundaries.
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
  'afterword-feedback': { payload: unknown };
  'afterword-feedback-sent': { id: string; queued: boolean };
  'afterword-feedback-error': { id?: string; status?: number; message: string };
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
