// The page's one outbox for feedback that could not be sent yet: it retries with backoff, when the
// browser is back online and on the next page view, and gives each result to the form that sent it.
import { flush, queued, type Outcome, type Queued } from './transport.js';

type Listener = (item: Queued, outcome: Outcome) => void;

/** Each connected form's listener, with what identifies its messages: format and address. */
const forms = new Map<Listener, () => string>();
let timer: ReturnType<typeof setTimeout> | undefined;
let soon: Promise<void> | undefined;

/** The form a queued message belongs to: the same format posting to the same address. */
export const ownerOf = (via: string, url: string): string =>
  `${via} ${new URL(url, location.href).href}`;

function route(item: Queued, outcome: Outcome): void {
  const owner = ownerOf(item.via, item.req.url);
  for (const [listener, of] of forms) if (of() === owner) return listener(item, outcome);
}

/** Sends what is due (everything when `all`), then waits for the next item. */
export function retry(all = true): Promise<void> {
  return flush(route, all).then(() => {
    clearTimeout(timer);
    const next = Math.min(...queued().map((q) => q.next));
    if (next < Infinity && forms.size) timer = setTimeout(() => retry(false), next - Date.now());
  });
}

const online = (): void => void retry();

/**
 * A form joins at connect: what is queued goes out at once (once for all the forms that connect
 * together), then on `online` and as it falls due. Returns what makes the form leave.
 */
export function join(listener: Listener, owner: () => string): () => void {
  if (!forms.size) addEventListener('online', online);
  forms.set(listener, owner);
  soon ??= Promise.resolve().then(() => {
    soon = undefined;
    return retry();
  });
  return () => {
    forms.delete(listener);
    if (forms.size) return;
    removeEventListener('online', online);
    clearTimeout(timer);
  };
}
