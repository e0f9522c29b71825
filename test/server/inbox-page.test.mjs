// /inbox as the journalist meets it in real Chromium: at 375 and 1280 px, light and dark (following
// the device), axe-clean in every state (the list, the Spam view, a search, one message), usable
// from the keyboard alone, its chart drawn by the server under the page's own CSP.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { chrome, launchChromium } from './chromium.mjs';
import { items, payload, post, root, start } from './helpers.mjs';

const AXE = join(root, 'node_modules/axe-core/axe.min.js');
/** Set AFTERWORD_SCREENSHOTS=<folder> to keep a screenshot of each state. */
const SHOTS = process.env.AFTERWORD_SCREENSHOTS;
const ARMORED =
  '-----BEGIN PGP MESSAGE-----\n\nwV4DsealedTipCiphertext\n=abcd\n-----END PGP MESSAGE-----\n';

/** A week of a small newsroom's messages, a few of them spam, spread over the last 90 days. */
async function fill(inbox) {
  // The older ones first, as they arrived.
  const older = Array.from({ length: 24 }, (_, i) =>
    payload({
      kind: /** @type {const} */ (['feedback', 'correction', 'tip'])[i % 3],
      message: `Older note ${i} on the harbour series.`,
    }),
  );
  for (const p of older) assert.equal((await post(inbox.url, p)).status, 201);
  const sent = [
    payload({
      kind: 'correction',
      message: 'The bridge closed in 2019, not 2021.',
      name: 'Ana Ruiz',
      email: 'ana@example.org',
      quote: 'the bridge closed in 2021',
      page: { url: 'https://blog.example/bridge', title: 'The bridge that never reopened' },
    }),
    payload({
      kind: 'feedback',
      message: 'Thank you for staying on the zeppelin hangar story.',
      name: 'Jo',
      page: { url: 'https://blog.example/hangar', title: 'What happens to the hangar' },
    }),
    payload({
      kind: 'tip',
      message: 'Ask the council about the second contract.',
      email: 'source@example.net',
      page: { url: 'https://blog.example/council', title: 'Council contracts' },
    }),
    { ...payload({ kind: 'tip' }), message: undefined, encrypted: ARMORED },
    payload({
      kind: 'feedback',
      message: 'Cheap watches http://a.example http://b.example http://c.example http://d.example',
    }),
    payload({
      kind: 'feedback',
      message: 'Instant reply from a very quick reader',
      checks: { fast: true },
    }),
  ];
  for (const p of sent)
    assert.equal((await post(inbox.url, JSON.parse(JSON.stringify(p)))).status, 201);
  // Spread the older ones over the 90 days, as if received then (the chart counts received time).
  const db = new Database(inbox.db);
  const rows = /** @type {{ seq: number }[]} */ (
    db.prepare("SELECT seq FROM feedback WHERE message LIKE 'Older note%' ORDER BY seq").all()
  );
  const update = db.prepare('UPDATE feedback SET received_at = ? WHERE seq = ?');
  rows.forEach(({ seq }, i) => {
    update.run(new Date(Date.now() - (86 - i * 3.6) * 86400_000).toISOString(), seq);
  });
  db.close();
  return sent;
}

