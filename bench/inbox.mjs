// Inbox load: a pool of concurrent clients posting valid feedback, each with its own id, to the
// inbox on 127.0.0.1 with a temporary database; then the proof that nothing was lost. On SQLite
// (one process), and on PostgreSQL with two inbox processes on one database, as behind a load
// balancer: the clients are split between them. With `notify` (SQLite), three webhook
// destinations on loopback (one answering slowly) take every message.
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { root } from './lib.mjs';
import { INBOX_CLI, startInbox, TOKEN } from './servers.mjs';
import { powCost } from './pow.mjs';

// The --pow variant: what a proof of work costs one submission (solve + verify).
export { powCost };

/** How slowly the slow destination answers each notification. */
export const SLOW_MS = 250;

async function startSinks() {
  const child = spawn(process.execPath, [join(root, 'bench/sinks.mjs'), String(SLOW_MS)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value);
  const urls = await next();
  const destinations = {
    webhook: `${urls.webhook}/hook`,
    ntfy: `ntfy+${urls.ntfy}/topic`,
    'slow slack': `slack+${urls['slow slack']}/services/slow`,
  };
  return {
    destinations,
    counts: () => (child.stdin.write('\n'), next()),
    args: [
      ...Object.values(destinations).flatMap((d) => ['--notify', d]),
      '--notify-secret',
      'bench-secret',
      // Every message notified on its own, as the load measures delivery (by default, past 60
      // an hour to one destination the rest fold into one digest).
      '--notify-max',
      '1000000',
    ],
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.stdin.end();
      }),
  };
}

