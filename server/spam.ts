// Whether a submission goes to the Spam view, and why: what the form saw (a filled honeypot, a
// send faster than its minimum fill time), too many links, and (with --pow) a missing, wrong or
// replayed proof of work. Spam is kept, answered like any message, and notified only once the
// journalist says it is not spam.
import { isSealed, type FeedbackPayload } from 'afterword/schema';
import type { Pow } from './pow.js';

/** More links than this in one message is what link spam looks like; a reader's source is one or two. */
export const MAX_LINKS = 3;

const LINK = /\bhttps?:\/\/|\bwww\.[^\s.]+\.[a-z]|\[url=|<a\s/gi;

export function countLinks(payload: FeedbackPayload): number {
  if (isSealed(payload)) return 0;
  const text = [payload.message, payload.name, payload.quote].filter(Boolean).join('\n');
  return text.match(LINK)?.length ?? 0;
}

/** The reason a submission is spam, or null. */
export async function spamReason(payload: FeedbackPayload, pow?: Pow): Promise<string | null> {
  if (payload.checks?.honeypot) return 'honeypot';
  if (payload.checks?.fast) return 'fast';
  if (countLinks(payload) > MAX_LINKS) return 'links';
  return pow ? pow.check(payload.altcha) : null;
}
