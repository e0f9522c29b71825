// Sealed messages in the inbox: only ciphertext in, stored, listed, exported and shown on /inbox,
// which the journalist opens with GnuPG; databases from before sealed tips are upgraded.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { makeKeyring } from '../gpg.mjs';
import { items, payload, post, start, tempDir } from './helpers.mjs';
import { httpSink, smtpSink, until } from './sinks.mjs';

let keyring;
let inbox;
let armored;
const typed = 'Name: Ana\n\nThe contract was signed on 3 May — ask the clerk.';

/** A sealed submission: envelope fields, and the words only inside `encrypted`. */
const sealed = (encrypted, overrides = {}) => {
  const { message: _m, ...rest } = payload({ kind: 'tip' });
  return { ...rest, encrypted, ...overrides };
};

before(async () => {
  keyring = await makeKeyring();
  armored = await keyring.encrypt(typed);
  inbox = await start();
});
after(async () => {
  await inbox?.stop();
  await keyring?.close();
});

describe('sealed messages in the inbox', () => {
  let sent;

  it('stores a sealed tip (201), once per id, and lists and exports only its ciphertext', async () => {
    sent = sealed(armored);
    assert.equal((await post(inbox.url, sent)).status, 201);
    assert.equal((await post(inbox.url, sent)).status, 200);
    const [item] = await items(inbox, '?kind=tip');
    assert.equal(item.id, sent.id);
    assert.equal(item.encrypted, armored);
    assert.equal(item.message, '');
    assert.deepEqual([item.name, item.email, item.quote], [null, null, null]);
    assert.equal(await keyring.decrypt(item.encrypted), typed);
    const csv = await (
      await fetch(`${inbox.url}/api/feedback?format=csv`, { headers: inbox.auth() })
    ).text();
    const [header] = csv.replace('\uFEFF', '').split('\r\n');
    assert.ok(header.split(',').includes('encrypted'));
    assert.ok(csv.includes(armored.split('\n')[2]), 'the ciphertext is in the CSV');
    assert.ok(!csv.includes('the clerk'));
  });

  it('exports the ciphertext in the CSV exactly as stored, so GnuPG opens it as exported', async () => {
    const res = await fetch(`${inbox.url}/api/feedback?format=csv&kind=tip`, {
      headers: inbox.auth(),
    });
    const csv = await res.text();
    // The encrypted column, before spam and note: a quoted cell (it holds line breaks).
    const row = csv.split('\r\n').find((line) => line.startsWith(sent.id));
    const cell = csv.slice(csv.indexOf(row)).match(/,"(-----BEGIN PGP MESSAGE-----[^"]*)",,\r\n/);
    assert.ok(cell, 'the cell starts with the armor itself, no apostrophe before it');
    assert.equal(cell[1], armored);
    assert.equal(await keyring.decrypt(cell[1]), typed);
  });

  it('refuses plain text beside the ciphertext, non-OpenPGP text, and more than 30 KiB', async () => {
    for (const extra of [{ message: 'plain' }, { name: 'Ana' }, { email: 'a@b.org' }]) {
      const res = await post(inbox.url, { ...sealed(armored), ...extra });
      assert.equal(res.status, 400, JSON.stringify(extra));
      assert.match((await res.json()).error, /not allowed beside encrypted/);
    }
    const notPgp = await post(inbox.url, sealed('hello, I am not encrypted'));
    assert.equal(notPgp.status, 400);
    assert.match((await notPgp.json()).error, /^Invalid feedback: encrypted: must be an armored/);
    const body = armored.split('\n');
    const huge = [body[0], body[1], ...Array(475).fill('A'.repeat(64)), body.at(-2), ''].join('\n');
    assert.ok(huge.length > 30 * 1024);
    const tooLong = await post(inbox.url, sealed(huge));
    assert.equal(tooLong.status, 400);
    assert.match((await tooLong.json()).error, /^Invalid feedback: encrypted: /);
  });

  it('shows the ciphertext on /inbox with a copy button and how to decrypt it', async () => {
    const res = await fetch(`${inbox.url}/inbox?kind=tip`, { headers: inbox.auth() });
    const html = await res.text();
    assert.ok(html.includes(`<textarea id="sealed-${sent.id}" readonly`));
    assert.ok(html.includes(armored.split('\n')[2]));
    assert.match(html, /<button type="button" data-copy="sealed-[^"]+">Copy encrypted message/);
    assert.match(html, /<code>gpg --decrypt<\/code>/);
    assert.ok(!html.includes('the clerk'));
    // The copy script is the only script, allowed by its hash under the page's strict CSP.
    const script = html.match(/<script>([\s\S]*?)<\/script>/)[1];
    const hash = createHash('sha256').update(script).digest('base64');
    assert.ok(res.headers.get('content-security-policy').includes(`script-src 'sha256-${hash}'`));
  });
});

