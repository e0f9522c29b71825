// One submission of the feedback form, start to end: spam checks, the payload, sealing, the page's
// say, then the mail app or the network. It returns what happened; the element shows it.
import { looksLikeBot, toPayload, type Draft, type Field, type Problem } from './draft.js';
import { isSealed, type FeedbackPayload, type PlainPayload } from './schema.js';
import type { TipKey } from './sealing.js';
import { isInbox } from './inbox.js';
import { deliver, mailtoUrl, type Destination, type Format, type Outcome } from './transport.js';

export type Refusal = Outcome & { ok: false };

export type Submitted =
  /** A bot: it is shown success and nothing is sent. */
  | { type: 'bot' }
  | { type: 'invalid'; problems: Partial<Record<Field, Problem>>; other: Record<string, string> }
  /** A sealed kind whose key can't be used: nothing is sent, in plain text least of all. */
  | { type: 'unsealable'; key: TipKey & { ok: false } }
  | { type: 'sealFailed'; error: string }
  | { type: 'tooLongToSeal' }
  /** A listener of `afterword-feedback` called preventDefault(): the page took the payload. */
  | { type: 'taken'; payload: FeedbackPayload }
  | { type: 'mail'; payload: FeedbackPayload; href: string }
  | { type: 'nowhere'; payload: FeedbackPayload }
  | { type: 'sent'; payload: FeedbackPayload; via: Format }
  /** A network error or 5xx: the payload waits in the outbox. */
  | { type: 'queued'; payload: FeedbackPayload; outcome: Refusal }
  /** A 4xx: the server's last word; the draft stays. */
  | { type: 'refused'; payload: FeedbackPayload; outcome: Refusal };

export interface Submission {
  draft: Draft;
  /** The honeypot field's value. */
  trap: string;
  shownAt: number;
  minSeconds?: number;
  page: { url: string; title: string };
  lang: string;
  /** The email subject, from the kind's name and the page's title. */
  subject: (payload: FeedbackPayload) => string;
  /** The key, when the draft's kind is sealed. */
  key?: () => Promise<TipKey>;
  dest?: Destination;
  to?: string;
  /** Fires the cancelable `afterword-feedback`; false when the page takes the payload. */
  offer: (payload: FeedbackPayload) => boolean;
}

/**
 * The checks made at once, before anything is awaited, so the reader sees their result in the
 * same update: a bot, fields to fix, or the payload ready to go.
 */
export function check(s: Submission): Submitted | { type: 'ready'; payload: PlainPayload } {
  const d = s.draft;
  const since = Math.min(s.shownAt, d.started || Infinity);
  const honeypot = !!s.trap;
  const fast = looksLikeBot('', since, s.minSeconds);
  const result = toPayload(d, s.page, s.lang);
  if (honeypot || fast) {
    // An Afterword inbox keeps it in its Spam view (a fast real reader loses nothing); anywhere
    // else nothing is sent. Either way the sender sees success.
    if (!toInbox(s) || 'problems' in result) return { type: 'bot' };
    const checks = honeypot ? { honeypot } : { fast };
    return { type: 'ready', payload: { ...result.payload, checks } };
  }
  return 'problems' in result ? { type: 'invalid', ...result } : { type: 'ready', ...result };
}

const toInbox = (s: Submission): boolean => !!s.dest && isInbox(s.dest.format, s.dest.endpoint);

/** The rest, once `check` found the payload ready: sealing, the page's say, then mail or the network. */
export async function submit(s: Submission, plain: PlainPayload): Promise<Submitted> {
  let payload: FeedbackPayload = plain;
  if (s.key) {
    const key = await s.key();
    if (!key.ok) return { type: 'unsealable', key };
    let sealed;
    try {
      // Sealing is its own part: a key was read, so it is here already.
      const { sealPayload } = await import('./seal.js');
      sealed = await sealPayload(key.key, plain);
    } catch (error) {
      // A browser without Web Crypto (a plain-http page) cannot seal.
      return { type: 'sealFailed', error: (error as Error).message };
    }
    if (!sealed) return { type: 'tooLongToSeal' };
    payload = sealed;
  }
  // What the spam checks caught is not offered to the page: it goes to the inbox's Spam view.
  if (!payload.checks && !s.offer(payload)) return { type: 'taken', payload };
  const subject = s.subject(payload);
  if (!s.dest && s.to && !isSealed(payload))
    return { type: 'mail', payload, href: mailtoUrl(s.to, subject, payload) };
  if (!s.dest) return { type: 'nowhere', payload };
  if (toInbox(s)) {
    // The proof of work, for an inbox started with --pow: fetched and solved only now.
    const { proofOfWork } = await import('./proof.js');
    const altcha = await proofOfWork(s.dest.endpoint);
    if (altcha) payload = { ...payload, altcha };
  }
  const outcome = await deliver({ ...s.dest, subject }, payload);
  if (outcome.ok) return { type: 'sent', payload, via: s.dest.format };
  return { type: outcome.retry ? 'queued' : 'refused', payload, outcome };
}
