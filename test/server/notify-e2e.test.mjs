// End to end: a reader sends a message from the demo article (as `npm start -- --notify …`
// serves it) and the journalist gets it by mail (a real SMTP server) and by webhook.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chrome, launchChromium } from './chromium.mjs';
import { start } from './helpers.mjs';
import { httpSink, smtpSink, until } from './sinks.mjs';

describe('the demo article with --notify', { skip: !chrome && 'no Chromium found' }, () => {
  let inbox, browser, smtp, hook;

  before(async () => {
    [smtp, hook] = await Promise.all([smtpSink(), httpSink()]);
    inbox = await start([
      '--demo',
      '--rate-limit',
      '0',
      '--notify',
      `smtp://127.0.0.1:${smtp.port}?from=inbox@valley.example&to=maren@valley.example`,
      '--notify',
      `${hook.url}/afterword`,
    ]);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await inbox?.stop();
    await Promise.all([smtp?.close(), hook?.close()]);
  });

  it("delivers the reader's message by mail and by webhook", async () => {
    const page = await browser.newPage();
    // The article is on an origin of its own; its form posts to the inbox's.
    await page.goto(`${inbox.site}/`, { waitUntil: 'networkidle0' });
    const title = await page.title();
    // The form is far down the article: it builds itself as the reader comes near.
    await page.evaluate(() => document.querySelector('afterword-feedback').scrollIntoView());
    await page.waitForFunction(() =>
      document.querySelector('afterword-feedback').shadowRoot?.querySelector('textarea'),
    );
    const message = await page.waitForSelector('afterword-feedback >>> textarea#message');
    await message.type('The bridge closed in 2019, not 2021.');
    const email = await page.waitForSelector('afterword-feedback >>> input#email');
    await email.type('reader@example.org');
    // The demo's form keeps the default minimum fill time (3 s) against bots.
    await new Promise((r) => setTimeout(r, 3200));
    const send = await page.waitForSelector('afterword-feedback >>> button[type="submit"]');
    // The demo's support banner sits at the bottom of the screen: the reader sends from above it.
    await send.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    await send.click();
    await page.waitForFunction(
      () =>
        document.querySelector('afterword-feedback').shadowRoot.querySelector('[part="status"]')
          .className === 'sent',
      { timeout: 10_000 },
    );
    await until(() => smtp.mails.length && hook.requests.length, 10_000, 'the notifications');
    const event = JSON.parse(hook.requests[0].body);
    assert.equal(event.item.message, 'The bridge closed in 2019, not 2021.');
    assert.ok(title.startsWith(event.item.page.title));
    const mail = smtp.mails[0];
    assert.equal(mail.subject, `[Feedback] ${event.item.page.title}`);
    assert.match(mail.text, /The bridge closed in 2019, not 2021\./);
    assert.equal(mail.headers['reply-to'], 'reader@example.org');
  });
});
