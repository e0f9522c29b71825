// What --pow costs each submission: the reader's browser solving one ALTCHA challenge in the
// form's own Web Worker (dist/afterword-pow.js, in headless Chromium), the inbox verifying it
// (altcha-lib, in process), and a POST's round trip with and without a proof of work to check.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';
import { median, quantile, root, serveMemory } from './lib.mjs';
import { INBOX_CLI, startInbox } from './servers.mjs';

const body = (altcha) =>
  JSON.stringify({
    id: randomUUID(),
    kind: 'feedback',
    message: 'The embankment figure in the third paragraph is from 2021, not 2022.',
    page: { url: 'https://valley-ledger.example/river', title: 'The river that the budget forgot' },
    lang: 'en',
    createdAt: new Date().toISOString(),
    ...(altcha && { altcha }),
  });

async function postMs(base, altcha) {
  const t = performance.now();
  const res = await fetch(`${base}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(altcha),
  });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`POST answered ${res.status}`);
  return performance.now() - t;
}

const stats = (values) => ({
  p50: median(values),
  p90: quantile(values, 0.9),
  max: Math.max(...values),
});

/** `samples` challenges solved and sent, one after the other. */
/**
 * @param {{ samples?: number, log?: (line: string) => void }} [options]
 */
export async function powCost({ samples = 20, log = () => {} } = {}) {
  if (!INBOX_CLI)
    return { skipped: 'inbox not built yet (no server/dist/cli.js: run npm run build)' };
  const worker = readFileSync(join(root, 'dist/afterword-pow.js'), 'utf8');
  // A page on its own origin that starts the form's worker, as the form does (from 'self').
  const site = await serveMemory(
    new Map([
      ['/', { type: 'text/html', body: '<!doctype html><title>pow</title>' }],
      ['/afterword-pow.js', { type: 'text/javascript', body: worker }],
    ]),
  );
  const [pow, plain] = await Promise.all([
    startInbox(['--pow', '--origin', site.origin]),
    startInbox([]),
  ]);
  const { browser } = await launch();
  try {
    log(`pow: ${samples} challenges solved in Chromium's worker and sent to ${pow.how}`);
    const page = await browser.newPage();
    await page.goto(`${site.origin}/`);
    // The inbox's verification alone, in process: altcha-lib with the same settings as
    // server/pow.ts, on challenges solved by the form's own solver (here in Node).
    const lib = (file) =>
      import(pathToFileURL(join(root, 'server/node_modules/altcha-lib/dist/esm/v2', file)).href);
    const { createChallenge, randomInt, verifySolution } = await lib('index.js');
    const { deriveKey } = await lib('algorithms/sha.js');
    const { solve: solveHere } = await import(
      pathToFileURL(join(root, 'dist/esm/feedback/pow-solve.js')).href
    );
    const secrets = { hmacSignatureSecret: 'bench.challenge', hmacKeySignatureSecret: 'bench.key' };
    const solve = [];
    const verifyPost = [];
    const plainPost = [];
    const counters = [];
    const verifyOnly = [];
    for (let i = 0; i < samples; i++) {
      const { altcha, ms } = await page.evaluate(async (inbox) => {
        const start = performance.now();
        const challenge = await (await fetch(`${inbox}/api/challenge`)).json();
        const w = new Worker('/afterword-pow.js', { type: 'module' });
        const altcha = await new Promise((resolve) => {
          w.onmessage = (e) => resolve(e.data);
          w.postMessage(challenge);
        });
        w.terminate();
        return { altcha, ms: performance.now() - start };
      }, pow.base);
      if (!altcha) throw new Error('the worker found no solution');
      solve.push(ms);
      const payload = JSON.parse(Buffer.from(altcha, 'base64').toString());
      counters.push(payload.solution.counter);
      const local = await createChallenge({
        algorithm: 'SHA-256',
        cost: 1,
        counter: randomInt(5_000, 15_000),
        deriveKey,
        ...secrets,
      });
      const solved = JSON.parse(Buffer.from(await solveHere(local), 'base64').toString());
      const t = performance.now();
      const { verified } = await verifySolution({ ...solved, deriveKey, ...secrets });
      if (!verified) throw new Error('altcha-lib refused the solver’s answer');
      verifyOnly.push(performance.now() - t);
      verifyPost.push(await postMs(pow.base, altcha));
      plainPost.push(await postMs(plain.base));
    }
    return {
      samples,
      counter: stats(counters),
      solveMs: stats(solve),
      verifyMs: stats(verifyOnly),
      postWithPowMs: stats(verifyPost),
      postWithoutMs: stats(plainPost),
      server: pow.how,
    };
  } finally {
    await browser.close();
    await Promise.all([pow.stop(), plain.stop(), site.close()]);
  }
}
