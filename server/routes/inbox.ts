// The author's pages: /inbox (a page of the list, with the chart, failing notifications and the
// private feed's address beside it), /inbox/m/<id> (one message) and their forms /inbox/login,
// /inbox/logout, /inbox/logout-everywhere, /inbox/handled, /inbox/spam and /inbox/note.
import type { ServerResponse } from 'node:http';
import type { Access, Auth } from '../auth.js';
import type { Capacity } from '../capacity.js';
import type { Filter, Store } from '../db.js';
import type { FeedKey } from '../feed.js';
import { CSP, CSP_COPY, hasSealed, renderInbox, renderLogin, renderMessage } from '../html.js';
import { redirect, send, text } from '../http/answer.js';
import { mediaType, readBody, refuseRest, TOO_LARGE } from '../http/body.js';
import { fromOwnPage } from '../http/origin.js';
import type { Destination } from '../notify/destinations.js';
import type { Outbox } from '../outbox.js';
import { sideSections } from '../views/aside.js';
import { chartSince, renderChart } from '../views/chart.js';
import { MAX_NOTE } from '../views/message.js';
import { pageOf } from './paging.js';
import { isKind, readFilter, readShow, UUID } from './query.js';
import type { Handler, Route } from './router.js';

/** Where an action on /inbox may send the journalist back to: a page of the inbox, nothing else. */
const BACK = /^\/inbox(\/m\/[0-9a-f-]{36})?(\?[^#\s]*)?$/;

export interface PagesConfig {
  store: Store;
  auth: Auth;
  capacity: Capacity;
  feedKey: FeedKey;
  outbox: Outbox;
  destinations: Destination[];
}

export interface InboxPages {
  page: Route;
  login: Route;
  logout: Route;
  logoutEverywhere: Route;
  handled: Route;
  spam: Route;
  note: Route;
  /** /inbox/m/<id>: one message. */
  message: Route;
  /** Any other path under /inbox/. */
  unknown: Route;
}

const html = (res: ServerResponse, status: number, body: string, headers = {}) =>
  send(res, status, 'text/html; charset=utf-8', body, {
    'content-security-policy': CSP,
    ...headers,
  });

export function inboxPages({
  store,
  auth,
  capacity,
  feedKey,
  outbox,
  destinations,
}: PagesConfig): InboxPages {
  const aside = sideSections({ capacity, feedKey, outbox, destinations });

  const locked = (res: ServerResponse, access: Access & { status: 'locked' }) =>
    html(res, 429, renderLogin('Too many wrong tokens: wait a few minutes.'), {
      'retry-after': String(access.wait),
    });

  /** The login form, or (for the author) what `show` renders. */
  const loggedIn =
    (show: Handler): Handler =>
    async (req, res, ctx) => {
      const access = await auth.check(req, ctx.facts);
      if (access.status === 'locked') return locked(res, access);
      if (access.status !== 'ok')
        return html(
          res,
          401,
          renderLogin(access.status === 'wrong' ? 'That token is not right.' : ''),
        );
      return show(req, res, ctx);
    };

  const page = loggedIn(async (_req, res, { url, facts }) => {
    const { filter } = readFilter(url.searchParams);
    const show = readShow(url.searchParams.get('show'));
    const where: Filter = {
      kind: filter.kind,
      spam: filter.spam ?? false,
      q: filter.q,
      open: show === 'all' ? undefined : show === 'open',
    };
    const { items, newer, older } = await pageOf(store, where, filter);
    const chart = where.spam ? '' : renderChart(await store.perDay(chartSince()));
    return html(
      res,
      200,
      renderInbox(
        {
          items,
          counts: await store.counts(),
          kind: filter.kind,
          show,
          spam: !!where.spam,
          q: filter.q ?? '',
          newer,
          older,
          chart,
          aside: await aside(facts),
        },
        `${url.pathname}${url.search}`,
      ),
      hasSealed(items) ? { 'content-security-policy': CSP_COPY } : {},
    );
  });

  const message = loggedIn(async (_req, res, { url }) => {
    const id = url.pathname.slice('/inbox/m/'.length);
    const item = UUID.test(id) ? await store.get(id) : undefined;
    if (!item) return html(res, 404, renderLogin('No such message.'));
    const saved = url.searchParams.get('saved') === '1' ? 'Note saved.' : '';
    return html(
      res,
      200,
      renderMessage(item, saved),
      hasSealed([item]) ? { 'content-security-policy': CSP_COPY } : {},
    );
  });

  /**
   * A form posted from the inbox's own page, urlencoded and small; `act` gets its fields.
   * Together with the SameSite=Strict cookie this keeps other sites from acting for the author.
   */
  const form =
    (
      act: (form: URLSearchParams, ...rest: Parameters<Handler>) => Promise<void>,
      max = 4096,
    ): Handler =>
    async (req, res, ctx) => {
      if (!fromOwnPage(req, ctx.facts)) {
        refuseRest(req);
        return text(res, 403, 'Cross-site request refused');
      }
      if (mediaType(req) !== 'application/x-www-form-urlencoded') {
        refuseRest(req);
        return html(res, 415, renderLogin('Unexpected form encoding.'));
      }
      const body = await readBody(req, max);
      if (body === TOO_LARGE) {
        refuseRest(req);
        return html(res, 413, renderLogin());
      }
      return act(new URLSearchParams(body.toString('utf8')), req, res, ctx);
    };

  const login = form(async (fields, _req, res, { facts }) => {
    const access = await auth.login(facts, fields.get('token') ?? '');
    if (access.status === 'locked') return locked(res, access);
    if (access.status !== 'ok') return html(res, 401, renderLogin('That token is not right.'));
    redirect(res, '/inbox', { 'set-cookie': access.cookie! });
  });

  const logout = form(async (_fields, req, res, { facts }) =>
    redirect(res, '/inbox', { 'set-cookie': await auth.logout(req, facts) }),
  );

  /** An action for the logged-in author only. */
  const signedIn =
    (act: (form: URLSearchParams, ...rest: Parameters<Handler>) => Promise<void>) =>
    async (fields: URLSearchParams, ...[req, res, ctx]: Parameters<Handler>) => {
      const access = await auth.check(req, ctx.facts);
      if (access.status === 'locked')
        return html(res, 429, renderLogin(), { 'retry-after': String(access.wait) });
      if (access.status !== 'ok') return html(res, 401, renderLogin());
      return act(fields, req, res, ctx);
    };

  // Every session of this token ends, on every device: after a lost phone, say.
  const logoutEverywhere = form(
    signedIn(async (_fields, _req, res, { facts }) =>
      redirect(res, '/inbox', { 'set-cookie': await auth.logoutEverywhere(facts) }),
    ),
  );

  /** Back where the action was taken: the page of the list, or the message's own page. */
  const goBack = (res: ServerResponse, fields: URLSearchParams) => {
    const back = fields.get('back') ?? '';
    if (BACK.test(back)) return redirect(res, back);
    const to = new URLSearchParams();
    const kind = fields.get('kind');
    const show = readShow(fields.get('show'));
    if (isKind(kind)) to.set('kind', kind);
    if (show !== 'all') to.set('show', show);
    redirect(res, `/inbox${to.size ? `?${to}` : ''}`);
  };

  const handled = form(
    signedIn(async (fields, _req, res) => {
      await store.setHandled(
        fields.get('id') ?? '',
        fields.get('handled') !== '0',
        new Date().toISOString(),
      );
      goBack(res, fields);
    }),
  );

  // "Not spam" moves a message back among the others, and notifies it then; "Spam" files it.
  const spam = form(
    signedIn(async (fields, _req, res) => {
      await store.setSpam(fields.get('id') ?? '', fields.get('spam') === '0' ? null : 'author');
      goBack(res, fields);
    }),
  );

  // A note of up to 2,000 characters of any script: up to 9 bytes each, urlencoded.
  const note = form(
    signedIn(async (fields, _req, res) => {
      const id = (fields.get('id') ?? '').toLowerCase();
      const text = (fields.get('note') ?? '').trim().slice(0, MAX_NOTE);
      if (!UUID.test(id) || !(await store.setNote(id, text)))
        return html(res, 404, renderLogin('No such message.'));
      redirect(res, `/inbox/m/${id}?saved=1`);
    }),
    MAX_NOTE * 9 + 1024,
  );

  const notAllowed =
    (allow: string): Handler =>
    (_req, res) =>
      html(res, 405, renderLogin(), { allow });
  const post = (handler: Handler): Route => ({ POST: handler, other: notAllowed('POST') });

  return {
    page: { GET: page, other: notAllowed('GET') },
    login: post(login),
    logout: post(logout),
    logoutEverywhere: post(logoutEverywhere),
    handled: post(handled),
    spam: post(spam),
    note: post(note),
    message: { GET: message, other: notAllowed('GET') },
    unknown: { other: (_req, res) => html(res, 404, renderLogin('No such page.')) },
  };
}
