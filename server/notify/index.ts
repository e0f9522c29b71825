// Notifications put together: the outbox fed by every new message (in its insert transaction)
// through the store's hooks, and the loops that deliver it once the inbox listens.
import { Worker } from 'node:worker_threads';
import type { Database } from '../database.js';
import type { StoreHooks } from '../db.js';
import type { Options } from '../options.js';
import { openOutbox, type Outbox } from '../outbox.js';
import { startNotifier, targetsFor, type Notifier, type NotifyOptions } from './notifier.js';

export interface Notifications {
  /** Deliveries waiting and failing (for /inbox), opened even with no destination. */
  outbox: Outbox;
  /** The store's hooks: with destinations, each new message is queued in the transaction that stores it. */
  hooks: StoreHooks;
  /** Starts delivering, once the inbox's own address is known (for links in notifications). */
  start(base: string): Promise<void>;
  stop(): Promise<void>;
}

type Running = Pick<Notifier, 'wake' | 'stop'>;

export function createNotifications(
  database: Database,
  options: Pick<
    Options,
    | 'db'
    | 'notify'
    | 'notifyRetry'
    | 'notifyTips'
    | 'notifySecret'
    | 'digestHour'
    | 'notifyLease'
    | 'notifyMax'
  >,
): Notifications {
  const settings = (inboxUrl: string): NotifyOptions => ({
    destinations: options.notify,
    retry: options.notifyRetry,
    tips: options.notifyTips,
    secret: options.notifySecret,
    digestHour: options.digestHour,
    lease: options.notifyLease * 1000,
    max: options.notifyMax,
    inboxUrl,
  });
  // Opened even with no destination, so /inbox still lists deliveries left by an earlier set-up.
  const outbox = openOutbox(database, targetsFor(settings('')), options.notifyLease * 1000);
  let notifier: Running | undefined;
  let starting: Promise<void> | undefined;
  // Without destinations nothing is queued, and a submission needs no transaction of its own.
  const hooks: StoreHooks = options.notify.length
    ? {
        async onCreated(trx, items) {
          await outbox.enqueue(trx, items);
          // It looks a moment later, once this transaction has committed.
          notifier?.wake();
        },
      }
    : {};
  return {
    outbox,
    hooks,
    start(base) {
      if (!options.notify.length) return Promise.resolve();
      const running = settings(`${base}/inbox`);
      starting = (async () => {
        // An in-memory database cannot be opened twice: its notifications stay on this thread.
        if (options.db === ':memory:' || options.db === '') {
          await outbox.releaseAll();
          notifier = await startNotifier(outbox, running);
        } else {
          notifier = await startWorker(options.db, running);
        }
      })();
      return starting;
    },
    async stop() {
      // A stop right after the start waits for the notifier, or its thread would outlive the inbox.
      await starting?.catch(() => undefined);
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
async function startWorker(db: string, options: NotifyOptions): Promise<Running> {
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
