// The author's pages: /inbox (the list), and its forms /inbox/login, /inbox/logout, /inbox/handled.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { KINDS } from 'afterword/schema';
import type { Auth } from './auth.js';
import { readFilter, type Store } from './db.js';
import { CSP, CSP_COPY, hasSealed, renderInbox, renderLogin } from './html.js';
import {
  discardRest,
  fromOwnPage,
  mediaType,
  readBody,
  redirect,
  send,
  TOO_LARGE,
} from './http.js';

const PAGE_SIZE = 200;

export type PageHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export function createPages(
  store: Store,
  auth: Auth,
  trustProxy: boolean,
  aside?: (req: IncomingMessage) => Promise<string>,
): PageHandler {
  return async function inbox(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const html = (status: number, body: string, headers = {}) =>
      send(res, status, 'text/html; charset=utf-8', body, {
        'content-security-policy': CSP,
        ...headers,
      });
    const path = url.pathname.replace(/\/$/, '') || '/inbox';

    if (path === '/inbox') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return html(405, renderLogin(), { allow: 'GET' });
      const access = await auth.check(req);
      if (access.status === 'locked')
        return html(429, renderLogin('Too many wrong tokens: wait a few minutes.'), {
          'retry-after': String(access.wait),
        });
      if (access.status !== 'ok')
        return html(401, renderLogin(access.status === 'wrong' ? 'That token is not right.' : ''));
      const { filter } = readFilter(url.searchParams);
      const show =
        (['open', 'handled'] as const).find((s) => s === url.searchParams.get('show')) ?? 'all';
      const limit = filter.limit ?? PAGE_SIZE;
      const items = await store.list({
        kind: filter.kind,
        limit,
        open: show === 'all' ? undefined : show === 'open',
      });
      return html(
        200,
        renderInbox({
          items,
          counts: await store.counts(),
          kind: filter.kind,
          show,
          limit,
          aside: await aside?.(req),
        }),
        hasSealed(items) ? { 'content-security-policy': CSP_COPY } : {},
      );
    }

    const action = path.slice('/inbox/'.length);
    if (!['login', 'logout', 'handled'].includes(action))
      return html(404, renderLogin('No such page.'));
    if (req.method !== 'POST') return html(405, renderLogin(), { allow: 'POST' });
    // Together with the SameSite=Strict cookie this keeps other sites from acting for the author.
    if (!fromOwnPage(req, trustProxy))
      return send(res, 403, 'text/plain; charset=utf-8', 'Cross-site request refused');
    if (mediaType(req) !== 'application/x-www-form-urlencoded')
      return html(415, renderLogin('Unexpected form encoding.'));
    const body = await readBody(req, 4096);
    if (body === TOO_LARGE) {
      return html(413, renderLogin(), discardRest(req));
    }
    const form = new URLSearchParams(body.toString('utf8'));

    if (action === 'login') {
      const access = await auth.login(req, form.get('token') ?? '');
      if (access.status === 'locked')
        return html(429, renderLogin('Too many wrong tokens: wait a few minutes.'), {
          'retry-after': String(access.wait),
        });
      if (access.status !== 'ok') return html(401, renderLogin('That token is not right.'));
      return redirect(res, '/inbox', { 'set-cookie': access.cookie! });
    }
    if (action === 'logout')
      return redirect(res, '/inbox', { 'set-cookie': await auth.logout(req) });

    const access = await auth.check(req);
    if (access.status === 'locked')
      return html(429, renderLogin(), { 'retry-after': String(access.wait) });
    if (access.status !== 'ok') return html(401, renderLogin());
    await store.setHandled(
      form.get('id') ?? '',
      form.get('handled') !== '0',
      new Date().toISOString(),
    );
    const back = new URLSearchParams();
    const kind = form.get('kind');
    const show = form.get('show');
    if ((KINDS as readonly string[]).includes(kind ?? '')) back.set('kind', kind!);
    if (show === 'open' || show === 'handled') back.set('show', show);
    redirect(res, `/inbox${back.size ? `?${back}` : ''}`);
  };
}
