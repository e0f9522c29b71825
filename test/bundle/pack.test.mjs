// The two packages as people install them: `npm pack` of each, installed into empty apps.
// The elements' app must get no server dependency and share the app's own Lit; the inbox's app
// must start `npx afterword-inbox`, take a message and serve the set-up page.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { payload, root } from '../server/helpers.mjs';

const exec = promisify(execFile);
const SERVER_DEPS = ['better-sqlite3', 'kysely', 'pg', 'nodemailer', 'afterword-inbox'];

/** npm as a user runs it: none of the settings `npm test` passes down to its scripts. */
function npmEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase().startsWith('npm_')) delete env[key];
  return env;
}

async function npm(args, cwd) {
  const started = Date.now();
  const { stdout } = await exec('npm', [...args, '--no-audit', '--no-fund'], {
    cwd,
    env: npmEnv(),
    maxBuffer: 1 << 26,
  });
  return { stdout, seconds: (Date.now() - started) / 1000 };
}

/** Every package.json under node_modules, by package name: [name, version, path][]. */
function installed(app) {
  const found = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const path = join(dir, e.name);
      if (e.name.startsWith('@')) {
        walk(path);
        continue;
      }
      try {
        const pkg = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
        found.push([pkg.name, pkg.version, path]);
      } catch {
        // not a package folder
      }
      walk(join(path, 'node_modules'));
    }
  };
  walk(join(app, 'node_modules'));
  return found;
}

/** Disk use of a folder in bytes. */
function du(dir) {
  let sum = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) sum += statSync(join(e.parentPath ?? e.path, e.name)).size;
  return sum;
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

describe('npm pack of both packages', { timeout: 15 * 60 * 1000 }, () => {
  let dir;
  let elements;
  let inbox;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'afterword-pack-'));
    const pack = async (args) =>
      JSON.parse((await npm(['pack', '--json', '--pack-destination', dir, ...args], root)).stdout);
    [elements] = await pack([]);
    [inbox] = await pack(['--workspace', 'afterword-inbox']);
  });

  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('afterword holds the script, types, manifest, README and LICENSE, and no test data', () => {
    const files = elements.files.map((f) => f.path);
    for (const f of [
      'dist/afterword.js',
      'dist/esm/index.js',
      'dist/esm/index.d.ts',
      'dist/esm/share/share.d.ts',
      'dist/esm/feedback/schema.js',
      'dist/custom-elements.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'package.json',
    ])
      assert.ok(files.includes(f), `${f} is in the package`);
    for (const f of files) {
      assert.doesNotMatch(f, /^(test|server|bench|scripts|src|demo)\//, f);
      assert.doesNotMatch(f, /fixtures|\.db$|\.token$/, f);
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    // Lit, its task controller (the support goal's async state) and zod: nothing of the server.
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/task', 'lit', 'zod']);
    for (const range of Object.values(pkg.dependencies)) assert.match(range, /^\^/);
    assert.equal(pkg.optionalDependencies, undefined);
  });

  it('afterword-inbox holds its server, README and LICENSE', () => {
    const files = inbox.files.map((f) => f.path);
    for (const f of ['dist/cli.js', 'dist/notify-worker.js', 'README.md', 'LICENSE'])
      assert.ok(files.includes(f), `${f} is in the package`);
    for (const f of files) assert.doesNotMatch(f, /\.ts$|fixtures|\.db$/, f);
  });

  it('installs into an app with its own Lit: no server dependency, one copy of Lit', async (t) => {
    const app = join(dir, 'elements-app');
    mkdirSync(app);
    await npm(['init', '-y'], app);
    await npm(['install', 'lit@^3'], app);
    const { seconds } = await npm(['install', join(dir, elements.filename)], app);
    const names = installed(app).map(([name]) => name);
    for (const dep of SERVER_DEPS) assert.ok(!names.includes(dep), `${dep} is not installed`);
    for (const lit of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'])
      assert.equal(names.filter((n) => n === lit).length, 1, `one copy of ${lit}`);
    // The app resolves the element modules and their types, and the schema runs under Node.
    const pkg = join(app, 'node_modules', 'afterword');
    for (const f of ['dist/afterword.js', 'dist/esm/share/share.d.ts', 'LICENSE'])
      assert.ok(statSync(join(pkg, f)).isFile(), f);
    const { stdout } = await exec(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { parsePayload } from 'afterword/schema'; console.log(typeof parsePayload)",
      ],
      { cwd: app },
    );
    assert.equal(stdout.trim(), 'function');
    t.diagnostic(
      `afterword: tarball ${mb(elements.size)}, unpacked ${mb(elements.unpackedSize)}, ` +
        `install ${seconds.toFixed(1)} s, app node_modules ${mb(du(join(app, 'node_modules')))}`,
    );
  });

  it('the inbox installs and runs: npx afterword-inbox takes a message and serves /setup/', async (t) => {
    const app = join(dir, 'inbox-app');
    mkdirSync(app);
    await npm(['init', '-y'], app);
    // `afterword` comes from its own tarball here, as it would from the registry.
    const { seconds } = await npm(
      ['install', join(dir, elements.filename), join(dir, inbox.filename)],
      app,
    );
    t.diagnostic(
      `afterword-inbox: tarball ${mb(inbox.size)}, unpacked ${mb(inbox.unpackedSize)}, ` +
        `install with its dependencies ${seconds.toFixed(1)} s (better-sqlite3 builds here), ` +
        `app node_modules ${mb(du(join(app, 'node_modules')))}`,
    );
    const child = spawn(
      'npx',
      ['afterword-inbox', '--port', '0', '--host', '127.0.0.1', '--db', 'inbox.db'],
      { cwd: app, env: npmEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    try {
      const base = await new Promise((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 30000);
        const read = (d) => {
          out += d;
          const m = /read messages at (http:\/\/\S+)\/inbox/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const sent = await fetch(`${base}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload()),
      });
      assert.equal(sent.status, 201);
      const setup = await fetch(`${base}/setup/`);
      assert.equal(setup.status, 200);
      assert.match(await setup.text(), /afterword-setup/);
      const script = await fetch(`${base}/setup/afterword.js`);
      assert.equal(script.status, 200);
      assert.match(script.headers.get('content-type'), /javascript/);
    } finally {
      // npx and the server it started, as one process group.
      process.kill(-child.pid, 'SIGTERM');
    }
  });
});
