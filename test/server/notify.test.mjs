// Notifications: every new message reaches the journalist by mail (a real SMTP server on
// loopback), signed webhook, ntfy, Slack and Discord (real HTTP servers), exactly once.
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { payload, post, start } from './helpers.mjs';
import { httpSink, smtpSink, until } from './sinks.mjs';

const SECRET = 'whsec-a-long-shared-secret';
const PASSWORD = 'hunter2-smtp-password';

/** The check a receiver runs, exactly as the README shows it. */
function verified(header, body, secret) {
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
  const mac = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return (
    !!v1 && Date.now() / 1000 - Number(t) < 300 && timingSafeEqual(Buffer.from(v1, 'hex'), mac)
  );
}

describe('notifications of each new message', () => {
  let smtp, hook, ntfy, slack, discord, inbox;

  before(async () => {
    [smtp, hook, ntfy, slack, discord] = await Promise.all([
      smtpSink(),
      httpSink(),
      httpSink(),
      httpSink(),
      httpSink(),
    ]);
    inbox = await start([
      '--rate-limit',
      '0',
      '--notify',
      `smtp://journalist%40mail.example:${PASSWORD}@127.0.0.1:${smtp.port}?from=inbox@valley.example&to=maren@valley.example`,
      '--notify',
      `${hook.url}/hooks/afterword`,
      '--notify',
      `ntfy+${ntfy.url}/valley-tips-7f3a`,
      '--notify',
      `slack+${slack.url}/services/T000/B000/XXXXSECRET`,
      '--notify',
      `discord+${discord.url}/api/webhooks/1/abc`,
      '--notify-secret',
      SECRET,
      '--notify-tips',
      'full',
    ]);
  });

  after(async () => {
    await inbox?.stop();
    await Promise.all([smtp, hook, ntfy, slack, discord].map((s) => s?.close()));
  });

  it('sends a correction to every destination, once, with its words, quote and page', async () => {
    const correction = payload({
      kind: 'correction',
      message: 'The vote was on Tuesday, not Monday.',
      name: 'Ana',
      email: 'ana@example.org',
      quote: 'on Monday the council voted to close the bridge',
      page: { url: 'https://valley.example/bridge', title: 'The bridge vote' },
    });
    const started = Date.now();
    const res = await post(inbox.url, correction);
    assert.equal(res.status, 201);
    assert.ok(Date.now() - started < 2000, 'the reader does not wait for notifications');
    // The same id again: stored once, and no second notification.
    assert.equal((await post(inbox.url, correction)).status, 200);

    await until(
      () =>
        smtp.mails.length &&
        hook.requests.length &&
        ntfy.requests.length &&
        slack.requests.length &&
        discord.requests.length,
      10_000,
      'every destination',
    );

    const mail = smtp.mails[0];
    assert.equal(mail.subject, '[Correction] The bridge vote');
    assert.equal(mail.headers['reply-to'], 'ana@example.org');
    assert.deepEqual(mail.to, ['maren@valley.example']);
    assert.equal(mail.user, 'journalist@mail.example', 'logs in with the user from the address');
    assert.match(mail.text, /The vote was on Tuesday, not Monday\./);
    assert.match(mail.text, /> on Monday the council voted to close the bridge/);
    assert.match(mail.text, /https:\/\/valley\.example\/bridge#:~:text=on%20Monday/);
    assert.match(mail.text, /Ana <ana@example\.org>/);
    assert.match(mail.headers['afterword-delivery'], /^[0-9a-f-]{36}$/);

    const webhook = hook.requests[0];
    assert.equal(webhook.path, '/hooks/afterword');
    assert.ok(verified(webhook.headers['afterword-signature'], webhook.body, SECRET));
    assert.ok(!verified(webhook.headers['afterword-signature'], webhook.body, 'another-secret'));
    assert.match(webhook.headers['afterword-delivery'], /^[0-9a-f-]{36}$/);
    const event = JSON.parse(webhook.body);
    assert.equal(event.event, 'feedback.created');
    assert.equal(event.item.id, correction.id);
    assert.equal(event.item.quote, correction.quote);
    assert.equal(event.item.page.title, 'The bridge vote');

    const push = ntfy.requests[0];
    assert.equal(push.path, '/valley-tips-7f3a');
    assert.equal(push.headers.title, '[Correction] The bridge vote');
    assert.equal(push.headers.click, `${inbox.url}/inbox`);
    assert.match(push.body, /Tuesday, not Monday/);

    assert.match(JSON.parse(slack.requests[0].body).text, /\*\[Correction\] The bridge vote\*/);
    const chat = JSON.parse(discord.requests[0].body);
    assert.match(chat.content, /The vote was on Tuesday/);
    assert.deepEqual(chat.allowed_mentions, { parse: [] });

    // Nothing more arrives later: one message, one notification each.
    await new Promise((r) => setTimeout(r, 1200));
    for (const sink of [hook, ntfy, slack, discord]) assert.equal(sink.requests.length, 1);
    assert.equal(smtp.mails.length, 1);
    const { stdout, stderr } = inbox.output();
    assert.ok(!`${stdout}${stderr}`.includes(PASSWORD));
    assert.ok(!`${stdout}${stderr}`.includes('XXXXSECRET'));
  });

  it('keeps a reader from pinging the whole chat channel', async () => {
    const before = slack.requests.length;
    await post(inbox.url, payload({ message: 'Hello <!channel> @everyone' }));
    await until(() => slack.requests.length > before && discord.requests.length > before);
    assert.match(JSON.parse(slack.requests.at(-1).body).text, /&lt;!channel&gt;/);
    assert.deepEqual(JSON.parse(discord.requests.at(-1).body).allowed_mentions, { parse: [] });
  });

  it('sends a tip in full with --notify-tips full', async () => {
    await post(inbox.url, payload({ kind: 'tip', message: 'The mayor owns the contractor.' }));
    const mail = await until(() => smtp.mails.find((m) => m.subject.startsWith('[Tip]')));
    assert.match(mail.text, /The mayor owns the contractor\./);
  });
});

describe('tips with --notify-tips summary (the default)', () => {
  it('say only that a tip arrived, with the inbox link; the words stay in the inbox', async () => {
    const [smtp, hook] = await Promise.all([smtpSink(), httpSink()]);
    const inbox = await start([
      '--notify',
      `smtp://127.0.0.1:${smtp.port}?from=inbox@valley.example&to=maren@valley.example`,
      '--notify',
      `${hook.url}/hook`,
    ]);
    try {
      const tip = payload({
        kind: 'tip',
        message: 'The mayor owns the contractor.',
        email: 'src@example.org',
      });
      assert.equal((await post(inbox.url, tip)).status, 201);
      await until(() => smtp.mails.length && hook.requests.length);
      const mail = smtp.mails[0];
      assert.equal(mail.subject, '[Tip] A news tip arrived');
      assert.match(mail.text, new RegExp(`${inbox.url}/inbox`));
      assert.ok(!mail.raw.includes('mayor'));
      assert.ok(!mail.raw.includes('src@example.org'));
      assert.ok(!hook.requests[0].body.includes('mayor'));
      assert.equal(JSON.parse(hook.requests[0].body).item.summary, 'A news tip arrived');
      assert.equal(hook.requests[0].headers['afterword-signature'], undefined);
    } finally {
      await inbox.stop();
      await Promise.all([smtp.close(), hook.close()]);
    }
  });
});