describe('the /inbox page in Chromium', { skip: !chrome && 'no Chromium found' }, () => {
  let inbox, browser, page, sent;

  before(async () => {
    inbox = await start(['--rate-limit', '0']);
    sent = await fill(inbox);
    // A note and a handled message, as the journalist leaves them.
    const cookie = await login();
    const form = (path, fields) =>
      fetch(`${inbox.url}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: inbox.url },
        body: new URLSearchParams(fields),
      });
    await form('/inbox/note', { id: sent[0].id, note: 'Maren checks the council minutes.' });
    await form('/inbox/handled', { id: sent[1].id, handled: '1' });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${inbox.url}/inbox`);
    await page.type('#token', inbox.token);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  });
  after(async () => {
    await browser?.close();
    await inbox?.stop();
  });

  async function login() {
    const res = await fetch(`${inbox.url}/inbox/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: inbox.url },
      body: new URLSearchParams({ token: inbox.token }),
    });
    return res.headers.get('set-cookie').split(';')[0];
  }

  /** Every state at both widths and in both schemes: axe-clean and not wider than the screen. */
  it('is axe-clean at 375 and 1280 px, light and dark, in every state', async () => {
    const checked = await browser.newPage();
    await checked.setBypassCSP(true); // only to inject axe; the CSP itself is tested below
    const cookies = await page.cookies();
    await checked.setCookie(...cookies);
    const states = {
      list: '/inbox',
      spam: '/inbox?spam=1',
      search: '/inbox?q=bridge',
      nothing: '/inbox?q=nothing-matches-this',
      tips: '/inbox?kind=tip&show=open',
      message: `/inbox/m/${sent[0].id}`,
      sealed: `/inbox/m/${sent[3].id}`,
    };
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    let checks = 0;
    for (const [width, height] of [
      [375, 812],
      [1280, 900],
    ]) {
      await checked.setViewport({ width, height });
      for (const scheme of ['light', 'dark']) {
        await checked.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        for (const [state, path] of Object.entries(states)) {
          await checked.goto(`${inbox.url}${path}`);
          await checked.addScriptTag({ path: AXE });
          const violations = await checked.evaluate(async () => {
            const result = await window.axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map(
              (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
            );
          });
          assert.deepEqual(violations, [], `${state} at ${width} px, ${scheme}`);
          checks += 1;
          const wide = await checked.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(wide <= width, `${state} at ${width} px is ${wide} px wide`);
          if (SHOTS && ['list', 'spam', 'message'].includes(state))
            await checked.screenshot({
              path: join(SHOTS, `${state}-${width}-${scheme}.png`),
              fullPage: state !== 'list' || width > 400,
            });
          if (SHOTS && state === 'list')
            await (
              await checked.$('.chart')
            ).screenshot({
              path: join(SHOTS, `chart-${width}-${scheme}.png`),
            });
        }
      }
    }
    assert.equal(checks, 2 * 2 * Object.keys(states).length);
    await checked.close();
  });

  it('draws the 90-day chart on the server, with a table, allowed by its own CSP', async () => {
    const violations = [];
    page.on(
      'console',
      (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()),
    );
    await page.goto(`${inbox.url}/inbox`);
    const chart = await page.evaluate(() => {
      const svg = document.querySelector('.chart svg');
      const box = svg.getBoundingClientRect();
      return {
        bars: svg.querySelectorAll('rect').length,
        label: svg.querySelector('title').textContent,
        rows: [...document.querySelectorAll('.chart tbody tr')].map((tr) => tr.textContent),
        height: box.height,
        fill: getComputedStyle(svg.querySelector('rect.tip')).fill,
      };
    });
    assert.ok(chart.bars >= 20, `${chart.bars} bars`);
    assert.match(chart.label, /^Messages per day, last 90 days: 28 in all/);
    assert.ok(chart.rows.length >= 20);
    assert.ok(chart.height > 50, 'drawn at a visible size');
    assert.notEqual(chart.fill, 'rgb(0, 0, 0)', 'styled by the page’s own stylesheet');
    assert.deepEqual(violations, []);
  });

  it('works from the keyboard alone: skip link, search, a message, its note and handled', async () => {
    await page.goto(`${inbox.url}/inbox`);
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement.textContent),
      'Skip to the messages',
    );
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
    await page.keyboard.type('bridge');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(page.url(), /\/inbox\?q=bridge$/);
    // Tab to the message's own link (its time), and open it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
      if (href?.startsWith('/inbox/m/')) break;
    }
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, `/inbox/m/${sent[0].id}`);
    const focusUntil = async (test) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(test)) return;
      }
      throw new Error('not reached by Tab');
    };
    await focusUntil(() => document.activeElement.id === 'note');
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('Maren called the council: minutes on Friday.');
    await focusUntil(() => document.activeElement.textContent === 'Save note');
    // The focus is seen: the outline of :focus-visible.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement).outlineStyle,
    );
    assert.equal(outline, 'solid');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(await page.$eval('#saved', (p) => p.textContent), 'Note saved.');
    await focusUntil(() => document.activeElement.textContent === 'Mark handled');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const stored = (await items(inbox)).find((i) => i.id === sent[0].id);
    assert.equal(stored.note, 'Maren called the council: minutes on Friday.');
    assert.notEqual(stored.handledAt, null);
  });
});
