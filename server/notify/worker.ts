// The notification loops in their own thread with their own connection to the database, so
// delivering (TLS, HTTP, SMTP) never holds up the inbox's answers to readers.
import { parentPort, workerData } from 'node:worker_threads';
import { openOutbox } from '../outbox.js';
import { startNotifier, targetsFor, type NotifyOptions } from './notifier.js';

export interface WorkerData {
  db: string;
  options: NotifyOptions;
}

async function main(): Promise<void> {
  const { db: file, options } = workerData as WorkerData;
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  const notifier = await startNotifier(openOutbox(db, targetsFor(options)), options);
  parentPort!.on('message', (message: string) => {
    if (message === 'wake') notifier.wake();
    if (message === 'stop') {
      void notifier.stop().then(() => {
        db.close();
        parentPort!.close();
      });
    }
  });
  parentPort!.postMessage({ ready: true });
}

main().catch((error: Error) => parentPort!.postMessage({ error: error.message }));
