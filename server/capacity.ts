// How much readers can make the inbox store: at most --max-messages messages, and at most
// --rate-limit-total new ones a minute from everyone together (each process counts its own).
// Past either, a submission is refused whole (503): nothing is half-stored.
import type { Store } from './db.js';

export type Admission =
  | {
      ok: true;
      /** Says whether the message was new: a repeated id counts for nothing. */ done(
        created: boolean,
      ): void;
    }
  | { ok: false; reason: 'full' | 'busy'; /** Seconds to wait. */ wait: number };

export interface Capacity {
  admit(): Promise<Admission>;
  /** Whether the inbox was full when last counted (for a notice on /inbox). */
  full(): boolean;
}

export interface CapacitySettings {
  store: Store;
  maxMessages: number;
  /** New messages a minute; 0: no limit. */
  perMinute: number;
  log?: (line: string) => void;
  now?: () => number;
}

/** How long a count of the stored messages is trusted (other processes may add to it). */
const RECOUNT = 5000;
/** When full, the form is asked to try again in an hour; the author is told at most hourly. */
const FULL_WAIT = 3600;

export function createCapacity({
  store,
  maxMessages,
  perMinute,
  log = (line) => console.error(`afterword-inbox: ${line}`),
  now = Date.now,
}: CapacitySettings): Capacity {
  let stored: number | undefined;
  let countedAt = 0;
  let counting: Promise<number> | undefined;
  let inFlight = 0;
  let toldAt = -Infinity;
  // Times of the messages admitted in the last minute, oldest first, from `head` on.
  let admitted: number[] = [];
  let head = 0;

  const count = async (): Promise<number> => {
    if (stored !== undefined && now() - countedAt < RECOUNT) return stored;
    counting ??= store.count().finally(() => (counting = undefined));
    const n = await counting;
    if (now() - countedAt >= RECOUNT || stored === undefined) {
      stored = n;
      countedAt = now();
    }
    return stored;
  };

  return {
    async admit() {
      const n = await count();
      const t = now();
      while (head < admitted.length && t - admitted[head]! >= 60_000) head++;
      if (head > 1024) {
        admitted = admitted.slice(head);
        head = 0;
      }
      if (perMinute && admitted.length - head >= perMinute)
        return {
          ok: false,
          reason: 'busy',
          wait: Math.max(1, Math.ceil((admitted[head]! + 60_000 - t) / 1000)),
        };
      if (n + inFlight >= maxMessages) {
        if (t - toldAt >= FULL_WAIT * 1000) {
          toldAt = t;
          log(
            `the inbox holds ${n} messages, its --max-messages: new ones are refused (503) until you raise it`,
          );
        }
        return { ok: false, reason: 'full', wait: FULL_WAIT };
      }
      admitted.push(t);
      inFlight++;
      return {
        ok: true,
        done(created) {
          inFlight--;
          if (created) {
            if (stored !== undefined) stored++;
            return;
          }
          const at = admitted.indexOf(t, head);
          if (at !== -1) admitted.splice(at, 1);
        },
      };
    },
    full: () => stored !== undefined && stored >= maxMessages,
  };
}
