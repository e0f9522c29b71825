// What a notification says about one message, for every destination and the private feed:
// a subject, a plain-text body, and the item as a webhook sends it. Tips follow --notify-tips;
// a sealed message says no more about itself than a summarised tip does.
import type { Item } from '../db.js';
import { withTextFragment } from '../links.js';

export type TipsMode = 'summary' | 'full';

/** A stored item; a sealed one carries `encrypted` (the armored ciphertext) instead of the text. */
export type Stored = Item & { encrypted?: string | null };

export interface Rendered {
  subject: string;
  text: string;
  /** The item as the webhook sends it: every stored field, or only what a summary may say. */
  item: Record<string, unknown>;
  /**
   * Whether it keeps the reader and the page to the inbox (a summarised tip, a sealed message):
   * no reply address, and links lead to the inbox, never to the page.
   */
  summary: boolean;
}

const KIND: Record<string, string> = { feedback: 'Feedback', correction: 'Correction', tip: 'Tip' };
export const TIP_SUMMARY = 'A news tip arrived';

export function kindLabel(kind: string): string {
  return KIND[kind] ?? kind;
}

/** A reader's name or a page title on one line, so it can never start a line of its own. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

export function render(item: Stored, tips: TipsMode, inboxUrl: string): Rendered {
  const { page: _page, name: _name, email: _email, quote: _quote, ...envelope } = item;
  if (item.encrypted) {
    // The ciphertext only: no page title, no address, not even its host.
    return {
      subject: `[${kindLabel(item.kind)}] ${item.kind === 'tip' ? 'A sealed news tip arrived' : 'A sealed message arrived'}`,
      text: [
        'Sealed message: decrypt it with your OpenPGP key (gpg --decrypt).',
        '',
        item.encrypted,
        '',
        `Inbox: ${inboxUrl}`,
      ].join('\n'),
      item: { ...envelope, inbox: inboxUrl },
      summary: true,
    };
  }
  if (item.kind === 'tip' && tips === 'summary') {
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
  const lines: string[] = [item.message];
  if (item.quote) lines.push('', ...item.quote.split(/\r?\n/).map((l) => `> ${l}`));
  lines.push('', `Page: ${withTextFragment(item.page.url, item.quote)}`);
  const from = [item.name && oneLine(item.name), item.email && `<${item.email}>`]
    .filter(Boolean)
    .join(' ');
  if (from) lines.push(`From: ${from}`);
  lines.push(`Inbox: ${inboxUrl}`);
  return {
    subject: `[${kindLabel(item.kind)}] ${oneLine(item.page.title || item.page.url)}`,
    text: lines.join('\n'),
    item: { ...item },
    summary: false,
  };
}
