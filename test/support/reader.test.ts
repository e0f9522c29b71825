// <afterword-support>: the reader's own controls, campaigns and the goal, in the browser.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/support/support.js';
import type { AfterwordSupport } from '../../src/support/support.js';
import { DAY, HOUR, STORE_KEY, type SupportState } from '../../src/support/frequency.js';
import { readJson, remove, writeJson } from '../../src/shared/storage.js';
import { captureErrors, expectAccessible } from '../helpers.js';

const $ = <T extends Element = HTMLElement>(el: AfterwordSupport, sel: string): T | null =>
  el.shadowRoot!.querySelector<T>(sel);
const text = (el: AfterwordSupport, sel: string): string =>
  $(el, sel)?.textContent!.trim().replace(/\s+/g, ' ') ?? '';
const link = (el: AfterwordSupport): HTMLAnchorElement | null => $(el, 'a[part="button"]');
const shown = (el: AfterwordSupport): boolean => !!$(el, '[part="base"]');
const stored = (): SupportState => readJson<SupportState>(STORE_KEY)!;
const focused = (el: AfterwordSupport): string => el.shadowRoot!.activeElement?.id ?? '';
const fetched = (path: string): number =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith(path)).length;

async function click(el: AfterwordSupport, sel: string): Promise<void> {
  $<HTMLButtonElement>(el, sel)!.click();
  await el.updateComplete;
}