/** Per destination: messages delivered (distinct delivery ids) and still waiting in the outbox. */
async function deliveries({ counts, destinations }, ids, drainSeconds, dbFile) {
  const started = Date.now();
  const end = started + drainSeconds * 1000;
  let seen = await counts();
  while (Date.now() < end && ['webhook', 'ntfy'].some((k) => seen[k].delivered < ids.size)) {
    await new Promise((r) => setTimeout(r, 200));
    seen = await counts();
  }
  const out = { drainSeconds: (Date.now() - started) / 1000 };
  // The outbox's key for a destination is a hash of its address (see server/notify/destinations.ts).
  // Read before the sinks' counts: a delivery leaves the outbox only after its sink has it.
  const db = new Database(dbFile, { readonly: true });
  /** @type {import('better-sqlite3').Statement<[string], { n: number }>} */
  const waiting = db.prepare('SELECT count(*) AS n FROM outbox WHERE destination = ?');
  const left = {};
  for (const [name, address] of Object.entries(destinations))
    left[name] = waiting.get(createHash('sha256').update(address).digest('hex').slice(0, 16)).n;
  db.close();
  seen = await counts();
  for (const name of Object.keys(destinations)) {
    const n = left[name];
    out[name] = { ...seen[name], waiting: n, accounted: seen[name].delivered + n >= ids.size };
  }
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

let n = 0;

/** Every stored message, read back page by page (10,000 at most in one answer). */
async function storedItems(base) {
  const items = [];
  for (let before = ''; ; before = items.at(-1).id) {
    const res = await fetch(`${base}/api/feedback?limit=10000${before && `&before=${before}`}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    if (!res.ok) return { ok: false, items };
    const page = (await res.json()).items;
    items.push(...page);
    if (page.length < 10000) return { ok: true, items };
  }
}

/** `amount` posts from `connections` clients to one inbox; `sent` gets id -> status. */
function fire(base, { amount, connections, maxSeconds }, sent) {
  let stoppedEarly = false;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
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
        else resolve({ res, stoppedEarly });
      },
    );
    // A fixed number of requests, so every one is answered before counting; stopped early (and
    // said so) if it takes longer than maxSeconds.
    const timer = setTimeout(() => {
      stoppedEarly = true;
      instance.stop();
    }, maxSeconds * 1000);
  });
}

/**
 * The load on one database. `processes` inboxes share it; `db` is a connection string or none.
 * @param {{ amount: number, maxSeconds: number, connections: number, log: (line: string) => void,
 *   processes?: number, db?: string, notify?: boolean }} options
 */
export async function inboxLoad({
  amount,
  maxSeconds,
  connections,
  log,
  processes = 1,
  db,
  notify = false,
}) {
  if (!INBOX_CLI)
    return { skipped: 'inbox not built yet (no server/dist/cli.js: run npm run build)' };
  const sinks = notify ? await startSinks() : undefined;
  const inboxes = [];
  try {
    for (let i = 0; i < processes; i++) inboxes.push(await startInbox(sinks?.args ?? [], { db }));
  } catch (error) {
    await Promise.all(inboxes.map((inbox) => inbox.stop()));
    await sinks?.close();
    return { skipped: `inbox did not start: ${error.message.split('\n')[0]}` };
  }
  try {
    const where = inboxes.map((inbox) => inbox.base).join(' and ');
    log(
      `inbox: ${amount} submissions from ${connections} concurrent clients (at most ${maxSeconds} s) to ${where}`,
    );
    const sent = new Map(); // id -> status
    const runs = await Promise.all(
      inboxes.map((inbox, i) =>
        fire(
          inbox.base,
          {
            amount:
              Math.round((amount * (i + 1)) / processes) - Math.round((amount * i) / processes),
            connections: Math.round(connections / processes),
            maxSeconds,
          },
          sent,
        ),
      ),
    );
    const stoppedEarly = runs.some((r) => r.stoppedEarly);
    // Let answers still on the wire after an early stop arrive before reading the store.
    if (stoppedEarly) await new Promise((r) => setTimeout(r, 1000));
    const created = [...sent.values()].filter((s) => s === 201).length;
    const statuses = {};
    for (const s of sent.values()) statuses[s] = (statuses[s] ?? 0) + 1;
    const { ok, items } = await storedItems(inboxes[0].base);
    const stored = new Set(items.map((i) => i.id));
    const missing = [...sent].filter(([id, s]) => s === 201 && !stored.has(id)).length;
    const seconds = Math.max(...runs.map((r) => r.res.duration));
    // With two client pools, each percentile is the worse of the two.
    const worst = (key) => Math.max(...runs.map((r) => r.res.latency[key]));
    // Every stored message must reach the fast destinations; the slow one gets what it can in
    // the time, and the rest waits in the outbox (counted from the database file).
    const notified = sinks ? await deliveries(sinks, stored, 60, inboxes[0].db) : undefined;
    // Lines the inboxes logged (failed notifications, errors): none expected.
    const logged = inboxes
      .flatMap((inbox) => inbox.output().split('\n'))
      .filter((l) => l.startsWith('afterword-inbox:'));
    return {
      logged: logged.length,
      firstLogged: logged[0],
      notify: notified,
      server: inboxes[0].how,
      processes,
      database: db ? 'postgres' : 'sqlite',
      connections,
      amount,
      stoppedEarly,
      seconds,
      requests: sent.size,
      perSecond: sent.size / seconds,
      latency: { p50: worst('p50'), p97_5: worst('p97_5'), p99: worst('p99'), max: worst('max') },
      statuses,
      errors: runs.reduce((sum, r) => sum + r.res.errors, 0),
      timeouts: runs.reduce((sum, r) => sum + r.res.timeouts, 0),
      created,
      stored: items.length,
      uniqueStored: stored.size,
      missing,
      nothingLost:
        ok &&
        missing === 0 &&
        stored.size === items.length &&
        (stoppedEarly ? items.length >= created : items.length === created),
    };
  } finally {
    await Promise.all(inboxes.map((inbox) => inbox.stop()));
    await sinks?.close();
  }
}

/** The same load on a fresh PostgreSQL cluster (Debian's, durable settings) with two inboxes. */
export async function inboxLoadPostgres(options) {
  let cluster;
  try {
    const { startPostgres } = await import('../test/server/postgres.mjs');
    cluster = await startPostgres();
  } catch (error) {
    return { skipped: `PostgreSQL did not start: ${error.message.split('\n')[0]}` };
  }
  try {
    const db = await cluster.createDatabase('afterword_bench');
    return await inboxLoad({ ...options, processes: 2, db });
  } finally {
    await cluster.stop();
  }
}

// `node bench/inbox.mjs --pow [samples]`: the --pow variant on its own.
if (process.argv[1]?.endsWith('inbox.mjs') && process.argv.includes('--pow')) {
  const samples = Number(process.argv[process.argv.indexOf('--pow') + 1]) || 20;
  console.log(JSON.stringify(await powCost({ samples, log: console.error }), null, 2));
}
