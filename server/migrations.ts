// The inbox's tables, as migrations that run on SQLite and PostgreSQL alike. Add a new one at the
// end (the next number); never change one that has shipped: databases out there ran it already.
import { sql, type Kysely, type Migration } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** PostgreSQL's words of a message for search; the query must spell it the same to use the index. */
export const SEARCH_VECTOR = sql.raw(
  `to_tsvector('simple', coalesce(message, '') || ' ' || coalesce(name, '') || ' ' || coalesce(email, '') || ' ' || page_title || ' ' || coalesce(quote, ''))`,
);

/** The migrations for one dialect, by name; they run in name order, each once. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  // SQLite's rowid alias must be spelled exactly INTEGER PRIMARY KEY; PostgreSQL gets an identity.
  const seq = (table: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
    dialect === 'sqlite'
      ? table.addColumn('seq', 'integer', (c) => c.primaryKey())
      : table.addColumn('seq', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity());

  return {
    // Databases made before migrations already have this table: IF NOT EXISTS adopts them.
    // Only the id is indexed (for deduplication): each index costs every submission another
    // page write, and filtering an author's inbox by kind or date is a quick scan.
    '0001_feedback': {
      async up(db) {
        await seq(db.schema.createTable('feedback').ifNotExists())
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('message', 'text', (c) => c.notNull())
          .addColumn('name', 'text')
          .addColumn('email', 'text')
          .addColumn('quote', 'text')
          .addColumn('page_url', 'text', (c) => c.notNull())
          .addColumn('page_title', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          .addColumn('handled_at', 'text')
          .execute();
      },
    },
    // Login sessions by the hash of their cookie value; ids compared in lower case from now on,
    // so earlier ones are lowered too (where that makes no duplicate).
    '0002_sessions_lower_ids': {
      async up(db) {
        await db.schema
          .createTable('sessions')
          .ifNotExists()
          .addColumn('hash', 'text', (c) => c.primaryKey())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();
        await sql`UPDATE feedback SET id = lower(id) WHERE id <> lower(id)
          AND NOT EXISTS (SELECT 1 FROM feedback AS f WHERE f.id = lower(feedback.id))`.execute(db);
      },
    },
    // Sealed tips: the armored OpenPGP ciphertext, null for plain messages (a sealed row's
    // message is ''). SQLite files from before migrations may have it already (sealed tips added
    // it on start then), so it is added only where it is missing.
    '0003_feedback_encrypted': {
      async up(db) {
        if (dialect === 'sqlite') {
          const { rows } = await sql<{ name: string }>`PRAGMA table_info(feedback)`.execute(db);
          if (rows.some((c) => c.name === 'encrypted')) return;
        }
        await db.schema.alterTable('feedback').addColumn('encrypted', 'text').execute();
      },
    },
    // Notifications: outbox_queue is all a reader's request adds (one row per new message, in the
    // same transaction); the notifier spreads it into outbox, a row per message and destination,
    // deleted once delivered. settings keeps the private feed's key.
    '0004_outbox_settings': {
      async up(db) {
        const millis = dialect === 'sqlite' ? 'integer' : 'bigint';
        await seq(db.schema.createTable('outbox_queue').ifNotExists())
          .addColumn('item_id', 'text', (c) => c.notNull())
          .addColumn('queued_at', millis, (c) => c.notNull())
          .execute();
        const n = db.schema.createTable('outbox').ifNotExists();
        await (
          dialect === 'sqlite'
            ? n.addColumn('n', 'integer', (c) => c.primaryKey())
            : n.addColumn('n', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        )
          .addColumn('delivery', 'text', (c) => c.notNull())
          .addColumn('destination', 'text', (c) => c.notNull())
          .addColumn('item_id', 'text', (c) => c.notNull())
          .addColumn('queued_at', millis, (c) => c.notNull())
          .addColumn('next_at', millis, (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('last_error', 'text')
          .addColumn('last_try_at', millis)
          .addColumn('claimed_at', millis)
          .addColumn('claimed_by', 'text')
          .addColumn('gave_up_at', millis)
          .execute();
        await db.schema
          .createIndex('outbox_due')
          .ifNotExists()
          .on('outbox')
          .columns(['destination', 'next_at'])
          .where(sql.ref('gave_up_at'), 'is', null)
          .execute();
        await db.schema
          .createTable('settings')
          .ifNotExists()
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
      },
    },
    // Sessions belong to the token in force when they were made (a fingerprint of it): a new
    // token ends older sessions. Those from before this column belong to no token and end too.
    '0005_sessions_token': {
      async up(db) {
        await db.schema.alterTable('sessions').addColumn('token', 'text').execute();
      },
    },
    // An inbox people can live in: spam kept (the reason it was filed there; null: not spam), a
    // private note per message, each proof of work's challenge once (replays are spam), and the
    // search index over message, name, email, page title and quote (FTS5 on SQLite, a GIN index
    // of the same words on PostgreSQL). Cursors page by seq, already the primary key.
    '0006_inbox_spam_notes_search': {
      async up(db) {
        await db.schema.alterTable('feedback').addColumn('spam', 'text').execute();
        await db.schema.alterTable('feedback').addColumn('note', 'text').execute();
        await db.schema
          .createTable('pow_used')
          .ifNotExists()
          .addColumn('challenge', 'text', (c) => c.primaryKey())
          .addColumn('expires_at', dialect === 'sqlite' ? 'integer' : 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('feedback_received')
          .on('feedback')
          .column('received_at')
          .execute();
        if (dialect === 'sqlite') {
          await sql`CREATE VIRTUAL TABLE feedback_fts USING fts5(message, name, email, page_title,
            quote, content='feedback', content_rowid='seq')`.execute(db);
          const cols = 'message, name, email, page_title, quote';
          const values = (from: string) =>
            `${from}.message, ${from}.name, ${from}.email, ${from}.page_title, ${from}.quote`;
          await sql
            .raw(
              `CREATE TRIGGER feedback_fts_insert AFTER INSERT ON feedback BEGIN
               INSERT INTO feedback_fts (rowid, ${cols}) VALUES (new.seq, ${values('new')}); END`,
            )
            .execute(db);
          await sql
            .raw(
              `CREATE TRIGGER feedback_fts_delete AFTER DELETE ON feedback BEGIN
               INSERT INTO feedback_fts (feedback_fts, rowid, ${cols})
               VALUES ('delete', old.seq, ${values('old')}); END`,
            )
            .execute(db);
          await sql
            .raw(
              `CREATE TRIGGER feedback_fts_update AFTER UPDATE OF ${cols} ON feedback BEGIN
               INSERT INTO feedback_fts (feedback_fts, rowid, ${cols})
               VALUES ('delete', old.seq, ${values('old')});
               INSERT INTO feedback_fts (rowid, ${cols}) VALUES (new.seq, ${values('new')}); END`,
            )
            .execute(db);
          await sql`INSERT INTO feedback_fts (feedback_fts) VALUES ('rebuild')`.execute(db);
        } else {
          await sql`CREATE INDEX IF NOT EXISTS feedback_search ON feedback
            USING gin (${SEARCH_VECTOR})`.execute(db);
        }
      },
    },
  };
}
