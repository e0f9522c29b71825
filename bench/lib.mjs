// Small helpers shared by the benchmark sections: statistics, tables, local servers, child processes.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { portOf } from '../scripts/net.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** A positive integer from the environment, else the default. */
export function envInt(name, fallback) {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function median(values) {
  return quantile(values, 0.5);
}

export function quantile(values, q) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return NaN;
  const i = (xs.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return xs[lo] + (xs[hi] - xs[lo]) * (i - lo);
}

export const round = (n, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);
export const bytes = (n) => (Number.isFinite(n) ? n.toLocaleString('en-US') : '–');
export const ms = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
export const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–';

/** A plain-text table; numbers are right-aligned. Returns the lines (also used for the README). */
export function table(head, rows) {
  const cells = [head, ...rows].map((r) =>
    r.map((c) => (c === null || c === undefined ? '–' : String(c))),
  );
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const right = head.map((_, i) => numeric(rows, i));
  const line = (r) =>
    r
      .map((c, i) => (right[i] && i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}

/** Escapes `<` for Markdown outside code spans, where it would start an HTML tag. */
export const mdText = (text) =>
  String(text)
    .split('`')
    .map((part, i) => (i % 2 ? part : part.replaceAll('<', '&lt;')))
    .join('`');

const numeric = (rows, i) =>
  rows.every(
    (r) =>
      r[i] === null || r[i] === undefined || /^[-+]?[\d.,–]+( ?[A-Za-z%×]*)?$/.test(String(r[i])),
  );

/** The same table in Markdown, for the README. */
export function markdownTable(head, rows) {
  const esc = (c) =>
    c === null || c === undefined ? '–' : mdText(String(c).replaceAll('|', '\\|'));
  const align = head.map((_, i) => (i && numeric(rows, i) ? '---:' : '---'));
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `|${align.join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ];
}

/** @typedef {{ type: string, body: string | Buffer }} Route A response: its content type and body. */

/**
 * A node:http server on 127.0.0.1 and a free port, answering from a map of path -> {type, body}.
 * @param {Map<string, Route>} routes
 */
export async function serveMemory(routes) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const hit = routes.get(path);
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': hit.type, 'cache-control': 'no-store' }).end(hit.body);
  });
  await new Promise((resolve, reject) =>
    server.once('error', reject).listen(0, '127.0.0.1', () => resolve(undefined)),
  );
  const port = portOf(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      /** @type {Promise<void>} */ (
        new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve())))
      ),
  };
}

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const port = portOf(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * @typedef {object} Started
 * @property {RegExpMatchArray} match what matched `ready`
 * @property {() => Promise<void>} stop ends exactly that process
 * @property {import('node:child_process').ChildProcess} child
 * @property {() => string} output all it printed so far
 */

/**
 * Starts a child process and waits (at most `timeoutMs`) for a line of its output to match
 * `ready`; resolves with the match and a stop() that ends exactly that process.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, ready: RegExp, timeoutMs?: number, cwd?: string }} options
 * @returns {Promise<Started>}
 */
export function startProcess(cmd, args, { env, ready, timeoutMs = 20000, cwd = root }) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let done = false;
    const stop = () =>
      /** @type {Promise<void>} */ (
        new Promise((res) => {
          if (child.exitCode !== null || child.signalCode !== null) return res();
          child.once('exit', () => res());
          child.kill('SIGTERM');
          setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 4000).unref();
        })
      );
    const timer = setTimeout(
      () =>
        finish(
          new Error(
            `${cmd} ${args.join(' ')} did not start within ${timeoutMs} ms:\n${out.slice(-800)}`,
          ),
        ),
      timeoutMs,
    );
    const finish = (error, match) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) {
        void stop();
        reject(error);
      } else resolve({ match, stop, child, output: () => out });
    };
    const onData = (chunk) => {
      out += chunk;
      const m = out.match(ready);
      if (m) finish(null, m);
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('error', (e) => finish(e));
    child.once('exit', (code) =>
      finish(new Error(`${cmd} exited with ${code} before it was ready:\n${out.slice(-800)}`)),
    );
  });
}

/** A wall-clock budget: sections check it between loads so the whole run stays bounded. */
export function deadline(seconds) {
  const end = Date.now() + seconds * 1000;
  return { left: () => Math.max(0, end - Date.now()), passed: () => Date.now() > end };
}
