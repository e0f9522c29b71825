// Where feedback goes: one pure request builder per destination, the send, and the retry queue.
import { writeJson } from '../shared/storage.js';
import { AREAS, QUEUE, queued, read, type Area } from './queue.js';

export { queued };
import { httpUrl } from '../shared/url.js';
import { areaFor } from './draft.js';
import { isInbox } from './inbox.js';
import type { FeedbackPayload, PlainPayload } from './schema.js';

export const FORMATS = ['json', 'formspree', 'web3forms', 'netlify', 'form'] as const;
export type Format = (typeof FORMATS)[number];

export const WEB3FORMS = 'https://api.web3forms.com/submit';

export interface Destination {
  format: Format;
  endpoint: string;
  /** The email subject Formspree and Web3Forms notifications carry. */
  subject: string;
  accessKey?: string;
  formName?: string;
}

/** Every request is a POST; this is what goes over the wire and into the queue. */
export interface Req {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type Outcome = { ok: true } | { ok: false; retry: boolean; status?: number; error: string };

/** An https: URL, a same-origin address, or http://localhost (for development). */
export function isEndpoint(value: string, base = location.href): boolean {
  const url = httpUrl(value, base);
  return (
    !!url &&
    (url.protocol === 'https:' ||
      url.origin === new URL(base).origin ||
      /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname))
  );
}

/** Where the form posts, from settings each already checked by the form's schema. */
export interface Settings {
  format: Format;
  endpoint?: string;
  accessKey?: string;
  formName?: string;
}

/**
 * The destination, when the settings make one: an endpoint, or a service with a default address
 * (Web3Forms, which needs its access key; Netlify, the site itself). A problem only comes from
 * settings that don't go together.
 */
export function destination(s: Settings): { dest?: Destination; problem?: [string, string] } {
  if (s.format === 'web3forms' && !s.accessKey)
    return { problem: ['access-key', 'required for format "web3forms"'] };
  if (!s.endpoint && s.format !== 'web3forms' && s.format !== 'netlify') return {};
  return {
    dest: {
      format: s.format,
      endpoint: s.endpoint ?? '',
      accessKey: s.accessKey,
      formName: s.formName,
      subject: '',
    },
  };
}

