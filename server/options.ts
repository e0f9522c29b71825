// The inbox's options: command-line flags first, then AFTERWORD_* environment variables, then defaults.
import { parseArgs } from 'node:util';
import { parseDestinations, type Destination } from './notify/destinations.js';
import type { TipsMode } from './notify/message.js';

export interface Options {
  port: number;
  host: string | undefined;
  db: string;
  origins: string[];
  token: string | undefined;
  rateLimit: number;
  trustProxy: boolean;
  demo: boolean;
  statics: string[];
  help: boolean;
  notify: Destination[];
  notifySecret: string | undefined;
  notifyRetry: number;
  notifyTips: TipsMode;
  notifyLease: number;
  digestHour: number;
  publicUrl: string | undefined;
}

/** A mistake in the options: printed as one line, never with a stack. */
export class UsageError extends Error {}

export const USAGE = `Usage: afterword-inbox [options]

  --port <n>         port to listen on (AFTERWORD_PORT, default 8787; 0 picks a free one)
  --host <addr>      address to listen on (AFTERWORD_HOST, default: every interface)
  --db <file|url>    SQLite database file, or postgres://user:pass@host:5432/name for
                     PostgreSQL (AFTERWORD_DB, default ./afterword.db)
  --origin <url>     a site allowed to post from the browser, repeatable (AFTERWORD_ORIGINS, comma-separated)
  --token <secret>   the author's token for /inbox and GET /api/feedback (AFTERWORD_TOKEN;
                     default: generated once and kept in <db>.token; required with PostgreSQL)
  --rate-limit <n>   submissions per minute per client address (AFTERWORD_RATE_LIMIT, default 30, 0 = off)
  --trust-proxy      take the client address from X-Forwarded-For (AFTERWORD_TRUST_PROXY=1)
  --static <dir>     also serve the files in <dir> at /
  --demo             also serve the project's demo/ at / and dist/ at /dist/
  --notify <dest>    tell the journalist of each new message, repeatable (AFTERWORD_NOTIFY,
                     space-separated): smtp://user:pass@host:port?from=…&to=… (smtps:// for TLS,
                     &digest=daily for one mail a day), https://… (webhook), ntfy+https://…,
                     slack+https://…, discord+https://…
  --notify-secret <s>  sign webhooks with Afterword-Signature (AFTERWORD_NOTIFY_SECRET)
  --notify-retry <s> first retry of a failed notification after s seconds, doubling up to 6 h,
                     for 3 days (AFTERWORD_NOTIFY_RETRY, default 60)
  --notify-tips <m>  summary (default: only "A news tip arrived") or full (AFTERWORD_NOTIFY_TIPS)
  --notify-lease <s> with several processes on one PostgreSQL: a process that dies while
                     delivering leaves its notifications to the others after s seconds
                     (AFTERWORD_NOTIFY_LEASE, default 60)
  --digest-hour <h>  hour of the daily digest, server time (AFTERWORD_DIGEST_HOUR, default 8)
  --public-url <url> the inbox's address in notifications and the feed (AFTERWORD_PUBLIC_URL;
                     default: the address it listens on)
  --help             show this help`;

type Env = Record<string, string | undefined>;

export function parseOptions(argv: string[], env: Env = process.env): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        origin: { type: 'string', multiple: true },
        token: { type: 'string' },
        'rate-limit': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        static: { type: 'string', multiple: true },
        demo: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        notify: { type: 'string', multiple: true },
        'notify-secret': { type: 'string' },
        'notify-retry': { type: 'string' },
        'notify-tips': { type: 'string' },
        'notify-lease': { type: 'string' },
        'digest-hour': { type: 'string' },
        'public-url': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const origins = (values.origin ?? splitList(env.AFTERWORD_ORIGINS)).map(normalizeOrigin);
  const token = values.token ?? (env.AFTERWORD_TOKEN || undefined);
  if (token !== undefined && token.trim().length < 8)
    throw new UsageError('--token must be at least 8 characters');
  let notify: Destination[];
  try {
    notify = parseDestinations(values.notify ?? (env.AFTERWORD_NOTIFY ?? '').split(/\s+/));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const tips = values['notify-tips'] ?? (env.AFTERWORD_NOTIFY_TIPS || 'summary');
  if (tips !== 'summary' && tips !== 'full')
    throw new UsageError(`--notify-tips must be summary or full, not "${tips}"`);
  const retry = integer(
    '--notify-retry',
    values['notify-retry'] ?? env.AFTERWORD_NOTIFY_RETRY,
    60,
    21600,
  );
  if (retry < 1) throw new UsageError('--notify-retry must be at least 1 second');
  const lease = integer(
    '--notify-lease',
    values['notify-lease'] ?? env.AFTERWORD_NOTIFY_LEASE,
    60,
    86400,
  );
  if (lease < 1) throw new UsageError('--notify-lease must be at least 1 second');
  return {
    notify,
    notifySecret: values['notify-secret'] ?? (env.AFTERWORD_NOTIFY_SECRET || undefined),
    notifyRetry: retry,
    notifyTips: tips,
    notifyLease: lease,
    digestHour: integer('--digest-hour', values['digest-hour'] ?? env.AFTERWORD_DIGEST_HOUR, 8, 23),
    publicUrl: publicUrl(values['public-url'] ?? (env.AFTERWORD_PUBLIC_URL || undefined)),
    port: integer('--port', values.port ?? env.AFTERWORD_PORT, 8787, 65535),
    host: values.host ?? (env.AFTERWORD_HOST || undefined),
    db: values.db ?? (env.AFTERWORD_DB || './afterword.db'),
    origins,
    token: token?.trim(),
    rateLimit: integer('--rate-limit', values['rate-limit'] ?? env.AFTERWORD_RATE_LIMIT, 30, 1e6),
    trustProxy:
      values['trust-proxy'] ?? ['1', 'true', 'yes'].includes(env.AFTERWORD_TRUST_PROXY ?? ''),
    demo: values.demo ?? false,
    statics: values.static ?? [],
    help: values.help ?? false,
  };
}

function publicUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  throw new UsageError(
    `--public-url must be an http(s) address like https://inbox.example, not "${value}"`,
  );
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function integer(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n > max)
    throw new UsageError(`${name} must be a whole number from 0 to ${max}, not "${raw}"`);
  return n;
}

/** `https://Example.com/` → `https://example.com`; `*` allows every origin. */
function normalizeOrigin(value: string): string {
  if (value === '*') return value;
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== 'null')
      return url.origin;
  } catch {
    // reported below
  }
  throw new UsageError(
    `--origin must be an http(s) origin like https://example.com, not "${value}"`,
  );
}
