// One storage layer for both databases: a Kysely query builder over SQLite (better-sqlite3, the
// embedded default) or PostgreSQL (node-postgres, for several inbox processes on one database).
import { closeSync, existsSync, openSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import type { ColumnType, Generated, Kysely as KyselyType, Transaction } from 'kysely';
import { migrations, type Dialect } from './migrations.js';

export type { Dialect };

/** The feedback table, one row per message id (stored in lower case). Dates are ISO 8601 text. */
export interface FeedbackTable {
  seq: Generated<number>;
  id: string;
  kind: string;
  message: string;
  name: string | null;
  email: string | null;
  quote: string | null;
  page_url: string;
  page_title: string;
  lang: string;
  created_at: string;
  received_at: string;
  handled_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** A sealed message's armored ciphertext (its message is then ''); null for plain ones. */
  encrypted: ColumnType<string | null, string | null | undefined, string | null>;
  /** Why it was filed as spam (honeypot, fast, links, pow-missing, pow-invalid, pow-replayed); null: not spam. */
  spam: ColumnType<string | null, string | null | undefined, string | null>;
  /** The journalist's private note (who follows it up). */
  note: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Proof-of-work challenges already answered, until they expire: each is good once. */
export interface PowUsedTable {
  challenge: string;
  expires_at: number;
}

/** Login sessions, by the SHA-256 of the cookie value. */
export interface SessionsTable {
  hash: string;
  created_at: string;
  expires_at: string;
  /** The fingerprint of the token in force when the session began (null: from before). */
  token: string | null;
}

/** Times in the outbox are milliseconds since 1970 (bigint on PostgreSQL, read as numbers). */
type Millis = number;

/** New messages waiting to be spread into one delivery per destination (one row per message). */
export interface OutboxQueueTable {
  seq: Generated<number>;
  item_id: string;
  queued_at: Millis;
}

/** One notification of one message to one destination, until it is delivered (then deleted). */
export interface OutboxTable {
  n: Generated<number>;
  /** Afterword-Delivery: the same on every retry. */
  delivery: string;
  /** The destination's key (a hash: its address holds secrets). */
  destination: string;
  item_id: string;
  queued_at: Millis;
  next_at: Millis;
  attempts: Generated<number>;
  last_error: string | null;
  last_try_at: Millis | null;
  /** When a process took it to deliver (renewed while it works), and which process. */
  claimed_at: Millis | null;
  claimed_by: string | null;
  gave_up_at: Millis | null;
}

/** Small named values: the private feed's key. */
export interface SettingsTable {
  name: string;
  value: string;
}

/** Every table; a new one is added here and created by a new entry in migrations.ts. */
export interface Tables {
  feedback: FeedbackTable;
  sessions: SessionsTable;
  outbox_queue: OutboxQueueTable;
  outbox: OutboxTable;
  settings: SettingsTable;
  pow_used: PowUsedTable;
}

export interface Database {
  readonly db: KyselyType<Tables>;
  readonly dialect: Dialect;
  /** Where the data is, fit to print: a file path, or the connection string without password. */
  readonly where: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (trx: Transaction<Tables>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const isPostgres = (target: string) => /^postgres(ql)?:\/\//i.test(target);

/** A connection string without its password (nor any `password` parameter), for messages. */
export function redact(target: string): string {
  if (!isPostgres(target)) return target;
  try {
    const url = new URL(target);
    url.password = '';
    for (const key of [...url.searchParams.keys()])
      if (/pass/i.test(key)) url.searchParams.delete(key);
    return url.toString();
  } catch {
    return 'the PostgreSQL connection string (it is not a valid URL)';
  }
}

/** An error's message with every form of the connection string's password taken out. */
function scrub(message: string, target: string): string {
  let password = '';
  try {
    password = new URL(target).password;
  } catch {
    return message.replaceAll(target, redact(target));
  }
  if (!password) return message;
  const forms = new Set([password, decodeURIComponent(password)]);
  return [...forms].reduce(
    (text, p) => text.replaceAll(p, '***'),
    message.replaceAll(target, redact(target)),
  );
}

/** Opens (or creates) the database and brings its tables up to date; errors fit on one line. */
export async function openDatabase(target: string): Promise<Database> {
  let kysely: typeof import('kysely');
  try {
    kysely = await import('kysely');
  } catch {
    throw new Error('kysely is not installed: run `npm install kysely`');
  }
  const postgres = isPostgres(target);
  const where = redact(target);
  const dialect = postgres
    ? await postgresDialect(kysely, target)
    : await sqliteDialect(kysely, target);
  const db = new kysely.Kysely<Tables>({ dialect });
  try {
    const migrator = new kysely.Migrator({
      db,
      provider: { getMigrations: async () => migrations(postgres ? 'postgres' : 'sqlite') },
      migrationTableName: 'afterword_migration',
      migrationLockTableName: 'afterword_migration_lock',
    });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
    // A write on every start, so a read-only SQLite file or folder is reported now, not at the
    // first reader.
    if (!postgres) await kysely.sql`PRAGMA user_version = 2`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    const verb = postgres ? 'open' : 'write';
    throw new Error(`cannot ${verb} the database ${where}: ${scrub(oneLine(error), target)}`);
  }
  return {
    db,
    dialect: postgres ? 'postgres' : 'sqlite',
    where,
    transaction: (work) => db.transaction().execute(work),
    close: () => db.destroy(),
  };
}

/** The first line of an error's message; a failed connect to every address of a host (an
 * AggregateError, with an empty message) says why through its first error. */
function oneLine(error: unknown): string {
  const e = error as (Error & { errors?: Error[]; code?: string }) | undefined;
  const text = e?.message || e?.errors?.[0]?.message || e?.code || String(error ?? 'unknown error');
  return text.split('\n')[0]!;
}

async function sqliteDialect(kysely: typeof import('kysely'), path: string) {
  let Sqlite: typeof BetterSqlite3;
  try {
    Sqlite = (await import('better-sqlite3')).default;
  } catch {
    throw new Error('better-sqlite3 is not installed: run `npm install better-sqlite3`');
  }
  let database: BetterSqlite3.Database;
  try {
    // Readers' emails are in it: created readable by its owner only (its WAL and shared-memory
    // files take the same mode from it).
    if (path !== ':memory:' && path !== '' && !existsSync(path))
      closeSync(openSync(path, 'a', 0o600));
    database = new Sqlite(path);
  } catch (error) {
    throw new Error(`cannot open the database ${path}: ${oneLine(error)}`);
  }
  try {
    database.pragma('journal_mode = WAL');
    // FULL: each commit reaches the disk before its 201, so an acknowledged message survives a
    // power cut, not only a crash of the process (NORMAL could lose the last commits).
    database.pragma('synchronous = FULL');
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    database.close();
    throw new Error(`cannot write the database ${path}: ${oneLine(error)}`);
  }
  return new kysely.SqliteDialect({ database });
}

async function postgresDialect(kysely: typeof import('kysely'), target: string) {
  let pg: typeof import('pg').default;
  try {
    pg = (await import('pg')).default;
  } catch {
    throw new Error('pg is not installed: run `npm install pg`');
  }
  // node-postgres hands back bigint (int8) as strings; the inbox's counts, sequence numbers and
  // millisecond times all fit a number.
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === 20 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({
    connectionString: target,
    max: 10,
    connectionTimeoutMillis: 10_000,
    types,
  });
  // A connection the server drops while idle must not end the process; the next query reconnects.
  pool.on('error', (error) =>
    console.error(`afterword-inbox: database ${redact(target)}: ${scrub(oneLine(error), target)}`),
  );
  return new kysely.PostgresDialect({ pool });
}
