// Works through the outbox: each destination has its own loop (a slow one holds up no other),
// retries with exponential backoff, gives up after three days, and logs one line per failure.
import { LEASE, type Claimed, type Outbox, type Outcome, type Target } from '../outbox.js';
import { redact, type Destination } from './destinations.js';
import { render, type TipsMode } from './message.js';
import { createSender, type Sender } from './send.js';

export interface NotifyOptions {
  destinations: Destination[];
  /** First retry after this many seconds; doubled each time up to MAX_GAP. */
  retry: number;
  tips: TipsMode;
  secret: string | undefined;
  digestHour: number;
  inboxUrl: string;
  /** How long (ms) a claim lasts unless renewed: a crashed process's deliveries come back after it. */
  lease?: number;
  /**
   * Notifications an hour to one destination: the last one that fits carries, as one digest,
   * everything waiting; then nothing until the hour allows again. 0 or undefined: no limit.
   */
  max?: number;
  log?: (line: string) => void;
}

export const MAX_GAP = 6 * 3600_000;
export const GIVE_UP_AFTER = 3 * 86400_000;
const POLL = 1000;
const BATCH = 48;
/** Deliveries wait while messages keep arriving (at most MAX_DEFER: 10 s), then go out in a batch. */
const QUIET = 150;
const MAX_DEFER = 10_000;
const HOUR = 3600_000;

/** When the nth failure (1, 2, …) is tried again; null once the delivery is three days old. */
export function nextTry(
  retrySeconds: number,
  failures: number,
  queuedAt: number,
  now: number,
): number | null {
  if (now - queuedAt >= GIVE_UP_AFTER) return null;
  const gap = Math.min(retrySeconds * 1000 * 2 ** Math.min(failures - 1, 30), MAX_GAP);
  return Math.min(now + gap, queuedAt + GIVE_UP_AFTER);
}

/** The next time the server's clock shows `hour`:00 (server time), after `now`. */
export function nextDigest(hour: number, now: number): number {
  const at = new Date(now);
  at.setHours(hour, 0, 0, 0);
  if (at.getTime() <= now) at.setDate(at.getDate() + 1);
  return at.getTime();
}

/** The outbox's targets for these destinations: digests wait for their hour. */
export function targetsFor(options: NotifyOptions): Target[] {
  return options.destinations.map((d) => ({
    key: d.key,
    firstTry: d.smtp?.digest ? (now) => nextDigest(options.digestHour, now) : (now) => now,
  }));
}

export interface Notifier {
  /** Looks for due deliveries now (after new messages were committed). */
  wake(): void;
  stop(): Promise<void>;
}

