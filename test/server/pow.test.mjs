// --pow: ALTCHA challenges from GET /api/challenge (altcha-lib), solved by the form's own solver
// (dist/esm/feedback/pow-solve.js, as the browser runs it), verified by the inbox once each.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { items, payload, post, root, start } from './helpers.mjs';

const { solve } = await import(pathToFileURL(join(root, 'dist/esm/feedback/pow-solve.js')).href);

const challenge = async (inbox, headers = {}) => fetch(`${inbox.url}/api/challenge`, { headers });

describe('proof of work (--pow)', () => {
  let inbox, plain;

  before(async () => {
    [inbox, plain] = await Promise.all([
      start(['--pow', '--rate-limit', '0', '--origin', 'https://blog.example']),
      start(['--rate-limit', '0']),
    ]);
  });
  after(async () => {
    await inbox?.stop();
    await plain?.stop();
  });

  it('is off by default: /api/challenge is 404, and no message needs a solution', async () => {
    const res = await challenge(plain);
    assert.equal(res.status, 404);
    const p = payload();
    assert.equal((await post(plain.url, p)).status, 201);
    assert.deepEqual(
      (await items(plain)).map((i) => [i.id, i.spam]),
      [[p.id, null]],
    );
  });

  it('hands out signed SHA-256 challenges to the allowed sites, each one different', async () => {
    const res = await challenge(inbox, { origin: 'https://blog.example' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://blog.example');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const one = await res.json();
    assert.equal(one.parameters.algorithm, 'SHA-256');
    assert.match(one.signature, /^[0-9a-f]{64}$/);
    assert.ok(one.parameters.expiresAt > Date.now() / 1000);
    const two = await (await challenge(inbox)).json();
    assert.notEqual(one.parameters.nonce, two.parameters.nonce);
    const other = await challenge(inbox, { origin: 'https://evil.example' });
    assert.equal(other.status, 403);
  });

  it('keeps a message with a good solution; a replayed, wrong or missing one goes to spam', async () => {
    const altcha = await solve(await (await challenge(inbox)).json());
    assert.ok(altcha, 'the form’s solver finds the answer');
    const good = payload({ message: 'Solved', altcha });
    const replayed = payload({ message: 'Replayed', altcha });
    const missing = payload({ message: 'No proof' });
    // A key that is not the one the challenge's work leads to.
    const other = await solve(await (await challenge(inbox)).json());
    const decoded = JSON.parse(Buffer.from(other, 'base64').toString());
    const key = decoded.solution.derivedKey;
    decoded.solution.derivedKey = `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`;
    const wrong = payload({
      message: 'Wrong',
      altcha: Buffer.from(JSON.stringify(decoded)).toString('base64'),
    });
    const junk = payload({ message: 'Junk', altcha: 'not base64 at all {' });
    const answers = [];
    for (const p of [good, replayed, missing, wrong, junk]) {
      const res = await post(inbox.url, p);
      answers.push([res.status, Object.keys(await res.json()).join()]);
    }
    // The same answer for all: a bot learns nothing.
    assert.deepEqual(new Set(answers.map(String)).size, 1, JSON.stringify(answers));
    assert.deepEqual(
      (await items(inbox)).map((i) => i.message),
      ['Solved'],
    );
    const spam = Object.fromEntries(
      (await items(inbox, '?spam=1')).map((i) => [i.message, i.spam]),
    );
    assert.deepEqual(spam, {
      Replayed: 'pow-replayed',
      'No proof': 'pow-missing',
      Wrong: 'pow-invalid',
      Junk: 'pow-invalid',
    });
  });

  it('takes a solution on a sealed tip, whose envelope carries it', async () => {
    const altcha = await solve(await (await challenge(inbox)).json());
    // A sealed tip: the envelope's fields, its words only in `encrypted`.
    const sealed = /** @type {Record<string, unknown> & { id: string }} */ (
      payload({ kind: 'tip', altcha })
    );
    delete sealed.message;
    sealed.encrypted = '-----BEGIN PGP MESSAGE-----\n\nwV4Dsealed\n-----END PGP MESSAGE-----\n';
    assert.equal((await post(inbox.url, sealed)).status, 201);
    const stored = (await items(inbox)).find((i) => i.id === sealed.id);
    assert.equal(stored.spam, null);
    assert.ok(!JSON.stringify(stored).includes('altcha'), 'the solution is not stored');
  });
});
