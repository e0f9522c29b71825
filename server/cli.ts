// `afterword-inbox`: starts the inbox from the command line and stops it cleanly on SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { openInbox, type Inbox } from './app.js';
import { isPostgres } from './database.js';
import { parseOptions, USAGE, UsageError } from './options.js';
import { privateFiles, realMounts, type Mount } from './static.js';

function fail(message: string, code = 1): never {
  console.error(`afterword-inbox: ${message}`);
  process.exit(code);
}

async function main(): Promise<void> {
  // Whatever the inbox creates (the database, its WAL, the token file) is its owner's alone.
  process.umask(0o077);
  let options;
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

  // The widgets' own package (`afterword`) holds the scripts the set-up page and the demo load;
  // the demo article itself is in a checkout of the project, beside its dist/.
  const elements = dirname(createRequire(import.meta.url).resolve('afterword/package.json'));
  const mounts: Mount[] = options.statics.map((dir) => ['/', dir]);
  if (options.demo) {
    const demo = join(elements, 'demo');
    if (!existsSync(demo))
      fail('--demo needs a checkout of the Afterword project (its demo/ folder)');
    mounts.push(['/dist/', join(elements, 'dist')], ['/demo/', demo], ['/', demo]);
  }

  // Every process on one PostgreSQL database must accept the same token: it is given, not made.
  if (isPostgres(options.db) && !options.token)
    fail('with a PostgreSQL database, give the token with --token or AFTERWORD_TOKEN');
  let inbox: Inbox;
  try {
    inbox = await openInbox({
      options,
      mounts: realMounts(mounts),
      setupDir: join(elements, 'dist'),
      hidden: privateFiles(options.db),
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { server, database, token, notifications } = inbox;

  server.on('error', async (error: NodeJS.ErrnoException) => {
    await inbox.close();
    if (error.code === 'EADDRINUSE')
      fail(
        `port ${options.port} is already in use: stop the other server or choose another port with --port`,
      );
    if (error.code === 'EACCES')
      fail(`not allowed to listen on port ${options.port}: choose a port above 1023 with --port`);
    if (error.code === 'EADDRNOTAVAIL')
      fail(`cannot listen on ${options.host}: no such address on this machine`);
    fail(`cannot listen on port ${options.port}: ${error.message}`);
  });

  server.listen(options.port, options.host, () => {
    const { port } = server.address() as AddressInfo;
    const host =
      !options.host || options.host === '0.0.0.0' || options.host === '::'
        ? 'localhost'
        : options.host;
    const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const where = token.file ? relative(process.cwd(), token.file) || token.file : '';
    // A new token is shown once, at the start that made it; after that only where it is kept.
    const secret =
      token.source === 'option'
        ? 'the token you gave'
        : token.source === 'file'
          ? `the token kept in ${where}`
          : `the token ${token.token}${where ? ` (kept in ${where})` : ''}`;
    const lines = [
      `Afterword inbox: read messages at ${base}/inbox with ${secret}`,
      `  readers send feedback to ${base}/api/feedback${options.origins.length ? ` from ${options.origins.join(', ')}` : ' (same origin only: allow sites with --origin)'}`,
    ];
    lines.push(`  set up the widgets without writing HTML: ${base}/setup/`);
    if (database.dialect === 'postgres') lines.push(`  messages are kept in ${database.where}`);
    if (options.demo) lines.push(`  demo article: ${base}/`);
    if (options.notify.length)
      lines.push(`  notifications to ${options.notify.map((d) => d.label).join(', ')}`);
    notifications.start(options.publicUrl ?? base).catch(async (error: Error) => {
      await inbox.close();
      fail(error.message);
    });
    // One write, so whoever watches the output sees the whole message at once.
    console.log(lines.join('\n'));
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return process.exit(1); // a second Ctrl+C does not wait
    stopping = true;
    server.close(() => {
      void inbox.close().then(
        () => console.log('Afterword inbox stopped.'),
        () => process.exit(1),
      );
    });
    server.closeIdleConnections();
    // Requests still running get a moment to finish, then their connections are cut.
    setTimeout(() => server.closeAllConnections(), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => fail(error.message));
