// The inbox's options: command-line flags first, then AFTERWORD_* environment variables, then defaults.
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { parseDestinations, type Destination } from './notify/destinations.js';
import type { TipsMode } from './notify/message.js';

export interface Options {
  port: number;
  /** The port of --static and --demo files: their own origin, never the inbox's. */
  staticPort: number;
  host: string | undefined;
  db: string;
  origins: string[];
  /** The token given in an option or AFTERWORD_TOKEN (checked: at least 20 characters). */
  token: string | undefined;
  /** A file holding the token, read at start and whenever it changes. */
  tokenFile: string | undefined;
  rateLimit: number;
  /** New messages per minute, from everyone together; 0: no limit. */
  rateLimitTotal: number;
  maxMessages: number;
  /** Addresses and networks (CIDR) of the reverse proxies whose X-Forwarded-* headers count. */
  trustProxy: string[];
  demo: boolean;
  statics: string[];
  help: boolean;
  notify: Destination[];
  notifySecret: string | undefined;
  notifyRetry: number;
  notifyTips: TipsMode;
  notifyLease: number;
  /** Notifications an hour to one destination before the rest fold into one digest; 0: no limit. */
  notifyMax: number;
  digestHour: number;
  publicUrl: string | undefined;
  /** ALTCHA proof of work: GET /api/challenge, and a message without a good solution is spam. */
  pow: boolean;
  /** One line for each secret given on the command line (naming the option, never the value). */
  warnings: string[];
}

/** A mistake in the options: printed as one line, never with a stack. */
export class UsageError extends Error {}

/** The shortest token the inbox accepts: long enough that guessing it is hopeless. */
export const MIN_TOKEN = 20;

export const USAGE = `Usage: afterword-inbox [options]

  --port <n>         port to listen on (AFTERWORD_PORT, default 8787; 0 picks a free one)
  --host <addr>      address to listen on (AFTERWORD_HOST, default: every interface)
  --db <file|url>    SQLite database file, or postgres://user:pass@host:5432/name for
                     PostgreSQL (AFTERWORD_DB, default ./afterword.db)
  --origin <url>     a site allowed to post from the browser, repeatable (AFTERWORD_ORIGINS, comma-separated)
  --token-file <f>   a file holding the author's token for /inbox and GET /api/feedback, read
                     again whenever it changes (AFTERWORD_TOKEN_FILE; default: generated once
                     and kept in <db>.token; required with PostgreSQL unless AFTERWORD_TOKEN is set)
  --token <secret>   the token itself, at least ${MIN_TOKEN} characters (AFTERWORD_TOKEN; on the
                     command line other users of the machine can read it: prefer the two above)
  --rate-limit <n>   submissions per minute per client address (AFTERWORD_RATE_LIMIT, default 30, 0 = off)
  --rate-limit-total <n>  new messages per minute from everyone together, past which the inbox
                     answers 503 (AFTERWORD_RATE_LIMIT_TOTAL, default 600, 0 = off)
  --max-messages <n> messages kept before new ones are refused with 503 (AFTERWORD_MAX_MESSAGES,
                     default 100000)
  --trust-proxy <a>  the address or network (CIDR) of your reverse proxy, repeatable: only its
                     X-Forwarded-For, -Proto and -Host count (AFTERWORD_TRUST_PROXY, comma-separated)
  --static <dir>     also serve the files in <dir>, on their own port (--static-port)
  --demo             also serve the project's demo article and dist/, on their own port
  --static-port <n>  port of those files (AFTERWORD_STATIC_PORT, default: the inbox's port + 1)
  --notify <dest>    tell the journalist of each new message, repeatable (AFTERWORD_NOTIFY,
                     space-separated): smtp://user:pass@host:port?from=…&to=… (smtps:// for TLS,
                     &digest=daily for one mail a day), https://… (webhook), ntfy+https://…,
                     slack+https://…, discord+https://…
  --notify-secret <s>  sign webhooks with Afterword-Signature (AFTERWORD_NOTIFY_SECRET)
  --notify-retry <s> first retry of a failed notification after s seconds, doubling up to 6 h,
                     for 3 days (AFTERWORD_NOTIFY_RETRY, default 60)
  --notify-tips <m>  summary (default: only "A news tip arrived") or full (AFTERWORD_NOTIFY_TIPS)
  --notify-max <n>   notifications an hour to one destination; past it the rest fold into one
                     digest (AFTERWORD_NOTIFY_MAX, default 60, 0 = no limit)
  --notify-lease <s> with several processes on one PostgreSQL: a process that dies while
                     delivering leaves its notifications to the others after s seconds
                     (AFTERWORD_NOTIFY_LEASE, default 60)
  --digest-hour <h>  hour of the daily digest, server time (AFTERWORD_DIGEST_HOUR, default 8)
  --public-url <url> the inbox's own address: its origin for same-origin checks, and links in
                     notifications and the feed (AFTERWORD_PUBLIC_URL; default: the address it
                     is reached at)
  --pow              ask each form for a proof of work (ALTCHA, solved in the reader's browser,
                     no third party): GET /api/challenge; a message without a valid, unused
                     solution goes to the Spam view (AFTERWORD_POW=1)
  --help             show this help`;

