// Inbox load: a pool of concurrent clients posting valid feedback, each with its own id, to the
// inbox on 127.0.0.1 with a temporary database; then the proof that nothing was lost. With
// `notify`, three webhook destinations on loopback (one answering slowly) take every message.
import { createHash, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { httpSink } from '../test/server/sinks.mjs';
import { INBOX_CLI, startInbox, TOKEN } from './servers.mjs';

/** How slowly the slow destination answers each notification. */
export const SLOW_MS = 250;

async function startSinks() {
  const sinks = await Promise.all([httpSink(), httpSink(), httpSink({ delay: SLOW_MS })]);
  const [hook, ntfy, slow] = sinks;
  const destinations = {
    webhook: `${hook.url}/hook`,
    ntfy: `ntfy+${ntfy.url}/topic`,
    'slow slack': `slack+${slow.url}/services/slow`,
  };
  return {
    sinks: { webhook: hook, ntfy, 'slow slack': slow },
    destinations,
    args: [
      ...Object.values(destinations).flatMap((d) => ['--notify', d]),
      '--notify-secret',
      'bench-secret',
    ],
    close: () => Promise.all(sinks.map((s) => s.close())),
  };
}

/** Per destination: messages delivered (distinct ids) and still waiting in the outbox. */
async function deliveries({ sinks, destinations }, ids, drainSeconds, dbFile) {
  const delivered = (sink) =>
    new Set(sink.requests.map((r) => r.headers['afterword-delivery'])).size;
  const end = Date.now() + drainSeconds * 1000;
  const started = Date.now();
  const fast = ['webhook', 'ntfy'];
  while (Date.now() < end && fast.some((k) => delivered(sinks[k]) < ids.size))
    await new Promise((r) => setTimeout(r, 200));
  const out = { drainSeconds: (Date.now() - started) / 1000 };
  for (const [name, sink] of Object.entries(sinks)) {
    const seen = new Set();
    for (const r of sink.requests) {
      const body = JSON.parse(r.body.startsWith('{') ? r.body : '{}');
      if (body.item?.id) seen.add(body.item.id);
    }
    out[name] = { delivered: delivered(sink), requests: sink.requests.length };
    if (name === 'webhook') out[name].unknownIds = [...seen].filter((id) => !ids.has(id)).length;
  }
  // The outbox's key for a destination is a hash of its address (see server/notify/destinations.ts).
  const db = new Database(dbFile, { readonly: true });
  const waiting = db.prepare('SELECT count(*) AS n FROM outbox WHERE destination = ?');
  for (const [name, address] of Object.entries(destinations)) {
    const key = createHash('sha256').update(address).digest('hex').slice(0, 16);
    out[name].waiting = waiting.get(key).n;
    out[name].accounted = out[name].delivered + out[name].waiting === ids.size;
  }
  db.close();
  out.nothingLost = Object.keys(destinations).every((k) => out[k].accounted);
  return out;
}

function payload(n) {
  return {
    id: randomUUID(),
    kind: ['feedback', 'correction', 'tip'][n % 3],
    message: `Benchmark message ${n}: the embankment figure in the third paragraph is from 2021, not 2022.`,
    name: 'A reader',
    page: { url: 'https://valley-ledger.example/river', title: 'The river that the budget forgot' },
    lang: 'en',
    createdAt: new Date().toISOString(),
  };
}

export async function inboxLoad({ amount, maxSeconds, connections, log, notify = false }) {
  if (!INBOX_CLI)
    return { skipped: 'inbox not built yet (no dist/server/cli.js: run npm run build)' };
  const sinks = notify ? await startSinks() : undefined;
  let inbox;
  try {
    inbox = await startInbox(sinks?.args ?? []);
  } catch (error) {
    await sinks?.close();
    return { skipped: `inbox did not start: ${error.message.split('\n')[0]}` };
  }
  try {
    log(
      `inbox: ${amount} submissions from ${connections} concurrent clients (at most ${maxSeconds} s) to ${inbox.base}`,
    );
    const sent = new Map(); // id -> status
    let n = 0;
    // A fixed number of requests, so every one is answered before counting; stopped early
    // (and said so) if it takes longer than maxSeconds.
    let stoppedEarly = false;
    const result = await new Promise((resolve, reject) => {
      const instance = autocannon(
        {
          url: inbox.base,
          connections,
          pipelining: 1,
          amount,
          timeout: 10,
          requests: [
            {
              method: 'POST',
              path: '/api/feedback',
              headers: { 'content-type': 'application/json' },
              setupRequest: (req, context) => {
                const body = payload(n++);
                context.id = body.id;
                return { ...req, body: JSON.stringify(body) };
              },
              onResponse: (status, _body, context) => sent.set(context.id, status),
            },
          ],
        },
        (error, res) => {
          clearTimeout(timer);
          if (error) reject(error);
          else resolve(res);
        },
      );
      const timer = setTimeout(() => {
        stoppedEarly = true;
        instance.stop();
      }, maxSeconds * 1000);
    });
    // Let answers still on the wire after an early stop arrive before reading the store.
    if (stoppedEarly) await new Promise((r) => setTimeout(r, 1000));
    const created = [...sent.values()].filter((s) => s === 201).length;
    const statuses = {};
    for (const s of sent.values()) statuses[s] = (statuses[s] ?? 0) + 1;
    const res = await fetch(`${inbox.base}/api/feedback`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const { items = [] } = res.ok ? await res.json() : {};
    const stored = new Set(items.map((i) => i.id));
    const missing = [...sent].filter(([id, s]) => s === 201 && !stored.has(id)).length;
    // Every stored message must reach the fast destinations; the slow one gets what it can in
    // the time, and the rest waits in the outbox (counted from the database after the stop).
    const notified = sinks ? await deliveries(sinks, stored, 60, inbox.db) : undefined;
    return {
      notify: notified,
      server: inbox.how,
      connections,
      amount,
      stoppedEarly,
      seconds: result.duration,
      requests: sent.size,
      perSecond: sent.size / result.duration,
      latency: {
        p50: result.latency.p50,
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      statuses,
      errors: result.errors,
      timeouts: result.timeouts,
      created,
      stored: items.length,
      uniqueStored: stored.size,
      missing,
      nothingLost:
        res.ok &&
        missing === 0 &&
        stored.size === items.length &&
        (stoppedEarly ? items.length >= created : items.length === created),
    };
  } finally {
    await inbox.stop();
    await sinks?.close();
  }
}