export async function startNotifier(outbox: Outbox, options: NotifyOptions): Promise<Notifier> {
  const log = options.log ?? ((line: string) => console.error(line));
  const ctx = { secret: options.secret, inboxUrl: options.inboxUrl };
  const senders = new Map<string, Sender>();
  for (const d of options.destinations) senders.set(d.key, await createSender(d, ctx));
  const clean = (text: string) => redact(text, options.destinations);
  const busy = new Set<string>();
  const running = new Set<Promise<void>>();
  /** When each notification of the last hour went to each destination (tries included). */
  const recent = new Map<string, number[]>();
  const lastHour = (key: string, now: number) => {
    const list = (recent.get(key) ?? []).filter((t) => now - t < HOUR);
    recent.set(key, list);
    return list;
  };
  let stopped = false;

  /** `fold`: everything claimed goes as one digest; else one delivery per message. */
  async function deliver(dest: Destination, claimed: Claimed[], fold: boolean): Promise<Outcome[]> {
    const send = senders.get(dest.key)!;
    const rendered = (c: Claimed) => render(c.item, options.tips, options.inboxUrl);
    const groups = fold ? [claimed] : claimed.map((c) => [c]);
    lastHour(dest.key, Date.now()).push(...groups.map(() => Date.now()));
    const outcomes = await Promise.all(
      groups.map(async (group): Promise<Outcome[]> => {
        const first = group[0]!;
        try {
          const messages = group.map(rendered);
          // A summarised tip keeps even its sender's address in the inbox.
          const replyTo = group.length === 1 && !messages[0]!.summary ? first.item.email : null;
          await send({ id: first.delivery, messages, replyTo: replyTo ?? undefined });
          return group.map((c) => ({ n: c.n, ok: true }));
        } catch (error) {
          const now = Date.now();
          const reason = clean(((error as Error).message || String(error)).split('\n')[0]!);
          const failures = first.attempts + 1;
          const nextAt = nextTry(options.retry, failures, first.queuedAt, now);
          log(
            `afterword-inbox: notification to ${dest.label} failed (attempt ${failures}): ${reason}; ${
              nextAt === null
                ? 'giving up after 3 days'
                : `next try at ${new Date(nextAt).toISOString()}`
            }`,
          );
          return group.map((c) => ({
            n: c.n,
            ok: false,
            error: reason,
            nextAt,
            now,
          }));
        }
      }),
    );
    return outcomes.flat();
  }

  /** `once`: one batch only, while readers are still sending (their answers come first). */
  async function pump(dest: Destination, once: boolean): Promise<void> {
    if (busy.has(dest.key) || stopped) return;
    busy.add(dest.key);
    try {
      for (let round = 0; !once || round < 1; round++) {
        const now = Date.now();
        // A daily digest is one mail for everything due.
        let fold = !!dest.smtp?.digest;
        let limit = fold ? 500 : BATCH;
        if (options.max && !fold) {
          const room = options.max - lastHour(dest.key, now).length;
          // The hour's last notification: everything waiting, in one digest.
          if (room === 1) [fold, limit] = [true, 500];
          else if (room > 1) limit = Math.min(BATCH, room - 1);
          else break; // until the oldest of them is an hour old
        }
        const claimed = await outbox.claimDue(dest.key, now, limit);
        if (!claimed.length) break;
        await outbox.finish(await deliver(dest, claimed, fold));
        if (stopped) break;
      }
    } catch (error) {
      log(`afterword-inbox: notifications to ${dest.label}: ${clean((error as Error).message)}`);
    } finally {
      busy.delete(dest.key);
    }
  }

  let lastWake = 0;
  let lastRun = 0;
  let pending: NodeJS.Timeout | undefined;
  let spreading = false;
  const spreadAll = async (arriving: boolean) => {
    // Small steps while readers are sending: each holds the database's write lock.
    const step = arriving ? 50 : 200;
    while ((await outbox.spread(step)) === step && !arriving && !stopped);
  };
  const pumpAll = () => {
    const now = Date.now();
    const arriving = now - lastWake < QUIET;
    if (spreading || (arriving && now - lastRun < MAX_DEFER)) return;
    lastRun = now;
    spreading = true;
    const round = spreadAll(arriving)
      .catch((error: Error) =>
        log(`afterword-inbox: notifications: ${clean(error.message.split('\n')[0]!)}`),
      )
      .then(() => {
        spreading = false;
        if (stopped) return;
        for (const d of options.destinations) {
          const p = pump(d, arriving);
          running.add(p);
          void p.finally(() => running.delete(p));
        }
      });
    running.add(round);
    void round.finally(() => running.delete(round));
  };
  const timer = setInterval(pumpAll, POLL);
  // Claims are renewed while deliveries run, so only a process that died loses them.
  const lease = options.lease ?? LEASE;
  const renewal = setInterval(() => {
    if (busy.size)
      outbox
        .renew(Date.now())
        .catch((error: Error) =>
          log(`afterword-inbox: notifications: ${clean(error.message.split('\n')[0]!)}`),
        );
  }, lease / 3);
  pumpAll();

  return {
    wake() {
      lastWake = Date.now();
      if (pending) return;
      const check = () => {
        const quiet = Date.now() - lastWake >= QUIET;
        if (!quiet && Date.now() - lastRun < MAX_DEFER) {
          pending = setTimeout(check, QUIET);
          return;
        }
        pending = undefined;
        pumpAll();
      };
      pending = setTimeout(check, QUIET);
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearInterval(renewal);
      clearTimeout(pending);
      await Promise.all(running);
    },
  };
}
