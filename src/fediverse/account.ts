// A fediverse profile's account, read from its address: all the author card's "Follow from your
// server" button needs before the reader clicks (the server lookup comes with the dialog).
import type { FediAccount } from './targets.js';

/**
 * A fediverse profile link's account: `https://example.social/@jane` is `jane@example.social`,
 * `https://example.social/@jane@other.example` is `jane@other.example`.
 */
export function profileAccount(href: string): FediAccount | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const m = url.pathname.match(/^\/@([\w.-]+)(?:@([\w.-]+))?\/?$/);
  if (!m) return null;
  return { uri: url.href, acct: `${m[1]}@${m[2] ?? url.hostname}` };
}