describe('a database from before sealed tips', () => {
  it('gains the encrypted column on start and keeps its messages', async () => {
    const dir = tempDir();
    const db = join(dir, 'old.db');
    const Database = createRequire(import.meta.url)('better-sqlite3');
    const old = new Database(db);
    old.exec(`CREATE TABLE feedback (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
      message TEXT NOT NULL, name TEXT, email TEXT, quote TEXT, page_url TEXT NOT NULL, page_title TEXT NOT NULL,
      lang TEXT NOT NULL, created_at TEXT NOT NULL, received_at TEXT NOT NULL, handled_at TEXT)`);
    old
      .prepare(
        `INSERT INTO feedback (id, kind, message, page_url, page_title, lang, created_at, received_at)
         VALUES ('0b6c2a4e-4f4e-4b1e-9c1a-2f5d3c4b5a69', 'feedback', 'From last year', 'https://blog.example/', 'Old', 'en', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
      )
      .run();
    old.close();
    const upgraded = await start([], { dir, db });
    try {
      assert.equal((await post(upgraded.url, sealed(armored))).status, 201);
      const list = await items(upgraded);
      assert.deepEqual(
        list.map((i) => [i.message, i.encrypted === null]),
        [
          ['', false],
          ['From last year', true],
        ],
      );
    } finally {
      await upgraded.stop();
    }
  });
});

describe('sealed tips in notifications and the private feed', () => {
  // Tips are summarised by default (--notify-tips summary): a sealed one still sends its
  // ciphertext, which only the journalist can open, and never anything readable, nor the page
  // it was sent from (a plain tip's summary names no page either).
  for (const tips of ['summary', 'full'])
    it(`carry the ciphertext and no page (--notify-tips ${tips}), and decrypt to what was typed`, async () => {
      const [smtp, hook, ntfy] = await Promise.all([smtpSink(), httpSink(), httpSink()]);
      const notified = await start([
        '--notify-tips',
        tips,
        '--notify',
        `smtp://127.0.0.1:${smtp.port}?from=inbox@valley.example&to=maren@valley.example`,
        '--notify',
        `${hook.url}/hook`,
        '--notify',
        `ntfy+${ntfy.url}/tips`,
      ]);
      try {
        const page = {
          url: 'https://valley.example/council?draft=7',
          title: 'The council contract',
        };
        const sent = sealed(armored, { page });
        assert.equal((await post(notified.url, sent)).status, 201);
        await until(() => smtp.mails.length && hook.requests.length && ntfy.requests.length);
        const event = JSON.parse(hook.requests[0].body);
        assert.equal(event.item.id, sent.id);
        assert.equal(event.item.encrypted, armored);
        assert.equal(event.item.message, '');
        assert.equal(await keyring.decrypt(event.item.encrypted), typed);
        assert.equal(event.item.page, undefined);
        const mail = smtp.mails[0];
        assert.equal(mail.subject, '[Tip] A sealed news tip arrived');
        const block = mail.text.match(
          /-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/,
        );
        assert.ok(block, 'the mail holds the armored message');
        assert.equal(await keyring.decrypt(`${block[0]}\n`), typed);
        assert.equal(mail.headers['reply-to'], undefined);
        assert.ok(ntfy.requests[0].body.includes(armored.split('\n')[2]));
        assert.equal(ntfy.requests[0].headers.title, '[Tip] A sealed news tip arrived');
        for (const text of [mail.raw, hook.requests[0].body, ntfy.requests[0].body]) {
          assert.ok(!text.includes('the clerk') && !text.includes('Ana'), 'no plaintext');
          assert.ok(!text.includes('council') && !text.includes('valley.example/'), 'no page');
        }

        const res = await fetch(`${notified.url}/inbox`, { headers: notified.auth() });
        const feed = (await res.text()).match(
          /(http:\/\/[^<\s]+\/inbox\/feed\.atom\?key=[\w-]+)/,
        )[1];
        const xml = await (await fetch(feed.replaceAll('&amp;', '&'))).text();
        assert.ok(xml.includes(armored.split('\n')[2]), 'the feed holds the ciphertext');
        assert.ok(!xml.includes('the clerk'));
        assert.ok(
          !xml.includes('council') && !xml.includes('valley.example'),
          'no page in the feed',
        );
      } finally {
        await notified.stop();
        await Promise.all([smtp.close(), hook.close(), ntfy.close()]);
      }
    });
});
