// The inbox put together, top to bottom: the storage opened with its hooks, what the routes
// need, one route table that owns each path, and the HTTP server that reads each request's
// facts once and hands it to its route.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createAuth } from './auth.js';
import { openDatabase, type Database } from './database.js';
import { createStore } from './db.js';
import { openFeedKey } from './feed.js';
import { json, redirect, text } from './http/answer.js';
import { factsReader } from './http/facts.js';
import { createNotifications, type Notifications } from './notify/index.js';
import type { Options } from './options.js';
import { feedbackApi } from './routes/api.js';
import { feedRoutes } from './routes/feed.js';
import { inboxPages } from './routes/inbox.js';
import { router, type Handler } from './routes/router.js';
import { setupPage } from './routes/setup.js';
import { findFile, sendFile, type Mount } from './static.js';
import { loadToken, type Token } from './token.js';

export interface InboxConfig {
  options: Options;
  /** Folders of files served besides the inbox's own pages (--static, --demo). */
  mounts: Mount[];
  /** The build folder holding setup.html and the scripts, for /setup/. */
  setupDir?: string;
  /** Real paths that static files never serve (the database, its journals, the token file). */
  hidden?: Set<string>;
}

export interface Inbox {
  server: Server;
  database: Database;
  token: Token;
  notifications: Notifications;
  /** Stops delivering notifications and closes the database (after the server has closed). */
  close(): Promise<void>;
}

export async function openInbox({
  options,
  mounts,
  setupDir,
  hidden,
}: InboxConfig): Promise<Inbox> {
  // 1. Storage, and what runs inside its transactions: each new message queued for notification.
  const database = await openDatabase(options.db);
  const notifications = createNotifications(database, options);
  const store = createStore(database, notifications.hooks);

  // 2. What the routes share: the author's key, and the private feed's key.
  let token: Token;
  try {
    token = loadToken(options.db, options.token);
  } catch (error) {
    await store.close();
    throw error;
  }
  const auth = createAuth(token.token, store);
  const feedKey = openFeedKey(database);

  // 3. One route table: each path has one owner.
  const pages = inboxPages({
    store,
    auth,
    feedKey,
    outbox: notifications.outbox,
    destinations: options.notify,
  });
  const feed = feedRoutes({ store, auth, feedKey, tips: options.notifyTips });
  const setup = setupDir ? setupPage(setupDir) : undefined;
  const files: Handler = (req, res, { url }) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      const file = findFile(mounts, url.pathname, hidden);
      if (file) return sendFile(req, res, file);
      if (url.pathname === '/') return redirect(res, '/inbox');
    }
    text(res, 404, 'Not found');
  };
  const route = router({
    paths: {
      '/api/feedback': feedbackApi({
        store,
        auth,
        origins: options.origins,
        rateLimit: options.rateLimit,
      }),
      '/inbox': pages.page,
      '/inbox/': pages.page,
      '/inbox/login': pages.login,
      '/inbox/logout': pages.logout,
      '/inbox/handled': pages.handled,
      '/inbox/feed.atom': feed.feed,
      '/inbox/feed-key': feed.newKey,
      ...(setup && { '/setup': setup }),
    },
    prefixes: setup
      ? [
          ['/inbox/', pages.unknown],
          ['/setup/', setup],
        ]
      : [['/inbox/', pages.unknown]],
    fallback: files,
  });

  // 4. The server: each request's facts (client, host, scheme behind a proxy) are read once.
  const facts = factsReader(options);
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://inbox.invalid');
    return route(req, res, { url, facts: facts(req) });
  };
  const server = createServer(
    { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
    (req, res) => {
      handle(req, res).catch((error: Error & { clientGone?: boolean }) => {
        // A reader who closes the tab mid-upload is no error of ours.
        if (!error.clientGone)
          console.error(`afterword-inbox: ${req.method} ${pathOf(req)}: ${error.message}`);
        if (!res.headersSent) json(res, 500, { error: 'The inbox could not handle this request' });
        else res.destroy();
      });
    },
  );

  return {
    server,
    database,
    token,
    notifications,
    async close() {
      await notifications.stop();
      await store.close();
    },
  };
}

/** The request's path without its query, which may hold a key: log lines never carry one. */
const pathOf = (req: IncomingMessage) => (req.url ?? '/').split('?')[0];
