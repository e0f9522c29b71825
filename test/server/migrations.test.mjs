// Databases made by earlier versions of the inbox open as they are and are brought up to date.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { items, payload, post, start, tempDir } from './helpers.mjs';

describe('migrations', () => {
  it('adopt a SQLite file from before them: its messages stay, its ids are lowered', async () => {
    const dir = tempDir();
    const file = join(dir, 'old.db');
    const old = new Database(file);
    // The table as the first inbox made it, with a message whose id came in upper case.
    old.exec(`CREATE TABLE feedback (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL, message TEXT NOT NULL, name TEXT, email TEXT, quote TEXT,
      page_url TEXT NOT NULL, page_title TEXT NOT NULL, lang TEXT NOT NULL,
      created_at TEXT NOT NULL, received_at TEXT NOT NULL, handled_at TEXT)`);
    const p = payload();
    old
      .prepare(
        `INSERT INTO feedback (id, kind, message, page_url, page_title, lang, created_at, received_at)
         VALUES (?, 'feedback', 'From before', 'https://blog.example/', 'Old', 'en', ?, ?)`,
      )
      .run(p.id.toUpperCase(), p.createdAt, p.createdAt);
    old.close();
    const inbox = await start([], { dir, db: file });
    try {
      assert.equal((await post(inbox.url, p)).status, 200, 'the same message, not a new one');
      assert.equal((await post(inbox.url, payload())).status, 201);
      const stored = await items(inbox);
      assert.equal(stored.length, 2);
      assert.equal(stored[1].id, p.id);
      assert.equal(stored[1].message, 'From before');
    } finally {
      await inbox.stop();
    }
  });

  it('adopt a SQLite file from sealed tips, which added the encrypted column on start', async () => {
    const dir = tempDir();
    const file = join(dir, 'sealed.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE feedback (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL, message TEXT NOT NULL, name TEXT, email TEXT, quote TEXT,
      page_url TEXT NOT NULL, page_title TEXT NOT NULL, lang TEXT NOT NULL,
      created_at TEXT NOT NULL, received_at TEXT NOT NULL, handled_at TEXT, encrypted TEXT)`);
    const p = payload({ kind: 'tip' });
    const encrypted = '-----BEGIN PGP MESSAGE-----\n\nwV4Dold\n-----END PGP MESSAGE-----\n';
    old
      .prepare(
        `INSERT INTO feedback (id, kind, message, page_url, page_title, lang, created_at, received_at, encrypted)
         VALUES (?, 'tip', '', 'https://blog.example/', 'Old', 'en', ?, ?, ?)`,
      )
      .run(p.id, p.createdAt, p.createdAt, encrypted);
    old.close();
    const inbox = await start([], { dir, db: file });
    try {
      assert.equal((await post(inbox.url, payload())).status, 201);
      const stored = await items(inbox);
      assert.deepEqual(
        stored.map((i) => i.encrypted),
        [null, encrypted],
      );
    } finally {
      await inbox.stop();
    }
  });
});
