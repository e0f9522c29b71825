// `afterword-inbox`: starts the inbox from the command line and stops it cleanly on SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { openInbox, type Inbox } from './app.js';
import { isPostgres } from './database.js';
import { parseOptions, USAGE, UsageError, type Options } from './options.js';
import { privateFiles, realMounts, type Mount } from './static.js';

function fail(message: string, code = 1): never {
  console.error(`afterword-inbox: ${message}`);
  process.exit(code);
}

/** Listens; resolves with the port, or ends the start with one line saying why it cannot. */
function listen(server: Server, port: number, host: string | undefined, option: string) {
  return new Promise<number>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? `port ${port} is already in use: stop the other server or choose another port with ${option}`
          : error.code === 'EACCES'
            ? `not allowed to listen on port ${port}: choose a port above 1023 with ${option}`
            : error.code === 'EADDRNOTAVAIL'
              ? `cannot listen on ${host}: no such address on this machine`
              : `cannot listen on port ${port}: ${error.message}`;
      reject(new Error(why));
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

async function main(): Promise<void> {
  // Whatever the inbox creates (the database, its WAL, the token file) is its owner's alone.
  process.umask(0o077);
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) fail(error.message, 2);
    throw error;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  for (const line of options.warnings) console.error(`afterword-inbox: ${line}`);

  // The widgets' own package (`afterword`) holds the scripts the set-up page and the demo load;
  // the demo article itself is in a checkout of the project, beside its dist/.
  const elements = dirname(createRequire(import.meta.url).resolve('afterword/package.json'));
  const mounts: Mount[] = options.statics.map((dir) => ({ prefix: '/', dir }));
  if (options.demo) {
    const demo = join(elements, 'demo');
    if (!existsSync(demo))
      fail('--demo needs a checkout of the Afterword project (its demo/ folder)');
    mounts.push(
      { prefix: '/dist/', dir: join(elements, 'dist') },
      { prefix: '/demo/', dir: demo, inboxLinks: true },
      { prefix: '/', dir: demo, inboxLinks: true },
    );
  }

  // Every process on one PostgreSQL database must accept the same token: it is given, not made.
  if (isPostgres(options.db) && !options.token && !options.tokenFile)
    fail('with a PostgreSQL database, give the token with --token-file or AFTERWORD_TOKEN');
  let inbox: Inbox;
  try {
    inbox = await openInbox({
      options,
      mounts: realMounts(mounts),
      setupDir: join(elements, 'dist'),
      hidden: privateFiles(options.db, options.tokenFile),
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { server, statics, database, token, notifications } = inbox;

  let port: number;
  let staticPort: number | undefined;
  try {
    port = await listen(server, options.port, options.host, '--port');
    if (statics)
      staticPort = await listen(statics, options.staticPort, options.host, '--static-port');
  } catch (error) {
    await inbox.close();
    fail((error as Error).message);
  }

  const host =
    !options.host || options.host === '0.0.0.0' || options.host === '::'
      ? 'localhost'
      : options.host;
  const at = (p: number) => `http://${host.includes(':') ? `[${host}]` : host}:${p}`;
  const base = at(port);
  const files = staticPort === undefined ? undefined : at(staticPort);
  const where = token.file ? relative(process.cwd(), token.file) || token.file : '';
  // The token itself is never printed: only where it is.
  const secret = {
    given: 'the token you gave',
    file: `the token in ${where}`,
    kept: `the token kept in ${where}`,
    new: `the token kept in ${where} (made just now: read it there)`,
  }[token.source];
  const from = [...options.origins, ...(files ? [files] : [])];
  const lines = [
    `Afterword inbox: read messages at ${base}/inbox with ${secret}`,
    `  readers send feedback to ${base}/api/feedback${from.length ? ` from ${from.join(', ')}` : ' (same origin only: allow sites with --origin)'}`,
    `  set up the widgets without writing HTML: ${base}/setup/`,
  ];
  if (database.dialect === 'postgres') lines.push(`  messages are kept in ${database.where}`);
  if (files && options.demo) lines.push(`  demo article: ${files}/`);
  if (files && options.statics.length)
    lines.push(`  files of ${options.statics.join(', ')}: ${files}/`);
  if (options.notify.length)
    lines.push(`  notifications to ${options.notify.map((d) => d.label).join(', ')}`);
  notifications.start(options.publicUrl ?? base).catch(async (error: Error) => {
    await inbox.close();
    fail(error.message);
  });
  // One write, so whoever watches the output sees the whole message at once.
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = () => {
    if (stopping) return process.exit(1); // a second Ctrl+C does not wait
    stopping = true;
    const servers = [server, ...(statics ? [statics] : [])];
    void Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
      .then(() => inbox.close())
      .then(
        () => console.log('Afterword inbox stopped.'),
        () => process.exit(1),
      );
    for (const s of servers) s.closeIdleConnections();
    // Requests still running get a moment to finish, then their connections are cut.
    setTimeout(() => servers.forEach((s) => s.closeAllConnections()), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => fail(error.message));
