// The notification loops in their own thread with their own connection to the database, so
// delivering (TLS, HTTP, SMTP) never holds up the inbox's answers to readers.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../database.js';
import { openOutbox } from '../outbox.js';
import { startNotifier, targetsFor, type NotifyOptions } from './notifier.js';

export interface WorkerData {
  db: string;
  options: NotifyOptions;
}

async function main(): Promise<void> {
  const { db: target, options } = workerData as WorkerData;
  const database = await openDatabase(target);
  const outbox = openOutbox(database, targetsFor(options), options.lease);
  // One process owns a SQLite file: what a killed one had claimed is free again at once. On
  // PostgreSQL other processes may be delivering: a dead one's claims come back when their
  // lease runs out.
  if (database.dialect === 'sqlite') await outbox.releaseAll();
  const notifier = await startNotifier(outbox, options);
  parentPort!.on('message', (message: string) => {
    if (message === 'wake') notifier.wake();
    if (message === 'stop') {
      void notifier.stop().then(() => {
        void database.close().finally(() => parentPort!.close());
      });
    }
  });
  parentPort!.postMessage({ ready: true });
}

main().catch((error: Error) => parentPort!.postMessage({ error: error.message }));
