// Notifications put together: the outbox fed by every new message (in its insert transaction),
// the loops that deliver it once the inbox listens, and the feed and /inbox additions.
import { Worker } from 'node:worker_threads';
import type { Database } from '../database.js';
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

/**
 * `hooks` are the store's: with destinations, every new message is queued in the transaction
 * that stores it. The store may be made after this (it reads its hooks on each insert).
 */
export function startNotifications(
  database: Database,
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
    lease: options.notifyLease * 1000,
    inboxUrl,
  });
  // Opened even with no destination, so /inbox still lists deliveries left by an earlier set-up.
  const outbox: Outbox = openOutbox(database, targetsFor(notify('')), options.notifyLease * 1000);
  let notifier: Pick<Notifier, 'wake' | 'stop'> | undefined;
  if (options.notify.length) {
    hooks.onCreated = async (trx, items) => {
      await outbox.enqueue(trx, items);
      // It looks a moment later, once this transaction has committed.
      notifier?.wake();
    };
  }
  const extras = createExtras({
    store,
    feedKey: openFeedKey(database),
    outbox,
    destinations: options.notify,
    tips: options.notifyTips,
    trustProxy: options.trustProxy,
    publicUrl: options.publicUrl,
  });
  return {
    extras,
    async listening(base) {
      if (!options.notify.length) return;
      const settings = notify(`${base}/inbox`);
      // An in-memory database cannot be opened twice: its notifications stay on this thread.
      if (options.db === ':memory:' || options.db === '') {
        await outbox.releaseAll();
        notifier = await startNotifier(outbox, settings);
      } else {
        notifier = await startWorker(options.db, settings);
      }
    },
    async stop() {
      await notifier?.stop();
    },
  };
}

/** One worker thread running the notifier; resolves once it runs, rejects if it cannot start. */
function spawnWorker(db: string, options: NotifyOptions): Promise<Worker> {
  const worker = new Worker(new URL('./notify-worker.js', import.meta.url), {
    workerData: { db, options },
  });
  return new Promise((resolve, reject) => {
    worker.on('error', (error) => {
      console.error(`afterword-inbox: notifications stopped: ${error.message.split('\n')[0]}`);
      reject(error);
    });
    worker.once('message', (message: { ready?: boolean; error?: string }) => {
      if (message.error) reject(new Error(message.error));
      else resolve(worker);
    });
  });
}

/**
 * The notifier in a worker thread (server/dist/notify-worker.js). A worker that dies is started
 * again after a few seconds: what it was delivering is still in the outbox.
 */
async function startWorker(
  db: string,
  options: NotifyOptions,
): Promise<Pick<Notifier, 'wake' | 'stop'>> {
  let stopping = false;
  let alive = true;
  let worker = await spawnWorker(db, options);
  const restart = (): void => {
    setTimeout(() => {
      if (stopping) return;
      spawnWorker(db, options).then((next) => watch((worker = next)), restart);
    }, 5000).unref();
  };
  const watch = (w: Worker): void => {
    alive = true;
    w.once('exit', () => {
      alive = false;
      if (stopping) return;
      console.error('afterword-inbox: notifications stopped; starting them again in 5 s');
      restart();
    });
  };
  watch(worker);
  return {
    wake: () => worker.postMessage('wake'),
    async stop() {
      stopping = true;
      if (!alive) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      // A destination that hangs does not hold up the stop: its claim is freed at the next start.
      const late = setTimeout(() => void worker.terminate(), 5000);
      await exited;
      clearTimeout(late);
    },
  };
}
