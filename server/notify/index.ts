// Notifications put together: the outbox fed by every new message (in its insert transaction),
// the loops that deliver it once the inbox listens, and the feed and /inbox additions.
import type { StoreHooks, Store } from '../db.js';
import { openFeedKey } from '../feed.js';
import type { Options } from '../options.js';
import { openOutbox, type Outbox } from '../outbox.js';
import { startNotifier, targetsFor, type Notifier, type NotifyOptions } from './notifier.js';
import { createExtras, type InboxExtras } from './routes.js';

export interface Notifications {
  extras: InboxExtras;
  /** Starts delivering, once the inbox's own address is known (for links in notifications). */
  listening(base: string): Promise<void>;
  stop(): Promise<void>;
}

export function startNotifications(
  store: Store,
  hooks: StoreHooks,
  options: Options,
): Notifications {
  const notify = (inboxUrl: string): NotifyOptions => ({
    destinations: options.notify,
    retry: options.notifyRetry,
    tips: options.notifyTips,
    secret: options.notifySecret,
    digestHour: options.digestHour,
    inboxUrl,
  });
  // Opened even with no destination, so /inbox still lists deliveries left by an earlier set-up.
  const outbox: Outbox = openOutbox(store.sqlite, targetsFor(notify('')));
  let notifier: Notifier | undefined;
  if (options.notify.length) {
    hooks.created = (id, receivedAt) => {
      outbox.enqueue(id, Date.parse(receivedAt));
      notifier?.wake();
    };
  }
  const extras = createExtras({
    store,
    feedKey: openFeedKey(store.sqlite),
    outbox,
    destinations: options.notify,
    tips: options.notifyTips,
    trustProxy: options.trustProxy,
    publicUrl: options.publicUrl,
  });
  return {
    extras,
    async listening(base) {
      if (options.notify.length) notifier = await startNotifier(outbox, notify(`${base}/inbox`));
    },
    async stop() {
      await notifier?.stop();
    },
  };
}
