// What sits beside the inbox's list besides the chart: a full inbox, the notifications that are
// failing (which destination, how many wait, the last error, the next try), and the private feed.
import type { Capacity } from '../capacity.js';
import type { FeedKey } from '../feed.js';
import { escapeHtml } from '../html.js';
import type { RequestFacts } from '../http/facts.js';
import type { Destination } from '../notify/destinations.js';
import type { Outbox } from '../outbox.js';

const time = (ms: number | null) =>
  ms === null ? 'none' : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function sideSections({
  capacity,
  feedKey,
  outbox,
  destinations,
}: {
  capacity: Capacity;
  feedKey: FeedKey;
  outbox: Outbox;
  destinations: Destination[];
}): (facts: RequestFacts) => Promise<string> {
  async function failing(): Promise<string> {
    const labels = new Map(destinations.map((d) => [d.key, d.label]));
    const rows = await outbox.failing();
    if (!rows.length) return '';
    const items = rows.map((r) => {
      const label = labels.get(r.destination) ?? 'a destination no longer configured';
      const next = r.nextAt === null ? 'given up' : `next try ${time(r.nextAt)}`;
      const lost = r.gaveUp ? `, ${r.gaveUp} given up after 3 days` : '';
      return `<li><strong>${escapeHtml(label)}</strong>: ${r.waiting} waiting${lost}, ${r.attempts} ${r.attempts === 1 ? 'attempt' : 'attempts'}; last error: <code>${escapeHtml(r.lastError)}</code>; ${escapeHtml(next)}</li>`;
    });
    return `<section aria-labelledby="failing"><h2 id="failing">Notifications failing</h2><ul>${items.join('')}</ul></section>`;
  }

  return async (facts) => {
    const feed = `${facts.base}/inbox/feed.atom?key=${encodeURIComponent(await feedKey.get())}`;
    const full = capacity.full()
      ? '<p class="error" role="status">This inbox is full (--max-messages): new messages are refused and wait in the readers\' browsers until you raise it.</p>'
      : '';
    return `${full}${await failing()}<section aria-labelledby="feed"><h2 id="feed">Private feed</h2>
<p>Follow new messages in your feed reader (keep this address to yourself): <code>${escapeHtml(feed)}</code></p>
<form method="post" action="/inbox/feed-key"><button type="submit">New feed address</button></form></section>`;
  };
}