/** A plain address for a mailto: link (no query or header tricks). */
export const isAddress = (value: string): boolean =>
  /^[^\s@?&#/:,;<>"]+@[^\s@?&#/:,;<>"]+\.[^\s@?&#/:,;<>"]+$/.test(value);

/** The payload as flat string fields, for services that forward every field by name. */
export function flatFields(p: FeedbackPayload): Record<string, string> {
  // The spam checks and proof of work are for an Afterword inbox only (format=json).
  const { page, checks, altcha, ...rest } = p;
  return { ...rest, url: page.url, title: page.title };
}

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
const FORM_HEADERS = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** Where a destination's requests go. */
export const requestUrl = (d: Destination): string =>
  d.endpoint || (d.format === 'web3forms' ? WEB3FORMS : d.format === 'netlify' ? '/' : '');

export function buildRequest(d: Destination, p: FeedbackPayload): Req {
  const fields = flatFields(p);
  switch (d.format) {
    case 'formspree':
      // Formspree answers JSON when asked to; `email` becomes the reply-to, `_subject` the subject.
      return {
        url: d.endpoint,
        headers: JSON_HEADERS,
        body: JSON.stringify({ ...fields, _subject: d.subject }),
      };
    case 'web3forms':
      return {
        url: d.endpoint || WEB3FORMS,
        headers: JSON_HEADERS,
        body: JSON.stringify({ access_key: d.accessKey, subject: d.subject, ...fields }),
      };
    case 'netlify':
      // Netlify matches `form-name` to a form found in the site's HTML at deploy time.
      return {
        url: d.endpoint || '/',
        headers: FORM_HEADERS,
        body: new URLSearchParams({ 'form-name': d.formName ?? 'feedback', ...fields }).toString(),
      };
    case 'form':
      return {
        url: d.endpoint,
        headers: FORM_HEADERS,
        body: new URLSearchParams(fields).toString(),
      };
    default:
      return { url: d.endpoint, headers: JSON_HEADERS, body: JSON.stringify(p) };
  }
}

/** Opens the reader's mail app: nothing is sent by the page. */
export function mailtoUrl(to: string, subject: string, p: PlainPayload): string {
  const quote = p.quote ? `${p.quote.replace(/^/gm, '> ')}\n\n` : '';
  const body = `${quote}${p.message}\n\n${p.page.url}`;
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The server's own words: JSON `{errors}` (list or map), `{error}`, `{message}`, or plain text. */
export async function serverMessage(res: Response): Promise<string> {
  const text = (await res.text().catch(() => '')).trim();
  try {
    const data = JSON.parse(text);
    const e = data.errors ?? data.error ?? data.message;
    if (typeof e === 'string') return e;
    const list: unknown[] = Array.isArray(e)
      ? e.map((x) => (x?.field ? `${x.field}: ` : '') + (x?.message ?? x))
      : Object.entries(e ?? {}).map(([k, v]) => `${k}: ${v}`);
    return list.join('; ');
  } catch {
    return text.startsWith('<') ? '' : text.slice(0, 300);
  }
}

/** A network failure or 5xx is worth retrying; any other refusal is the server's final word. */
export async function send(req: Req): Promise<Outcome> {
  let res: Response;
  try {
    res = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body });
  } catch (e) {
    return { ok: false, retry: true, error: String((e as Error)?.message ?? e) };
  }
  if (res.ok) return { ok: true };
  return {
    ok: false,
    retry: res.status >= 500,
    status: res.status,
    error: await serverMessage(res),
  };
}

/** Sends now; a network error or 5xx puts the request in the queue (the tab's session for tips). */
export async function deliver(d: Destination, p: FeedbackPayload): Promise<Outcome> {
  const req = buildRequest(d, p);
  const outcome = await send(req);
  if (!outcome.ok && outcome.retry) {
    enqueue(
      { id: p.id, payload: p, via: d.format, req, tries: 1, next: Date.now() + backoff(1) },
      areaFor(p.kind),
    );
  }
  return outcome;
}

export interface Queued {
  id: string;
  payload: FeedbackPayload;
  via: Format;
  req: Req;
  tries: number;
  /** Earliest time of the next attempt (ms). */
  next: number;
}

/** 5 s, 10 s, 20 s … capped at ten minutes. */
export const backoff = (tries: number): number => Math.min(5000 * 2 ** (tries - 1), 600000);

export function enqueue(item: Queued, area: Area): void {
  writeJson(QUEUE, [...read(area).filter((q) => q.id !== item.id), item], area);
}

let running: Promise<void> = Promise.resolve();

/**
 * Sends what is due (everything when `all`), one at a time, always with the same id.
 * Retryable failures stay with a longer wait; successes and refusals leave the queue.
 * Calls run one after another, so an `online` during a flush is not lost.
 */
export function flush(
  onResult: (item: Queued, outcome: Outcome) => void,
  all = false,
): Promise<void> {
  running = running
    .then(async () => {
      for (const area of AREAS) {
        for (const item of read(area)) {
          if (!all && item.next > Date.now()) continue;
          // A message to an Afterword inbox gets a fresh proof of work: each is good once.
          const req = isInbox(item.via, item.req.url)
            ? await (await import('./proof.js')).withFreshProof(item.req)
            : item.req;
          const outcome = await send(req);
          const rest = read(area).filter((q) => q.id !== item.id);
          const tries = item.tries + 1;
          if (!outcome.ok && outcome.retry)
            rest.push({ ...item, tries, next: Date.now() + backoff(tries) });
          writeJson(QUEUE, rest, area);
          onResult(item, outcome);
        }
      }
    })
    .catch(() => undefined);
  return running;
}
