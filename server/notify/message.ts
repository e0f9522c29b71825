// What a notification says about one message, for every destination and the private feed:
// a subject, a plain-text body, and the item as a webhook sends it. Tips follow --notify-tips.
import type { Item } from '../db.js';
import { withTextFragment } from '../links.js';

export type TipsMode = 'summary' | 'full';

/** A stored item; a sealed one carries `encrypted` (the armored ciphertext) instead of the text. */
export type Stored = Item & { encrypted?: string | null };

export interface Rendered {
  subject: string;
  text: string;
  /** The item as the webhook sends it: every stored field, or the summary of a tip. */
  item: Record<string, unknown>;
  /** Whether this is only "A news tip arrived". */
  summary: boolean;
}

const KIND: Record<string, string> = { feedback: 'Feedback', correction: 'Correction', tip: 'Tip' };
export const TIP_SUMMARY = 'A news tip arrived';

export function kindLabel(kind: string): string {
  return KIND[kind] ?? kind;
}

export function render(item: Stored, tips: TipsMode, inboxUrl: string): Rendered {
  const title = item.page.title || item.page.url;
  if (item.kind === 'tip' && tips === 'summary' && !item.encrypted) {
    return {
      subject: `[Tip] ${TIP_SUMMARY}`,
      text: `${TIP_SUMMARY}. Read it in your inbox: ${inboxUrl}`,
      item: {
        id: item.id,
        kind: item.kind,
        summary: TIP_SUMMARY,
        inbox: inboxUrl,
        lang: item.lang,
        createdAt: item.createdAt,
        receivedAt: item.receivedAt,
      },
      summary: true,
    };
  }
  const lines: string[] = [];
  if (item.encrypted) {
    lines.push(
      'Sealed message: decrypt it with your OpenPGP key (gpg --decrypt).',
      '',
      item.encrypted,
    );
  } else {
    lines.push(item.message);
    if (item.quote) lines.push('', ...item.quote.split(/\r?\n/).map((l) => `> ${l}`));
  }
  lines.push('', `Page: ${withTextFragment(item.page.url, item.encrypted ? null : item.quote)}`);
  const from = [item.name, item.email && `<${item.email}>`].filter(Boolean).join(' ');
  if (from) lines.push(`From: ${from}`);
  lines.push(`Inbox: ${inboxUrl}`);
  return {
    subject: `[${kindLabel(item.kind)}] ${title}`,
    text: lines.join('\n'),
    item: { ...item },
    summary: false,
  };
}
