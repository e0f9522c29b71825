// Starts the project's own servers for the benchmarks, on 127.0.0.1 and a free port: the inbox
// (server/dist/cli.js, with a temporary database) and the demo (the inbox's --demo, on its own
// origin beside it, else scripts/serve-demo.mjs).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, root, startProcess } from './lib.mjs';

export const INBOX_CLI = ['server/dist/cli.js']
  .map((p) => join(root, p))
  .find((p) => existsSync(p));
export const TOKEN = 'afterword-bench-token';

/**
 * The inbox on a fresh temporary database (or on `db`, a PostgreSQL connection string); resolves
 * with its base URL and a stop() that cleans up.
 * @param {string[]} [extra] more arguments for the inbox
 * @param {{ db?: string }} [options]
 */
export async function startInbox(extra = [], { db: given } = {}) {
  if (!INBOX_CLI) return null;
  const dir = mkdtempSync(join(tmpdir(), 'afterword-bench-db-'));
  const db = given ?? join(dir, 'bench.db');
  try {
    // The token from the environment, as the README advises (on the command line it is warned about).
    const p = await startProcess(
      process.execPath,
      [
        INBOX_CLI,
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--db',
        db,
        '--rate-limit',
        '0',
        '--rate-limit-total',
        '0',
        ...extra,
      ],
      {
        env: { AFTERWORD_TOKEN: TOKEN },
        ready: /(http:\/\/127\.0\.0\.1:\d+)\/inbox/,
      },
    );
    return {
      base: p.match[1],
      // The demo's and --static's own origin, beside the inbox's.
      site: p.output().match(/demo article: (http:\/\/\S+?)\/\n/)?.[1],
      db,
      how: `node ${INBOX_CLI.slice(root.length)} ${extra.join(' ')}`.trim(),
      output: p.output,
      stop: async () => {
        await p.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The demo article as `npm start` serves it: on its own origin, beside the inbox. */
export async function startDemo() {
  if (INBOX_CLI) {
    try {
      const inbox = await startInbox(['--demo']);
      if (inbox.site) return { url: `${inbox.site}/`, how: inbox.how, stop: inbox.stop };
      await inbox.stop();
    } catch {
      // An inbox that cannot start (no better-sqlite3 here, say) still leaves the static demo.
    }
  }
  const port = await freePort();
  const p = await startProcess(process.execPath, [join(root, 'scripts/serve-demo.mjs')], {
    env: { PORT: String(port) },
    ready: /Afterword demo:/,
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    how: 'PORT=<free> node scripts/serve-demo.mjs',
    stop: p.stop,
  };
}
