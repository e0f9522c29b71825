// Where the journalist hears of new messages: `--notify` values read into destinations, each with
// a label that is safe to print (no password, no secret part of a webhook address).
import { createHash } from 'node:crypto';

export type DestinationType = 'smtp' | 'webhook' | 'ntfy' | 'slack' | 'discord';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  pass: string | undefined;
  from: string;
  to: string;
  digest: boolean;
}

export interface Destination {
  type: DestinationType;
  /** Stable id of this destination in the outbox (a hash: the address itself holds secrets). */
  key: string;
  /** How logs and /inbox name it: no credentials. */
  label: string;
  /** The address requests go to (HTTP types). */
  url: string;
  smtp: SmtpSettings | undefined;
  /** Strings that must never appear in a log line or a page. */
  secrets: string[];
}

const PREFIXES: Record<string, DestinationType> = {
  'ntfy+': 'ntfy',
  'slack+': 'slack',
  'discord+': 'discord',
};

const FORMS =
  'use smtp://, smtps://, https:// (a webhook), ntfy+https://, slack+https:// or discord+https://';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Reads one `--notify` value; throws an Error whose one-line message holds no credential. */
export function parseDestination(raw: string): Destination {
  const value = raw.trim();
  const prefix = Object.keys(PREFIXES).find((p) => value.toLowerCase().startsWith(p));
  const address = prefix ? value.slice(prefix.length) : value;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`--notify: "${roughLabel(value)}" is not an address: ${FORMS}`);
  }
  const key = createHash('sha256').update(value).digest('hex').slice(0, 16);
  if (!prefix && (url.protocol === 'smtp:' || url.protocol === 'smtps:')) return smtp(url, key);
  const type = prefix ? PREFIXES[prefix]! : 'webhook';
  const label = `${prefix ?? ''}${url.protocol}//${url.host}${url.pathname.length > 1 || url.search ? '/…' : ''}`;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname)))
    throw new Error(
      `--notify: ${label} is not a destination: ${FORMS} (plain http only to localhost)`,
    );
  const secrets = [url.pathname.slice(1), url.search.slice(1), url.username, url.password];
  return { type, key, label, url: url.href, smtp: undefined, secrets: clean(secrets) };
}

function smtp(url: URL, key: string): Destination {
  const user = url.username ? decodeURIComponent(url.username) : undefined;
  const pass = url.password ? decodeURIComponent(url.password) : undefined;
  const secure = url.protocol === 'smtps:';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  const base = `${url.protocol}//${user ? `${encodeURIComponent(user)}@` : ''}${url.host}`;
  const q = url.searchParams;
  const unknown = [...q.keys()].find((k) => !['from', 'to', 'digest'].includes(k));
  if (unknown)
    throw new Error(`--notify: ${base}: unknown setting "${unknown}" (use from, to, digest)`);
  const to = q.get('to') ?? '';
  const from = q.get('from') ?? (user?.includes('@') ? user : '');
  if (!/^[^\s@]+@[^\s@]+$/.test(to.split(',')[0]!.trim()))
    throw new Error(`--notify: ${base}: add ?to=<your address> (where the notifications go)`);
  if (!/@/.test(from))
    throw new Error(`--notify: ${base}: add &from=<a sender address your mail server accepts>`);
  const digest = q.get('digest');
  if (digest !== null && digest !== 'daily')
    throw new Error(`--notify: ${base}: digest must be daily, not "${digest}"`);
  return {
    type: 'smtp',
    key,
    label: `${base} → ${to}${digest ? ' (daily digest)' : ''}`,
    url: base,
    smtp: { host: url.hostname, port, secure, user, pass, from, to, digest: digest === 'daily' },
    secrets: clean([pass, url.password]),
  };
}

function clean(values: (string | undefined)[]): string[] {
  return values.filter((s): s is string => !!s && s.length >= 3);
}

/** A value that did not parse, shown without anything after the scheme's authority. */
function roughLabel(value: string): string {
  const m = /^([a-z+]+:\/\/)(?:[^@/]*@)?([^/?#]*)/i.exec(value);
  return m ? `${m[1]}${m[2]}${value.length > m[0].length ? '/…' : ''}` : value.slice(0, 40);
}

/** Every destination, each label unique (a number added where two would read the same). */
export function parseDestinations(values: string[]): Destination[] {
  const out = values.filter((v) => v.trim()).map(parseDestination);
  const seen = new Map<string, number>();
  for (const d of out) {
    const n = (seen.get(d.label) ?? 0) + 1;
    seen.set(d.label, n);
    if (n > 1) d.label = `${d.label} (${n})`;
  }
  return out;
}

/** Removes every secret of these destinations from a text (an error message, say). */
export function redact(text: string, destinations: Destination[]): string {
  let out = text;
  for (const d of destinations) {
    for (const secret of d.secrets) {
      for (const form of new Set([secret, encodeURIComponent(secret)]))
        out = out.split(form).join('…');
    }
  }
  return out;
}
