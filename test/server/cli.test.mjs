// The afterword-inbox command: options and environment, the token file, clear one-line
// failures, graceful shutdown and static files.
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { items, payload, post, run, start, tempDir } from './helpers.mjs';
import { portOf } from '../../scripts/net.mjs';

const oneLine = (text) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = portOf(s);
      s.close(() => resolve(port));
    });
  });
}

/** A GET with the path sent exactly as written (fetch would normalise the dots away). */
function rawGet(url, path) {
  return new Promise((resolve, reject) => {
    request(`${url}${path}`, (res) => {
      let body = '';
      res
        .on('data', (d) => (body += d))
        .on('end', () => resolve({ status: res.statusCode, body, headers: res.headers }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the token', () => {
  it('is generated on first start, kept beside the database (0600), named but never printed, and reused', async () => {
    const first = await start();
    const { stdout, stderr } = first.output();
    assert.match(
      stdout,
      new RegExp(`read messages at ${first.url}/inbox with the token kept in inbox\\.db\\.token`),
    );
    const file = `${first.db}.token`;
    assert.equal(readFileSync(file, 'utf8').trim(), first.token);
    assert.ok(first.token.length >= 20);
    assert.ok(!`${stdout}${stderr}`.includes(first.token), 'the token itself is not printed');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal((await fetch(`${first.url}/api/feedback`, { headers: first.auth() })).status, 200);
    await first.stop({ keep: true });

    const second = await start([], { dir: first.dir, db: first.db });
    try {
      assert.equal(second.token, first.token);
    } finally {
      await second.stop();
    }
  });

  it('comes from --token or AFTERWORD_TOKEN, is never printed then, and no file is written', async () => {
    const secret = 'correct-horse-battery-staple';
    const inbox = await start(['--token', secret], {
      env: { AFTERWORD_TOKEN: 'the-environment-loses' },
    });
    try {
      assert.ok(!inbox.output().stdout.includes(secret));
      assert.ok(!existsSync(`${inbox.db}.token`));
      const auth = (t) =>
        fetch(`${inbox.url}/api/feedback`, { headers: { authorization: `Bearer ${t}` } }).then(
          (r) => r.status,
        );
      assert.equal(await auth(secret), 200);
      assert.equal(await auth('the-environment-loses'), 401);
    } finally {
      await inbox.stop();
    }
    const fromEnv = await start([], { env: { AFTERWORD_TOKEN: secret } });
    try {
      const res = await fetch(`${fromEnv.url}/api/feedback`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      assert.equal(res.status, 200);
    } finally {
      await fromEnv.stop();
    }
  });
});

describe('options', () => {
  it('reads AFTERWORD_PORT and AFTERWORD_DB', async () => {
    const port = await freePort();
    const dir = tempDir();
    const inbox = await start([], {
      dir,
      db: null,
      port: null,
      env: { AFTERWORD_PORT: String(port), AFTERWORD_DB: 'env.db' },
    });
    try {
      assert.equal(inbox.url, `http://127.0.0.1:${port}`);
      assert.equal((await post(inbox.url, payload())).status, 201);
      assert.ok(existsSync(join(dir, 'env.db')));
    } finally {
      await inbox.stop();
    }
  });

  it('defaults to ./afterword.db', async () => {
    const dir = tempDir();
    const inbox = await start([], { dir, db: null });
    try {
      assert.ok(existsSync(join(dir, 'afterword.db')));
      assert.ok(existsSync(join(dir, 'afterword.db.token')));
    } finally {
      await inbox.stop();
    }
  });

  it('explains a bad option in one line and exits with 2', async () => {
    for (const args of [
      ['--port', 'eighty'],
      ['--rate-limit', '-1'],
      ['--origin', 'blog.example'],
      ['--colour'],
      ['--token', 'short'],
    ]) {
      const { code, stderr, stdout } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^afterword-inbox: /);
      assert.ok(oneLine(stderr), stderr);
      assert.equal(stdout, '');
    }
  });

  it('prints its options with --help', async () => {
    const { code, stdout } = await run(['--help']);
    assert.equal(code, 0);
    for (const option of [
      '--port',
      '--db',
      '--origin',
      '--token',
      '--rate-limit',
      '--demo',
      '--static',
    ])
      assert.ok(stdout.includes(option), option);
  });
});

describe('failures', () => {
  it('says in one line that the port is taken', async () => {
    const inbox = await start();
    try {
      const port = new URL(inbox.url).port;
      const dir = tempDir();
      const { code, stderr } = await run([
        '--port',
        port,
        '--host',
        '127.0.0.1',
        '--db',
        join(dir, 'other.db'),
      ]);
      assert.equal(code, 1);
      assert.match(stderr, new RegExp(`port ${port} is already in use`));
      assert.ok(oneLine(stderr), stderr);
      rmSync(dir, { recursive: true });
      // The running inbox is unharmed.
      assert.equal((await post(inbox.url, payload())).status, 201);
    } finally {
      await inbox.stop();
    }
  });

  it('says in one line that the database cannot be written', async () => {
    const dir = tempDir();
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    for (const db of [join(file, 'inbox.db'), join(dir, 'missing', 'inbox.db'), dir]) {
      const { code, stderr } = await run(['--port', '0', '--db', db]);
      assert.equal(code, 1, db);
      assert.match(stderr, /^afterword-inbox: cannot (open|write) the database/, stderr);
      assert.ok(stderr.includes(db));
      assert.ok(oneLine(stderr), stderr);
    }
    rmSync(dir, { recursive: true });
  });
});

describe('shutdown', () => {
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
    it(`closes the server and the database on ${signal}`, async () => {
      const inbox = await start(['--rate-limit', '0']);
      const sent = await Promise.all(
        Array.from({ length: 20 }, () => payload()).map((p) => post(inbox.url, p).then(() => p.id)),
      );
      assert.ok(existsSync(`${inbox.db}-wal`), 'WAL mode while running');
      inbox.child.kill(signal);
      const { code } = await inbox.exited;
      assert.equal(code, 0);
      assert.match(inbox.output().stdout, /stopped/);
      assert.equal(inbox.output().stderr, '');
      // A cleanly closed SQLite database leaves no write-ahead log behind.
      assert.ok(!existsSync(`${inbox.db}-wal`), 'WAL checkpointed and removed');
      const db = new Database(inbox.db, { readonly: true });
      const ids = db.prepare('SELECT id FROM feedback').pluck().all();
      db.close();
      assert.deepEqual(ids.sort(), sent.sort());
      await inbox.stop();
    });
  }
});

describe('shutdown with a request under way', () => {
  it('lets it finish before closing', async () => {
    const inbox = await start();
    const body = JSON.stringify(payload({ message: 'sent while the server stops' }));
    const half = body.length >> 1;
    const answer = new Promise((resolve, reject) => {
      const req = request(`${inbox.url}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      req.on('response', (res) => resolve(res.statusCode)).on('error', reject);
      req.write(body.slice(0, half), () =>
        setTimeout(() => {
          inbox.child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(half)), 200);
        }, 50),
      );
    });
    assert.equal(await answer, 201);
    assert.equal((await inbox.exited).code, 0);
    const db = new Database(inbox.db, { readonly: true });
    assert.equal(db.prepare('SELECT count(*) FROM feedback').pluck().get(), 1);
    db.close();
    await inbox.stop();
  });
});

describe('static files', () => {
  it('serves --static at / of its own origin, and nothing outside it', async () => {
    const dir = tempDir();
    const site = join(dir, 'site');
    mkdirSync(join(site, 'sub'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<h1>demo</h1>');
    writeFileSync(join(site, 'sub', 'a.js'), 'export {}');
    writeFileSync(join(site, '.env'), 'SECRET=1');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    symlinkSync(join(dir, 'secret.txt'), join(site, 'link.txt'));
    const inbox = await start(['--static', site], { dir });
    try {
      assert.notEqual(inbox.site, inbox.url);
      const home = await rawGet(inbox.site, '/');
      assert.equal(home.status, 200);
      assert.match(home.headers['content-type'], /^text\/html/);
      assert.equal(home.body, '<h1>demo</h1>');
      const js = await rawGet(inbox.site, '/sub/a.js');
      assert.match(js.headers['content-type'], /^text\/javascript/);
      assert.equal(js.headers['x-content-type-options'], 'nosniff');
      for (const path of [
        '/../secret.txt',
        '/..%2fsecret.txt',
        '/%2e%2e/secret.txt',
        '/sub/..%2f..%2fsecret.txt',
        '/%2e%2e%2fsecret.txt',
        '/..%5csecret.txt',
        '/sub/%2e%2e/%2e%2e/secret.txt',
        '/link.txt',
        '/.env',
        '/%00index.html',
        '/%E0%A4%A',
      ]) {
        const res = await rawGet(inbox.site, path);
        assert.equal(res.status, 404, path);
        assert.ok(!res.body.includes('secret'), path);
      }
      // The files are not on the inbox's origin, and the inbox is not on theirs.
      assert.equal((await rawGet(inbox.url, '/sub/a.js')).status, 404);
      assert.equal((await rawGet(inbox.site, '/api/feedback')).status, 404);
      assert.equal((await rawGet(inbox.url, '/api/feedback')).status, 401);
    } finally {
      await inbox.stop();
    }
  });

  it('compresses text files for clients that accept brotli or gzip, and only those', async () => {
    const dir = tempDir();
    const site = join(dir, 'site');
    mkdirSync(site, { recursive: true });
    const script = `${'export const line = "a line of the built script";\n'.repeat(200)}`;
    writeFileSync(join(site, 'big.js'), script);
    writeFileSync(join(site, 'small.css'), 'p { color: red }');
    writeFileSync(join(site, 'photo.png'), Buffer.alloc(4096, 7));
    const inbox = await start(['--static', site], { dir });
    const get = (path, encoding, method = 'GET') =>
      new Promise((resolve, reject) => {
        const headers = encoding === undefined ? {} : { 'accept-encoding': encoding };
        request(`${inbox.site}${path}`, { method, headers }, (res) => {
          const chunks = [];
          res
            .on('data', (d) => chunks.push(d))
            .on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    try {
      const br = await get('/big.js', 'gzip, deflate, br');
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(br.headers.vary, 'accept-encoding');
      assert.equal(Number(br.headers['content-length']), br.body.length);
      assert.ok(br.body.length < script.length / 10, `${br.body.length} bytes`);
      assert.equal(brotliDecompressSync(br.body).toString(), script);

      const gz = await get('/big.js', 'br;q=0, gzip');
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.equal(gunzipSync(gz.body).toString(), script);

      const plain = await get('/big.js', undefined);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(plain.body.toString(), script);
      assert.equal((await get('/big.js', 'identity')).headers['content-encoding'], undefined);

      const head = await get('/big.js', 'br', 'HEAD');
      assert.equal(head.headers['content-encoding'], 'br');
      assert.equal(Number(head.headers['content-length']), br.body.length);
      assert.equal(head.body.length, 0);

      // Tiny files and images are sent as they are.
      assert.equal((await get('/small.css', 'br')).headers['content-encoding'], undefined);
      const png = await get('/photo.png', 'br');
      assert.equal(png.headers['content-encoding'], undefined);
      assert.equal(png.body.length, 4096);
    } finally {
      await inbox.stop();
    }
  });

  it('serves the demo and the built script at /dist/ on their own origin, whose form may post to the inbox', async () => {
    const inbox = await start(['--demo']);
    try {
      assert.match(inbox.output().stdout, /demo article: http:\/\/127\.0\.0\.1:\d+\//);
      assert.notEqual(inbox.site, inbox.url);
      const script = await rawGet(inbox.site, '/dist/afterword.js');
      assert.equal(script.status, 200);
      assert.match(script.headers['content-type'], /^text\/javascript/);
      assert.equal((await rawGet(inbox.site, '/dist/../package.json')).status, 404);
      assert.equal((await rawGet(inbox.site, '/dist/%2e%2e/package.json')).status, 404);
      // The article's form posts to the inbox's address, which it is told.
      const article = await rawGet(inbox.site, '/');
      assert.ok(article.body.includes(`endpoint="${inbox.url}/api/feedback"`));
      const p = payload();
      const res = await post(inbox.url, p, { origin: inbox.site });
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('access-control-allow-origin'), inbox.site);
      assert.deepEqual(
        (await items(inbox)).map((i) => i.id),
        [p.id],
      );
    } finally {
      await inbox.stop();
    }
  });
});
