// A real PostgreSQL for the tests and the bench: Debian's own (installed with apt when missing and
// we are root), a fresh cluster in a temporary folder, run by the unprivileged `postgres` user
// (initdb refuses root), on a free loopback port; stopped and removed by stop().
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { portOf } from '../../scripts/net.mjs';

const USER = 'afterword';

function findBin() {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions.length ? join(base, versions[0], 'bin') : undefined;
}

/** Debian's PostgreSQL binaries, installed first when they are missing and we may. */
function postgresBin() {
  let bin = process.env.PG_BIN || findBin();
  if (bin) return bin;
  if (process.getuid?.() !== 0)
    throw new Error('PostgreSQL is not installed: run `apt-get install postgresql` (as root)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { env, stdio: 'ignore' });
  bin = findBin();
  if (!bin) throw new Error('apt-get install postgresql left no /usr/lib/postgresql/*/bin/initdb');
  return bin;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer()
      .on('error', reject)
      .listen(0, '127.0.0.1', () => {
        const port = portOf(s);
        s.close(() => resolve(port));
      });
  });
}

/**
 * Starts a cluster. `settings` are extra server settings (`{ fsync: 'off' }`). Resolves with
 * { url(name), createDatabase(name), query(name, sql), password, stop() }.
 */
export async function startPostgres(settings = {}) {
  const bin = postgresBin();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'afterword-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  writeFileSync(join(dir, 'pw'), `${password}\n`);
  let uid;
  if (root) {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chownSync(join(dir, 'pw'), uid, gid);
  }
  // As root, every PostgreSQL command runs as the `postgres` user.
  const run = (cmd, args) => {
    const [file, argv] = root
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args];
    const r = spawnSync(file, argv, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout || '').trim()}`);
  };
  run('initdb', [
    '-D',
    data,
    '-U',
    USER,
    `--pwfile=${join(dir, 'pw')}`,
    '-E',
    'UTF8',
    '--locale=C',
    '--auth-host=scram-sha-256',
    '--auth-local=trust',
    '--no-sync',
  ]);
  const options = Object.entries({
    listen_addresses: '127.0.0.1',
    max_connections: '100',
    ...settings,
  }).map(([k, v]) => `-c ${k}=${v}`);
  let port;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      run('pg_ctl', [
        '-D',
        data,
        '-l',
        join(dir, 'log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -k ${dir} ${options.join(' ')}`,
        'start',
      ]);
      break;
    } catch (error) {
      // Another program may have taken the port in between: try another one.
      if (attempt >= 2) throw error;
    }
  }
  const stop = () => {
    process.off('exit', stop);
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  const url = (name = 'postgres', pass = password) =>
    `postgres://${USER}:${pass}@127.0.0.1:${port}/${name}`;
  async function query(name, text, values) {
    const client = new pg.Client({ connectionString: url(name) });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  }
  return {
    port,
    password,
    url,
    query,
    /** A new, empty database; resolves with its connection string. */
    async createDatabase(name) {
      await query('postgres', `CREATE DATABASE ${name}`);
      return url(name);
    },
    stop: async () => stop(),
  };
}
