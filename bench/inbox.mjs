// Inbox load: a pool of concurrent clients posting valid feedback, each with its own id, to the
// inbox on 127.0.0.1 with a temporary database; then the proof that nothing was lost.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { INBOX_CLI, startInbox, TOKEN } from './servers.mjs';

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

export async function inboxLoad({ amount, maxSeconds, connections, log }) {
  if (!INBOX_CLI)
    return { skipped: 'inbox not built yet (no dist/server/cli.js: run npm run build)' };
  let inbox;
  try {
    inbox = await startInbox();
  } catch (error) {
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
    return {
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
  }
}
