// Starts the built inbox (server/dist/cli.js) as a real process on a free port with a fresh
// SQLite file in a temp folder, and builds valid submissions.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The built inbox; AFTERWORD_INBOX_CLI runs the tests against another build (an older one, say). */
export const cli = process.env.AFTERWORD_INBOX_CLI || join(root, 'server/dist/cli.js');

/** Fails clearly when the built server is missing or older than its sources. */
function checkBuild() {
  if (process.env.AFTERWORD_INBOX_CLI) return;
  let built;
  try {
    built = statSync(cli).mtimeMs;
  } catch {
    throw new Error('server/dist/cli.js is missing: run `npm run build` first');
  }
  const sources = readdirSync(join(root, 'server'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(root, 'server', f));
  sources.push(join(root, 'src/feedback/schema.ts'));
  const stale = sources.filter((f) => statSync(f).mtimeMs > built);
  if (stale.length)
    throw new Error(`server/dist/cli.js is older than ${stale[0]}: run \`npm run build\` first`);
}

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'afterword-inbox-test-'));
}

/**
 * Runs the CLI to completion (for options that make it exit); one still running after `timeout`
 * ms is stopped, and its code is null.
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, cwd?: string, timeout?: number }} [options]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
export function run(args, { env = {}, cwd, timeout = 20_000 } = {}) {
  checkBuild();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...cleanEnv(), ...env } });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('AFTERWORD_')) delete env[key];
  return env;
}

/**
 * Starts an inbox; resolves once it prints its address. `db` defaults to a new file in a temp
 * folder; `db: null` or `port: null` leave those options out. Returns { url, site (the origin of
 * --static and --demo files, if any), token, dir, db, child, output(), stop() }.
 * @param {string[]} [args]
 * @param {{ env?: Record<string, string>, dir?: string, db?: string | null, port?: string | null }} [options]
 */
export async function start(
  args = [],
  { env = {}, dir = tempDir(), db = join(dir, 'inbox.db'), port = '0' } = {},
) {
  checkBuild();
  const defaults = [
    ...(port === null ? [] : ['--port', port]),
    '--host',
    '127.0.0.1',
    ...(db === null ? [] : ['--db', db]),
  ];
  const child = spawn(process.execPath, [cli, ...defaults, ...args], {
    cwd: dir,
    env: { ...cleanEnv(), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`inbox did not start: ${stdout}${stderr}`)),
      10_000,
    );
    const check = () => {
      if (/\/inbox with /.test(stdout)) {
        clearTimeout(timer);
        resolve(undefined);
      }
    };
    child.stdout.on('data', check);
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`inbox exited: ${stdout}${stderr}`));
    });
  });
  const url = stdout.match(/(http:\/\/\S+)\/inbox/)[1];
  const site = stdout.match(/^ {2}(?:demo article|files of .*): (http:\/\/\S+?)\/$/m)?.[1];
  const kept = stdout.match(/with the token (?:kept )?in (\S+)/)?.[1];
  const token =
    (kept ? readFileSync(resolve(dir, kept), 'utf8').trim() : undefined) ??
    (args.includes('--token') ? args[args.indexOf('--token') + 1] : undefined) ??
    env.AFTERWORD_TOKEN ??
    stdout.match(/with the token (\S+)/)?.[1];
  return {
    url,
    site,
    token,
    dir,
    db,
    child,
    exited,
    output: () => ({ stdout, stderr }),
    auth: () => ({ authorization: `Bearer ${token}` }),
    async stop({ keep = false } = {}) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const result = await exited;
      if (!keep) rmSync(dir, { recursive: true, force: true });
      return result;
    },
  };
}

/**
 * A valid submission; `overrides` replace top-level fields.
 * @param {Partial<import('afterword/schema').PlainPayload>} [overrides]
 * @returns {import('afterword/schema').PlainPayload}
 */
export function payload(overrides = {}) {
  return {
    id: randomUUID(),
    kind: 'feedback',
    message: 'Thanks for the article.',
    page: { url: 'https://blog.example/post', title: 'A post' },
    lang: 'en',
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/**
 * POSTs `body` (a string as it is, anything else as JSON) to the inbox at `url`.
 * @param {string} url
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function post(url, body, headers = {}) {
  return fetch(`${url}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function items(inbox, query = '') {
  const res = await fetch(`${inbox.url}/api/feedback${query}`, { headers: inbox.auth() });
  if (res.status !== 200) throw new Error(`GET /api/feedback${query}: ${res.status}`);
  return (await res.json()).items;
}
