// The proof of work a form sends to an Afterword inbox started with --pow: when the reader
// presses Send (and again for each retry of a queued message) it asks the inbox for a fresh
// ALTCHA challenge and solves it in a Web Worker from beside the script (allowed by a strict CSP
// as 'self'); where no worker can start (the script on another origin), on this thread. No third
// party, nothing for the reader to solve. An inbox without --pow answers 404: nothing to do.
import { besideScript } from './beside.js';
import { solve, type Challenge } from './pow-solve.js';
import type { Req } from './transport.js';

export const WORKER = 'afterword-pow.js';

function inWorker(challenge: Challenge): Promise<string | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(besideScript(WORKER), { type: 'module' });
    } catch {
      return resolve(solve(challenge));
    }
    worker.onmessage = (e: MessageEvent<string | null>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(solve(challenge));
    };
    worker.postMessage(challenge);
  });
}

/** ALTCHA's payload for the inbox at `endpoint`, or undefined (no --pow, or it can't be had now). */
export async function proofOfWork(endpoint: string): Promise<string | undefined> {
  const url = new URL(endpoint, location.href);
  url.pathname = url.pathname.replace(/\/api\/feedback$/, '/api/challenge');
  url.search = '';
  try {
    const res = await fetch(url.href, { headers: { Accept: 'application/json' } });
    if (!res.ok) return undefined;
    return (await inWorker((await res.json()) as Challenge)) ?? undefined;
  } catch {
    // Offline: the message is queued, and its retry asks for a challenge again.
    return undefined;
  }
}

/** A queued request to an Afterword inbox, with a fresh solution (the old one is used up). */
export async function withFreshProof(req: Req): Promise<Req> {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(req.body);
  } catch {
    return req;
  }
  delete body.altcha;
  const altcha = await proofOfWork(req.url);
  return { ...req, body: JSON.stringify(altcha ? { ...body, altcha } : body) };
}
