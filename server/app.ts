// The inbox put together, top to bottom: the storage opened with its hooks, what the routes
// need, one route table that owns each path, and the HTTP server that reads each request's
// facts once and hands it to its route; beside it, on an origin of its own, the static files.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuth } from './auth.js';
import { createCapacity } from './capacity.js';
import { openDatabase, type Database } from './database.js';
import { createStore } from './db.js';
import { openFeedKey } from './feed.js';
import { json, redirect, text } from './http/answer.js';
import { factsReader, type RequestFacts } from './http/facts.js';
import { createNotifications, type Notifications } from './notify/index.js';
import type { Options } from './options.js';
import type { Pow } from './pow.js';
import { feedbackApi } from './routes/api.js';
import { challengeRoute } from './routes/challenge.js';
import { corsHeaders } from './routes/cors.js';
import { feedRoutes } from './routes/feed.js';
import { inboxPages } from './routes/inbox.js';
import { router } from './routes/router.js';
import { setupPage } from './routes/setup.js';
import { staticFiles, type Mount } from './static.js';
import { openToken, type TokenSource } from './token.js';

export interface InboxConfig {
  options: Options;
  /** Folders of files served on their own origin (--static, --demo); none: no such server. */
  mounts: Mount[];
  /** The build folder holding setup.html and the scripts, for /setup/. */
  setupDir?: string;
  /** Real paths that static files never serve (the database, its journals, the token file). */
  hidden?: Set<string>;
  log?: (line: string) => void;
}

export interface Inbox {
  server: Server;
  /** The server of the static files, when there are any. */
  statics: Server | undefined;
  database: Database;
  token: TokenSource;
  notifications: Notifications;
  /** Stops delivering notifications and closes the database (after the servers have closed). */
  close(): Promise<void>;
}

/** Given-up notifications are kept this long (for /inbox's listing), then deleted. */
const KEEP_GIVEN_UP = 30 * 86400_000;
const SERVER_TIMEOUTS = { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 };

export async function openInbox(config: InboxConfig): Promise<Inbox> {
  const { options, mounts, setupDir, hidden = new Set() } = config;
  const log = config.log ?? ((line: string) => console.error(`afterword-inbox: ${line}`));

  // 1. Storage, and what runs inside its transactions: each new message queued for notification.
  const database = await openDatabase(options.db);
  const notifications = createNotifications(database, options);
  const store = createStore(database, notifications.hooks);
  let token: TokenSource;
  let pow: Pow | undefined;
  try {
    token = openToken(options, log);
    // altcha-lib is loaded only with --pow.
    if (options.pow) pow = await (await import('./pow.js')).openPow(database);
    await notifications.outbox.prune(Date.now() - KEEP_GIVEN_UP);
  } catch (error) {
    await store.close();
    throw error;
  }
  const prune = setInterval(
    () =>
      void notifications.outbox
        .prune(Date.now() - KEEP_GIVEN_UP)
        .catch((error: Error) => log(`notifications: ${error.message.split('\n')[0]}`)),
    3600_000,
  ).unref();

  // 2. What the routes share: the author's key, the private feed's key, the bounds on storage.
  const auth = createAuth(token, store);
  const feedKey = openFeedKey(database);
  const capacity = createCapacity({
    store,
    maxMessages: options.maxMessages,
    perMinute: options.rateLimitTotal,
    log,
  });
  let statics: Server | undefined;
  const staticPort = () => (statics?.address() as AddressInfo | null)?.port;
  /** The files' own origin: the inbox's host on the static port; its pages may post here. */
  const isStaticOrigin = (origin: string, facts: RequestFacts) => {
    const port = staticPort();
    if (!port || !facts.origin) return false;
    try {
      const from = new URL(origin);
      return from.hostname === new URL(facts.origin).hostname && from.port === String(port);
    } catch {
      return false;
    }
  };

  // 3. One route table: each path has one owner.
  const pages = inboxPages({
    store,
    auth,
    capacity,
    feedKey,
    outbox: notifications.outbox,
    destinations: options.notify,
  });
  const feed = feedRoutes({ store, auth, feedKey, tips: options.notifyTips });
  const allowed = (origin: string, facts: RequestFacts) =>
    options.origins.includes(origin) ||
    options.origins.includes('*') ||
    isStaticOrigin(origin, facts);
  const setup = setupDir ? setupPage(setupDir) : undefined;
  const route = router({
    paths: {
      '/api/feedback': feedbackApi({
        store,
        auth,
        capacity,
        rateLimit: options.rateLimit,
        allowed,
        pow,
      }),
      '/api/challenge': challengeRoute(pow, corsHeaders(allowed)),
      '/inbox': pages.page,
      '/inbox/': pages.page,
      '/inbox/login': pages.login,
      '/inbox/logout': pages.logout,
      '/inbox/logout-everywhere': pages.logoutEverywhere,
      '/inbox/handled': pages.handled,
      '/inbox/spam': pages.spam,
      '/inbox/note': pages.note,
      '/inbox/feed.atom': feed.feed,
      '/inbox/feed-key': feed.newKey,
      ...(setup && { '/setup': setup }),
    },
    prefixes: setup
      ? [
          ['/inbox/m/', pages.message],
          ['/inbox/', pages.unknown],
          ['/setup/', setup],
        ]
      : [
          ['/inbox/m/', pages.message],
          ['/inbox/', pages.unknown],
        ],
    fallback: (_req, res, { url }) =>
      url.pathname === '/' ? redirect(res, '/inbox') : text(res, 404, 'Not found'),
  });

  // 4. The servers: each request's facts (client, host, scheme behind a proxy) are read once.
  const facts = factsReader(options);
  const server = listener(
    async (req, res, url) => route(req, res, { url, facts: facts(req) }),
    log,
  );
  if (mounts.length) {
    const inboxPort = () => (server.address() as AddressInfo | null)?.port;
    const files = staticFiles({
      mounts,
      hidden,
      endpoint(req) {
        if (options.publicUrl) return `${options.publicUrl}/api/feedback`;
        // The host the reader typed, on the inbox's port: the page and the inbox stay one site.
        const { origin } = facts(req);
        let host = origin ? new URL(origin).hostname : (options.host ?? '');
        if (!host || /^(0\.0\.0\.0|::)$/.test(host)) host = 'localhost';
        else if (host.includes(':') && !host.startsWith('[')) host = `[${host}]`;
        return `http://${host}:${inboxPort()}/api/feedback`;
      },
    });
    statics = listener((req, res, url) => files(req, res, url.pathname), log);
  }

  return {
    server,
    statics,
    database,
    token,
    notifications,
    async close() {
      clearInterval(prune);
      await notifications.stop();
      await store.close();
    },
  };
}

/**
 * An HTTP server for `handle`: a request line that is no URL is a plain 400; an error is one log
 * line (without the query, which may hold a key) and a 500.
 */
function listener(
  handle: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>,
  log: (line: string) => void,
): Server {
  return createServer(SERVER_TIMEOUTS, (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://inbox.invalid');
    } catch {
      // Junk from a scanner, not worth a line in the author's log.
      return text(res, 400, 'Bad request');
    }
    handle(req, res, url).catch((error: Error & { clientGone?: boolean }) => {
      // A reader who closes the tab mid-upload is no error of ours.
      if (!error.clientGone) log(`${req.method} ${url.pathname}: ${error.message}`);
      if (!res.headersSent) json(res, 500, { error: 'The inbox could not handle this request' });
      else res.destroy();
    });
  });
}