describe('<afterword-support>: the reader is in charge', () => {
  beforeEach(() => remove(STORE_KEY));
  afterEach(() => remove(STORE_KEY));

  describe('"I already support you"', () => {
    it('turns the ask into the thank-you, with an undo, and keeps banners away', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support provider="kofi" account="a"></afterword-support>`,
      );
      expect(text(el, '#supporter')).to.equal('I already support you');
      await click(el, '#supporter');
      expect(text(el, 'h2')).to.equal('Thank you!');
      expect(link(el)).to.equal(null);
      expect(focused(el)).to.equal('undo');
      await expectAccessible(el);
      const banner = await fixture<AfterwordSupport>(
        html`<afterword-support mode="banner" provider="kofi" account="a"></afterword-support>`,
      );
      expect(shown(banner), 'no banner for a supporter').to.be.false;
      const later = await fixture<AfterwordSupport>(
        html`<afterword-support provider="kofi" account="a"></afterword-support>`,
      );
      expect(text(later, 'h2'), 'inline prompts thank on later pages').to.equal('Thank you!');
      expect($(later, '#supporter')).to.equal(null);
    });

    it('undo brings the ask back and gives focus to the control', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support provider="kofi" account="a"></afterword-support>`,
      );
      await click(el, '#supporter');
      await click(el, '#undo');
      expect(text(el, 'h2')).to.equal('Support this work');
      expect(link(el)).to.exist;
      expect(focused(el)).to.equal('supporter');
      expect(stored().thanked).to.equal(undefined);
    });

    it('in a banner, it thanks and the banner stays closed on the next pages', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          min-gap-hours="0"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      await click(el, '#supporter');
      expect(text(el, 'h2')).to.equal('Thank you!');
      const next = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          min-gap-hours="0"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect(shown(next)).to.be.false;
    });
  });

  describe('"Don\'t count my visits"', () => {
    it('shows only where the copy uses {count} or the trigger is articles:<n>', async () => {
      const plain = await fixture<AfterwordSupport>(
        html`<afterword-support provider="kofi" account="a"></afterword-support>`,
      );
      expect($(plain, '#uncount')).to.equal(null);
      const copy = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="kofi"
          account="a"
          message="You read {count} articles."
        ></afterword-support>`,
      );
      expect(text(copy, '#uncount')).to.equal("Don't count my visits");
      const banner = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          trigger="articles:1"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect(text(banner, '#uncount')).to.equal("Don't count my visits");
    });

    it('clears the history, hides the count, says so, and never fires an articles: banner', async () => {
      const now = Date.now();
      writeJson(STORE_KEY, { reads: { '/one': now - DAY, '/two': now - 2 * DAY }, views: [] });
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="kofi"
          account="a"
          message="You read {count} articles."
        ></afterword-support>`,
      );
      expect(text(el, '[part="message"]')).to.equal('You read 3 articles.');
      await click(el, '#uncount');
      expect(stored().reads).to.deep.equal({});
      expect(stored().uncounted).to.be.true;
      expect(text(el, '[part="message"]')).to.contain('Help keep it free');
      expect(text(el, '[role="status"]')).to.equal(
        'Your visits are no longer counted on this device.',
      );
      expect(focused(el)).to.equal('undo');
      await expectAccessible(el);
      const banner = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          trigger="articles:1"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect(shown(banner), 'articles:1 never fires for a reader who is not counted').to.be.false;
      expect(stored().reads).to.deep.equal({});
    });

    it('undo gives the history back', async () => {
      const now = Date.now();
      writeJson(STORE_KEY, { reads: { '/one': now - DAY }, views: [] });
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="kofi"
          account="a"
          heading="{count} read"
        ></afterword-support>`,
      );
      await click(el, '#uncount');
      await click(el, '#undo');
      expect(text(el, 'h2')).to.equal('2 read');
      expect(focused(el)).to.equal('uncount');
      expect(stored().uncounted).to.be.false;
    });

    it('on a later page, "Count my visits again" starts counting from there', async () => {
      writeJson(STORE_KEY, { reads: {}, views: [], uncounted: true });
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="kofi"
          account="a"
          heading="{count} read"
        ></afterword-support>`,
      );
      expect(text(el, 'h2')).to.equal('Support this work');
      expect(text(el, '#count')).to.equal('Count my visits again');
      await expectAccessible(el);
      await click(el, '#count');
      await el.updateComplete;
      expect(text(el, 'h2')).to.equal('1 read');
      expect(focused(el)).to.equal('uncount');
    });
  });

  describe('closing the banner', () => {
    it('the close button says how long the banner stays away, in the page language', async () => {
      const cases: [string, string, string][] = [
        ['en', '', 'Hide for 30 days'],
        ['en', 'snooze-days=0', 'Hide for 20 hours'],
        ['de', 'snooze-days=7', 'Ausblenden für 7 Tage'],
        ['en', 'snooze-days=0 min-gap-hours=0', 'Close'],
      ];
      for (const [lang, attrs, label] of cases) {
        remove(STORE_KEY);
        const el = await fixture<AfterwordSupport>(
          html`<afterword-support
            lang=${lang}
            mode="banner"
            provider="kofi"
            account="a"
          ></afterword-support>`,
        );
        for (const a of attrs.split(' ').filter(Boolean))
          el.setAttribute(...(a.split('=') as [string, string]));
        await el.updateComplete;
        expect(text(el, '[part="close"]'), attrs).to.equal(label);
      }
    });

    it('the inline prompt stays as a way back', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <afterword-support class="inline" provider="kofi" account="a"></afterword-support>
          <afterword-support
            class="bar"
            mode="banner"
            provider="kofi"
            account="a"
          ></afterword-support>
        </div>`,
      );
      const bar = wrapper.querySelector<AfterwordSupport>('.bar')!;
      await bar.updateComplete;
      await click(bar, '[part="close"]');
      expect(shown(bar)).to.be.false;
      const inline = await fixture<AfterwordSupport>(
        html`<afterword-support provider="kofi" account="a"></afterword-support>`,
      );
      expect(link(inline)).to.exist;
      expect(link(wrapper.querySelector<AfterwordSupport>('.inline')!)).to.exist;
    });
  });

  describe('min-gap-hours', () => {
    it('keeps the banner away for 20 hours after a showing by default, or as set', async () => {
      writeJson(STORE_KEY, {
        reads: {},
        views: [Date.now() - 19 * HOUR],
        last: Date.now() - 19 * HOUR,
      });
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support mode="banner" provider="kofi" account="a"></afterword-support>`,
      );
      expect(shown(el)).to.be.false;
      const shorter = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          min-gap-hours="18"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect(shown(shorter)).to.be.true;
      expect(shorter.minGapHours).to.equal(18);
    });
  });

  describe('campaigns', () => {
    it('a new campaign id starts fresh views and snooze, never the supporter state', async () => {
      const now = Date.now();
      writeJson(STORE_KEY, {
        reads: {},
        views: [now - 2 * DAY, now - 3 * DAY, now - 4 * DAY],
        dismissed: now - DAY,
        campaign: 'spring',
      });
      const same = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          campaign="spring"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect(shown(same)).to.be.false;
      const next = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          campaign="autumn"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect(shown(next)).to.be.true;
      await expectAccessible(next);
      writeJson(STORE_KEY, { reads: {}, views: [], thanked: now - DAY, campaign: 'autumn' });
      const supporter = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          campaign="winter"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect(shown(supporter)).to.be.false;
    });

    it('an inline prompt without the campaign leaves the banner’s snooze alone', async () => {
      const page = (): Promise<HTMLElement> =>
        fixture<HTMLElement>(
          html`<div>
            <afterword-support provider="kofi" account="a"></afterword-support>
            <afterword-support
              class="bar"
              mode="banner"
              campaign="autumn"
              provider="kofi"
              account="a"
            ></afterword-support>
          </div>`,
        );
      const bar = (w: HTMLElement): AfterwordSupport => w.querySelector<AfterwordSupport>('.bar')!;
      const first = await page();
      await bar(first).updateComplete;
      await click(bar(first), '[part="close"]');
      const next = await page();
      await bar(next).updateComplete;
      expect(shown(bar(next))).to.be.false;
      expect(stored()).to.include({ campaign: 'autumn' });
      expect(stored().dismissed).to.be.a('number');
    });

    it('outside starts and ends the banner does not show; inline still does', async () => {
      const iso = (t: number): string => {
        const d = new Date(t);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      const now = Date.now();
      const cases: [string, string, boolean][] = [
        [iso(now - 5 * DAY), iso(now - DAY), false],
        [iso(now + DAY), iso(now + 5 * DAY), false],
        [iso(now - DAY), iso(now), true],
      ];
      for (const [starts, ends, visible] of cases) {
        remove(STORE_KEY);
        const el = await fixture<AfterwordSupport>(
          html`<afterword-support
            mode="banner"
            starts=${starts}
            ends=${ends}
            provider="kofi"
            account="a"
          ></afterword-support>`,
        );
        expect(shown(el), `${starts}…${ends}`).to.equal(visible);
      }
      const inline = await fixture<AfterwordSupport>(
        html`<afterword-support
          starts=${iso(now + DAY)}
          provider="kofi"
          account="a"
        ></afterword-support>`,
      );
      expect(link(inline)).to.exist;
    });

    it('a malformed date: one console error, and no banner', async () => {
      const errors = captureErrors();
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          ends="31/12/2026"
          provider="kofi"
          account="a"
        ></afterword-support>`,
      ).finally(errors.restore);
      expect(errors.messages).to.deep.equal([
        '[afterword] afterword-support: ends: "31/12/2026" is not an ISO date (2026-12-01, or 2026-12-01T09:00Z)',
      ]);
      expect(shown(el)).to.be.false;
    });
  });

  describe('goal', () => {
    it('config.goal: a progress bar named by its text in the page language and currency', async () => {
      const config = JSON.stringify({ goal: { raised: 1240, target: 3000, supporters: 87 } });
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="kofi"
          account="a"
          currency="EUR"
          config=${config}
        ></afterword-support>`,
      );
      // The goal bar is its own part, fetched because a goal is set.
      await waitUntil(() => $(el, '[part="goal"]'), 'no goal bar');
      const bar = $<HTMLProgressElement>(el, '[part="goal"] progress')!;
      expect([bar.max, bar.value]).to.deep.equal([3000, 1240]);
      expect(text(el, '#goal')).to.equal('€1,240 of €3,000 · 87 supporters');
      expect(bar.getAttribute('aria-labelledby')).to.equal('goal');
      await expectAccessible(el);
      el.lang = 'de';
      await el.updateComplete;
      expect(text(el, '#goal').replace(/\s/g, ' ')).to.equal(
        '1.240 € von 3.000 € · 87 Personen unterstützen',
      );
    });

    it('a same-site JSON file, fetched when the prompt renders', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="kofi"
          account="a"
          currency="USD"
          goal="/test/support/goal.json?inline"
        ></afterword-support>`,
      );
      await waitUntil(() => $(el, '[part="goal"]'), 'the goal did not load');
      expect(text(el, '#goal')).to.equal('$1,240 of $3,000 · 87 supporters');
      expect(fetched('goal.json?inline')).to.equal(1);
      await expectAccessible(el);
    });

    it('far down a long page: no request until the reader comes near, and nothing moves then', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <div style="height: 5000px"></div>
          <afterword-support
            provider="kofi"
            account="a"
            currency="EUR"
            goal="/test/support/goal.json?far"
          ></afterword-support>
        </div>`,
      );
      const el = wrapper.querySelector<AfterwordSupport>('afterword-support')!;
      await new Promise((r) => setTimeout(r, 300));
      expect(fetched('goal.json?far'), 'nothing fetched far from the screen').to.equal(0);
      // Far from the screen, the prompt has not even been built (rendering on approach).
      expect($(el, '[part="base"]'), 'not built far from the screen').to.equal(null);
      el.scrollIntoView();
      try {
        await waitUntil(() => $(el, '[part="base"]'), 'built as the reader comes near');
        const height = el.getBoundingClientRect().height;
        await waitUntil(() => $(el, '[part="goal"]'), 'the goal did not load');
        expect(fetched('goal.json?far')).to.equal(1);
        expect(el.getBoundingClientRect().height, 'its room was kept').to.be.closeTo(height, 0.5);
      } finally {
        scrollTo(0, 0);
      }
    });

    it('a banner fetches its goal only once it shows', async () => {
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          mode="banner"
          trigger="time:0.4"
          provider="kofi"
          account="a"
          goal="/test/support/goal.json?banner"
        ></afterword-support>`,
      );
      await new Promise((r) => setTimeout(r, 200));
      expect(fetched('goal.json?banner'), 'nothing fetched before the banner shows').to.equal(0);
      await waitUntil(() => $(el, '[part="goal"]'), 'the goal did not load');
      expect(fetched('goal.json?banner')).to.equal(1);
      await expectAccessible(el);
    });

    const bad: [string, RegExp][] = [
      [
        '/test/support/missing-goal.json',
        /goal: http:\/\/.*\/test\/support\/missing-goal\.json: HTTP 404$/,
      ],
      [
        '/test/support/goal-bad.json',
        /goal: http:\/\/.*goal-bad\.json: raised: "lots" is not a number of 0 or more$/,
      ],
      ['/test/fixtures/csp.html', /goal: http:\/\/.*csp\.html: not valid JSON$/],
    ];
    for (const [goal, message] of bad) {
      it(`${goal}: the bar is hidden, one console error, the prompt works`, async () => {
        const errors = captureErrors();
        try {
          const el = await fixture<AfterwordSupport>(
            html`<afterword-support provider="kofi" account="a" goal=${goal}></afterword-support>`,
          );
          await waitUntil(() => errors.messages.length, 'no error was reported');
          await new Promise((r) => setTimeout(r, 100));
          expect(errors.messages).to.have.length(1);
          expect(errors.messages[0]).to.match(message);
          expect($(el, '[part="goal"]')).to.equal(null);
          expect(link(el)).to.exist;
        } finally {
          errors.restore();
        }
      });
    }

    it('a file on another site is never fetched', async () => {
      const errors = captureErrors();
      const el = await fixture<AfterwordSupport>(
        html`<afterword-support
          provider="kofi"
          account="a"
          goal="https://tracker.example/goal.json"
        ></afterword-support>`,
      ).finally(errors.restore);
      expect(errors.messages).to.deep.equal([
        `[afterword] afterword-support: goal: "https://tracker.example/goal.json" is not on this site (use a file on ${location.origin})`,
      ]);
      expect(fetched('tracker.example/goal.json')).to.equal(0);
      expect($(el, '[part="goal"]')).to.equal(null);
    });
  });
});