type Env = Record<string, string | undefined>;

const TRUST_PROXY_HELP =
  'give the address of your reverse proxy, e.g. --trust-proxy 127.0.0.1 (or a network such as 10.0.0.0/8)';

export function parseOptions(argv: string[], env: Env = process.env): Options {
  // A bare --trust-proxy once trusted every client: say so in one line, not as a parse error.
  const bare = argv.findIndex(
    (a, i) => a === '--trust-proxy' && (i === argv.length - 1 || argv[i + 1]!.startsWith('-')),
  );
  if (bare !== -1) throw new UsageError(`--trust-proxy needs a value: ${TRUST_PROXY_HELP}`);
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'static-port': { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        origin: { type: 'string', multiple: true },
        token: { type: 'string' },
        'token-file': { type: 'string' },
        'rate-limit': { type: 'string' },
        'rate-limit-total': { type: 'string' },
        'max-messages': { type: 'string' },
        'trust-proxy': { type: 'string', multiple: true },
        static: { type: 'string', multiple: true },
        demo: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        notify: { type: 'string', multiple: true },
        'notify-secret': { type: 'string' },
        'notify-retry': { type: 'string' },
        'notify-tips': { type: 'string' },
        'notify-max': { type: 'string' },
        'notify-lease': { type: 'string' },
        'digest-hour': { type: 'string' },
        'public-url': { type: 'string' },
        pow: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const origins = (values.origin ?? splitList(env.AFTERWORD_ORIGINS)).map(normalizeOrigin);

  // The token: one way only on the command line; the command line wins over the environment.
  if (values.token !== undefined && values['token-file'] !== undefined)
    throw new UsageError('give the token one way: --token-file or --token, not both');
  const fromArgs = values.token !== undefined || values['token-file'] !== undefined;
  const token = fromArgs ? values.token : env.AFTERWORD_TOKEN || undefined;
  const tokenFile = fromArgs ? values['token-file'] : env.AFTERWORD_TOKEN_FILE || undefined;
  if (token !== undefined && tokenFile !== undefined)
    throw new UsageError(
      'give the token one way: AFTERWORD_TOKEN_FILE or AFTERWORD_TOKEN, not both',
    );
  if (token !== undefined)
    checkToken(token.trim(), values.token !== undefined ? '--token' : 'AFTERWORD_TOKEN');

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
  const maxMessages = integer(
    '--max-messages',
    values['max-messages'] ?? env.AFTERWORD_MAX_MESSAGES,
    100_000,
    1e9,
  );
  if (maxMessages < 1) throw new UsageError('--max-messages must be at least 1');
  const port = integer('--port', values.port ?? env.AFTERWORD_PORT, 8787, 65535);
  // Beside a given port by default; with a free port (0) picked, a free one too.
  const staticPort = integer(
    '--static-port',
    values['static-port'] ?? env.AFTERWORD_STATIC_PORT,
    port && port < 65535 ? port + 1 : 0,
    65535,
  );
  if (staticPort && staticPort === port)
    throw new UsageError(
      '--static-port must differ from --port: the files need an origin of their own',
    );
  return {
    notify,
    notifySecret: values['notify-secret'] ?? (env.AFTERWORD_NOTIFY_SECRET || undefined),
    notifyRetry: retry,
    notifyTips: tips,
    notifyLease: lease,
    notifyMax: integer('--notify-max', values['notify-max'] ?? env.AFTERWORD_NOTIFY_MAX, 60, 1e6),
    digestHour: integer('--digest-hour', values['digest-hour'] ?? env.AFTERWORD_DIGEST_HOUR, 8, 23),
    publicUrl: publicUrl(values['public-url'] ?? (env.AFTERWORD_PUBLIC_URL || undefined)),
    port,
    staticPort,
    host: values.host ?? (env.AFTERWORD_HOST || undefined),
    db: values.db ?? (env.AFTERWORD_DB || './afterword.db'),
    origins,
    token: token?.trim(),
    tokenFile,
    rateLimit: integer('--rate-limit', values['rate-limit'] ?? env.AFTERWORD_RATE_LIMIT, 30, 1e6),
    rateLimitTotal: integer(
      '--rate-limit-total',
      values['rate-limit-total'] ?? env.AFTERWORD_RATE_LIMIT_TOTAL,
      600,
      1e6,
    ),
    maxMessages,
    trustProxy: trustedProxies(values['trust-proxy'], env.AFTERWORD_TRUST_PROXY),
    demo: values.demo ?? false,
    pow: values.pow ?? /^(1|true|yes|on)$/i.test(env.AFTERWORD_POW ?? ''),
    statics: values.static ?? [],
    help: values.help ?? false,
    warnings: secretsInArgs(values),
  };
}

/** Refuses a token too short to be safe, saying where it came from, never what it is. */
export function checkToken(token: string, where: string): void {
  if (token.length < MIN_TOKEN)
    throw new UsageError(
      `${where}: the token must be at least ${MIN_TOKEN} characters (this one has ${token.length}); make one with: openssl rand -base64 24`,
    );
}

/**
 * Secrets on the command line can be read by every user of the machine (`ps`) and stay in shell
 * histories: one line per option that holds one, by its name only.
 */
function secretsInArgs(values: Record<string, unknown>): string[] {
  const password = (url: string) => {
    try {
      return new URL(url.replace(/^[a-z]+\+/i, '')).password !== '';
    } catch {
      return false;
    }
  };
  const held: [string, boolean, string][] = [
    ['--token', values.token !== undefined, '--token-file or AFTERWORD_TOKEN'],
    ['--notify-secret', values['notify-secret'] !== undefined, 'AFTERWORD_NOTIFY_SECRET'],
    [
      '--notify',
      ((values.notify as string[] | undefined) ?? []).some(password),
      'AFTERWORD_NOTIFY',
    ],
    ['--db', typeof values.db === 'string' && password(values.db), 'AFTERWORD_DB (or PGPASSWORD)'],
  ];
  return held
    .filter(([, given]) => given)
    .map(
      ([name, , instead]) =>
        `warning: ${name} holds a secret on the command line, where other users of this machine can read it: use ${instead} instead`,
    );
}

/** --trust-proxy values: each an IP address or a network in CIDR notation. */
function trustedProxies(given: string[] | undefined, env: string | undefined): string[] {
  const name = given ? '--trust-proxy' : 'AFTERWORD_TRUST_PROXY';
  const list = given ?? splitList(env?.replace(/\s+/g, ','));
  for (const entry of list) {
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const max = family === 6 ? 128 : 32;
    const okBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= max);
    if (!family || !okBits || rest.length)
      throw new UsageError(
        `${name}: "${entry}" is not an IP address or network: ${TRUST_PROXY_HELP}`,
      );
  }
  return list;
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
