// On the wire: a request line that is no URL, a body past 32 KiB sent at full speed, large static
// files, and a 201 that is on disk before it is sent.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, payload, post, start, tempDir } from './helpers.mjs';
import { until } from './sinks.mjs';

/** Sends `head` as it is on a raw connection; resolves with the status line of the answer. */
function raw(url, head) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(head));
    let got = '';
    socket.on('data', (d) => {
      got += d;
      if (got.includes('\r\n')) {
        socket.destroy();
        resolve(got.split('\r\n')[0]);
      }
    });
    socket.on('error', reject);
  });
}

/**
 * POSTs `size` bytes as fast as the connection takes them (with or without a Content-Length);
 * resolves with the status and body of the answer, rejects if the connection fails first.
 */
function flood(url, size, { declared }) {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json' };
    if (declared) headers['content-length'] = size;
    const req = request(`${url}/api/feedback`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const write = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('requests that are not', () => {
  it('a request line that is no URL: 400, and no line in the log', async () => {
    const inbox = await start();
    try {
      for (const target of ['//[', 'http://[::1', '//%zz[/'])
        assert.match(
          await raw(inbox.url, `GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`),
          / 400 /,
          target,
        );
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(inbox.output().stderr, '');
      assert.equal((await post(inbox.url, payload())).status, 201, 'still serving');
    } finally {
      await inbox.stop();
    }
  });
});

describe('a body past 32 KiB', () => {
  for (const declared of [true, false])
    it(`sent at full speed ${declared ? 'with' : 'without'} a Content-Length: the client reads its 413`, async () => {
      const inbox = await start(['--rate-limit', '0']);
      try {
        for (let i = 0; i < 3; i++) {
          const { status, body } = await flood(inbox.url, 64 * 1024 * 1024, { declared });
          assert.equal(status, 413);
          assert.match(JSON.parse(body).error, /32 KiB/);
        }
        assert.equal((await post(inbox.url, payload())).status, 201);
      } finally {
        await inbox.stop();
      }
    });
});

describe('static files', () => {
  /** Text that compresses, but not trivially (so compressing it takes a while). */
  const text = (bytes) => {
    let out = '';
    let n = 1;
    while (out.length < bytes) {
      n = (n * 1103515245 + 12345) % 2147483648;
      out += `export const v${n.toString(36)} = ${JSON.stringify(n.toString(16).repeat(3))};\n`;
    }
    return out.slice(0, bytes);
  };
  const get = (url, encoding = 'br') =>
    new Promise((resolve, reject) => {
      request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
        const at = performance.now();
        let size = 0;
        res.on('data', (d) => (size += d.length));
        res.on('end', () => resolve({ headers: res.headers, size, at }));
      })
        .on('error', reject)
        .end();
    });

  it('are compressed off the event loop: the inbox answers while a large one is compressed', async () => {
    const site = tempDir();
    writeFileSync(join(site, 'large.js'), text(3.5 * 1024 * 1024));
    const inbox = await start(['--static', site, '--rate-limit', '0']);
    try {
      const files = inbox.site ?? inbox.url;
      const big = get(`${files}/large.js`);
      await new Promise((r) => setTimeout(r, 30));
      const answered = await post(inbox.url, payload()).then((r) => ({
        status: r.status,
        at: performance.now(),
      }));
      const file = await big;
      assert.equal(answered.status, 201);
      assert.equal(file.headers['content-encoding'], 'br');
      assert.ok(answered.at < file.at, 'the submission was answered before the file began');
    } finally {
      await inbox.stop();
    }
  });

  it('above the size cap are sent as they are', async () => {
    const site = tempDir();
    writeFileSync(join(site, 'huge.json'), text(5 * 1024 * 1024));
    const inbox = await start(['--static', site]);
    try {
      const file = await get(`${inbox.site ?? inbox.url}/huge.json`, 'br, gzip');
      assert.equal(file.headers['content-encoding'], undefined);
      assert.equal(file.size, 5 * 1024 * 1024);
    } finally {
      await inbox.stop();
    }
  });
});

const strace = spawnSync('strace', ['-V']).status === 0;

describe('SQLite', { skip: !strace && 'no strace here' }, () => {
  it('puts each acknowledged message on disk (fsync of the WAL) before its 201 leaves', async () => {
    const dir = tempDir();
    const db = join(dir, 'inbox.db');
    const trace = join(dir, 'trace');
    const child = spawn(
      'strace',
      [
        '-f',
        '-qq',
        '-y',
        '-s',
        '24',
        '-e',
        'trace=fsync,fdatasync,write,writev',
        '-o',
        trace,
      ].concat([process.execPath, cli, '--port', '0', '--host', '127.0.0.1', '--db', db]),
      { cwd: dir },
    );
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    try {
      const url = (
        await until(() => stdout.match(/(http:\/\/\S+)\/inbox with/), 30_000, 'start')
      )[1];
      const before = readFileSync(trace, 'utf8').length;
      assert.equal((await post(url, payload())).status, 201);
      const lines = await until(
        () => {
          const t = readFileSync(trace, 'utf8').slice(before).split('\n');
          return t.some((l) => /HTTP\/1\.1 201/.test(l)) && t;
        },
        10_000,
        'the answer in the trace',
      );
      const synced = lines.findIndex((l) => /f(data)?sync\(\d+<[^>]*inbox\.db-wal>\)/.test(l));
      const answered = lines.findIndex((l) => /HTTP\/1\.1 201/.test(l));
      assert.ok(synced !== -1, 'the WAL was synced');
      assert.ok(synced < answered, 'before the 201 was written');
    } finally {
      // Stop the inbox itself (strace's child), then strace ends with it.
      const exited = new Promise((r) => child.on('exit', r));
      const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8');
      for (const pid of children.trim().split(/\s+/).filter(Boolean))
        process.kill(Number(pid), 'SIGTERM');
      await exited;
    }
  });
});
