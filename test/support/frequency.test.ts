import { expect } from '@open-wc/testing';
import {
  DAY,
  DEFAULT_RULES,
  HOUR,
  awayHours,
  declareSupporter,
  enterCampaign,
  firesOnLoad,
  inCampaign,
  parseDate,
  resumeCounting,
  showNow,
  stopCounting,
  isThanked,
  load,
  markThanks,
  mayShow,
  parseTrigger,
  recordDismiss,
  recordRead,
  recordView,
  visit,
  type Rules,
} from '../../src/support/frequency.js';

const day = (n: number): number => Date.UTC(2026, 0, 1) + n * DAY;

describe('support/frequency', () => {
  describe('parseTrigger', () => {
    const table: [string, unknown][] = [
      ['immediate', { kind: 'immediate', n: 0 }],
      ['scroll:60', { kind: 'scroll', n: 60 }],
      ['scroll:60%', { kind: 'scroll', n: 60 }],
      [' Time:2.5 ', { kind: 'time', n: 2.5 }],
      ['articles:3', { kind: 'articles', n: 3 }],
      ['scroll', undefined],
      ['scroll:150', undefined],
      ['immediate:1', undefined],
      ['time:-1', undefined],
      ['clicks:2', undefined],
      ['', undefined],
    ];
    for (const [input, expected] of table) {
      it(`reads "${input}"`, () => expect(parseTrigger(input)).to.deep.equal(expected));
    }
  });

  describe('load', () => {
    it('turns anything stored into a usable state', () => {
      for (const raw of [undefined, null, 'garbage', 42, [], { reads: 'x', views: 'y' }]) {
        const s = load(raw);
        expect(recordRead(s, '/a', day(0)), JSON.stringify(raw)).to.equal(1);
        expect(mayShow(s, DEFAULT_RULES, day(0))).to.be.true;
      }
    });
    it('ignores corrupt timestamps', () => {
      const s = load({
        views: ['x', null, day(0)],
        dismissed: 'soon',
        reads: { '/a': 'x', '/b': day(0) },
      });
      expect(mayShow(s, { ...DEFAULT_RULES, maxViews: 2 }, day(1))).to.be.true;
      expect(recordRead(s, '/c', day(1))).to.equal(2);
    });
  });

  describe('articles read', () => {
    it('counts distinct articles over the last 30 days', () => {
      const s = load(undefined);
      expect(recordRead(s, '/a', day(0))).to.equal(1);
      expect(recordRead(s, '/a', day(1))).to.equal(1);
      expect(recordRead(s, '/b', day(2))).to.equal(2);
      expect(recordRead(s, '/c', day(30))).to.equal(3); // /a was read again on day 1
      expect(recordRead(s, '/c', day(31.5))).to.equal(2); // /a has now gone out of the window
      expect(recordRead(s, '/d', day(80))).to.equal(1);
    });
    it('keeps storage small', () => {
      const s = load(undefined);
      for (let i = 0; i < 150; i++) recordRead(s, `/post-${i}`, day(0) + i);
      expect(Object.keys(s.reads)).to.have.length(100);
      expect(s.reads['/post-149']).to.equal(day(0) + 149);
    });
  });

  describe('max-views per period-days', () => {
    const rules: Rules = { ...DEFAULT_RULES, maxViews: 2, periodDays: 7 };
    it('allows max-views in any period, then waits for the oldest view to age out', () => {
      const s = load(undefined);
      expect(mayShow(s, rules, day(0))).to.be.true;
      recordView(s, rules, day(0));
      expect(mayShow(s, rules, day(1))).to.be.true;
      recordView(s, rules, day(1));
      expect(mayShow(s, rules, day(2))).to.be.false;
      expect(mayShow(s, rules, day(6.9))).to.be.false;
      expect(mayShow(s, rules, day(7))).to.be.true; // day 0 has left the window
      recordView(s, rules, day(7));
      expect(mayShow(s, rules, day(7.5))).to.be.false;
      expect(mayShow(s, rules, day(8))).to.be.true;
    });
    it('treats 0 as no limit', () => {
      const s = load(undefined);
      for (let i = 0; i < 10; i++) recordView(s, rules, day(0));
      expect(mayShow(s, { ...rules, maxViews: 0, minGapHours: 0 }, day(0))).to.be.true;
    });
  });

  describe('snooze-days after a dismissal', () => {
    it('stays quiet for snooze-days, then asks again', () => {
      const rules: Rules = { ...DEFAULT_RULES, snoozeDays: 14 };
      const s = load(undefined);
      recordDismiss(s, day(0));
      expect(mayShow(s, rules, day(0))).to.be.false;
      expect(mayShow(s, rules, day(13.99))).to.be.false;
      expect(mayShow(s, rules, day(14))).to.be.true;
      expect(mayShow(s, { ...rules, snoozeDays: 0 }, day(0))).to.be.true;
    });
  });

  describe('thanks return', () => {
    const rules: Rules = { ...DEFAULT_RULES, thanksDays: 90 };
    it('thanks once, then stays quiet for thanks-days', () => {
      const s = load(undefined);
      expect(markThanks(s, rules, day(0))).to.be.true;
      expect(isThanked(s, rules, day(0))).to.be.true;
      expect(mayShow(s, rules, day(0))).to.be.false;
      // The same return link reloaded, or visited again, thanks nobody twice.
      expect(markThanks(s, rules, day(0) + 1000)).to.be.false;
      expect(markThanks(s, rules, day(45))).to.be.false;
      expect(mayShow(s, rules, day(89.9))).to.be.false;
      expect(isThanked(s, rules, day(90))).to.be.false;
      expect(mayShow(s, rules, day(90))).to.be.true;
      expect(markThanks(s, rules, day(120))).to.be.true;
    });
    it('survives a round trip through JSON storage', () => {
      const s = load(undefined);
      markThanks(s, rules, day(0));
      recordDismiss(s, day(0));
      recordView(s, rules, day(0));
      const back = load(JSON.parse(JSON.stringify(s)));
      expect(isThanked(back, rules, day(10))).to.be.true;
      expect(back.views).to.deep.equal([day(0)]);
    });
  });

  describe('a page view', () => {
    it('counts the article, notices a thanks return once, and says whether the banner may show', () => {
      const s = load(undefined);
      expect(visit(s, DEFAULT_RULES, 'https://ex.org/a', day(0), false)).to.deep.equal({
        count: 1,
        counting: true,
        thanked: false,
        thanks: false,
        allowed: true,
      });
      expect(visit(s, DEFAULT_RULES, 'https://ex.org/b', day(1), true)).to.deep.equal({
        count: 2,
        counting: true,
        thanked: true,
        thanks: true,
        allowed: false,
      });
      // Reloading the return link, or reading on: still thanked, not thanked again, no banner.
      expect(visit(s, DEFAULT_RULES, 'https://ex.org/b', day(1), true)).to.deep.equal({
        count: 2,
        counting: true,
        thanked: false,
        thanks: true,
        allowed: false,
      });
      expect(visit(s, DEFAULT_RULES, 'https://ex.org/c', day(2), false)).to.deep.equal({
        count: 3,
        counting: true,
        thanked: false,
        thanks: true,
        allowed: false,
      });
    });
  });

  describe('min-gap-hours between two showings', () => {
    const table: [gapHours: number, hoursSinceLast: number, may: boolean][] = [
      [20, 0, false],
      [20, 19.99, false],
      [20, 20, true],
      [20, 48, true],
      [1, 0.5, false],
      [1, 1, true],
      [0, 0, true],
    ];
    for (const [gap, since, may] of table) {
      it(`gap ${gap} h, last showing ${since} h ago: ${may ? 'may show' : 'stays away'}`, () => {
        const rules: Rules = { ...DEFAULT_RULES, maxViews: 0, minGapHours: gap };
        const s = load(undefined);
        recordView(s, rules, day(0));
        expect(mayShow(s, rules, day(0) + since * HOUR)).to.equal(may);
      });
    }
    it('defaults to 20 hours', () => expect(DEFAULT_RULES.minGapHours).to.equal(20));
    it('holds across campaigns', () => {
      const s = load(undefined);
      recordView(s, { ...DEFAULT_RULES, campaign: 'spring' }, day(0));
      expect(mayShow(s, { ...DEFAULT_RULES, campaign: 'autumn' }, day(0) + 10 * HOUR)).to.be.false;
      expect(mayShow(s, { ...DEFAULT_RULES, campaign: 'autumn' }, day(1))).to.be.true;
    });
  });

  describe('campaign', () => {
    const spring: Rules = { ...DEFAULT_RULES, maxViews: 1, campaign: 'spring' };
    const autumn: Rules = { ...spring, campaign: 'autumn' };
    it('a new id starts fresh views and snooze', () => {
      const s = load(undefined);
      expect(showNow(s, spring, day(0))).to.be.true;
      recordDismiss(s, day(0));
      expect(mayShow(s, spring, day(2)), 'same campaign: snoozed, views used').to.be.false;
      expect(mayShow(s, autumn, day(2)), 'new campaign').to.be.true;
      enterCampaign(s, autumn);
      expect([s.views, s.dismissed, s.campaign]).to.deep.equal([[], undefined, 'autumn']);
      expect(showNow(s, autumn, day(2))).to.be.true;
      expect(mayShow(s, autumn, day(4))).to.be.false;
    });
    it('never resets the supporter state', () => {
      const s = load(undefined);
      markThanks(s, spring, day(0));
      enterCampaign(s, autumn);
      expect(mayShow(s, autumn, day(1))).to.be.false;
      expect(visit(s, autumn, '/a', day(1), false).thanks).to.be.true;
    });
    it('only a showing moves the state to a campaign; a page view (an inline prompt) does not', () => {
      const s = load(undefined);
      recordView(s, spring, day(0));
      recordDismiss(s, day(0));
      visit(s, { ...DEFAULT_RULES }, '/a', day(1), false);
      expect([s.views, s.dismissed, s.campaign]).to.deep.equal([[day(0)], day(0), 'spring']);
      expect(mayShow(s, spring, day(2))).to.be.false;
      recordView(s, autumn, day(2));
      expect([s.views, s.dismissed, s.campaign]).to.deep.equal([[day(2)], undefined, 'autumn']);
    });
  });

  describe('starts and ends', () => {
    const rules = (starts?: number, ends?: number): Rules => ({ ...DEFAULT_RULES, starts, ends });
    const table: [string, number | undefined, number | undefined, number, boolean][] = [
      ['no bounds', undefined, undefined, day(5), true],
      ['before starts', day(1), undefined, day(0.99), false],
      ['from starts', day(1), undefined, day(1), true],
      ['before ends', undefined, day(2), day(1.99), true],
      ['at ends', undefined, day(2), day(2), false],
      ['within both', day(1), day(3), day(2), true],
      ['after both', day(1), day(3), day(4), false],
      ['a malformed bound (never)', Infinity, undefined, day(4), false],
    ];
    for (const [what, starts, ends, now, inside] of table) {
      it(`${what}: ${inside ? 'shows' : 'stays away'}`, () => {
        expect(inCampaign(rules(starts, ends), now)).to.equal(inside);
        expect(mayShow(load(undefined), rules(starts, ends), now)).to.equal(inside);
      });
    }
    const dates: [string, boolean, number][] = [
      ['2026-12-01', false, new Date(2026, 11, 1).getTime()],
      ['2026-12-31', true, new Date(2027, 0, 1).getTime()], // an end date includes its whole day
      [' 2026-02-28 ', true, new Date(2026, 2, 1).getTime()],
      ['2026-12-01T09:30Z', false, Date.UTC(2026, 11, 1, 9, 30)],
      ['2026-12-01T09:30:00+01:00', true, Date.UTC(2026, 11, 1, 8, 30)],
      ['2026-02-30', false, NaN],
      ['1 December 2026', false, NaN],
      ['2026-12', false, NaN],
      ['', true, NaN],
    ];
    for (const [value, end, expected] of dates) {
      it(`reads ${end ? 'ends' : 'starts'} "${value}"`, () =>
        expect(parseDate(value, end)).to.deep.equal(expected));
    }
  });

  describe('"I already support you"', () => {
    it('makes the reader a supporter for thanks-days, exactly as a thanks return does', () => {
      const rules: Rules = { ...DEFAULT_RULES, thanksDays: 90 };
      const s = load(undefined);
      expect(declareSupporter(s, day(0))).to.equal(undefined);
      expect(isThanked(s, rules, day(89))).to.be.true;
      expect(mayShow(s, rules, day(89))).to.be.false;
      expect(visit(s, rules, '/a', day(89), false)).to.include({ thanks: true, allowed: false });
      expect(mayShow(s, rules, day(90))).to.be.true;
      // What it returns is the state to undo to.
      const before = declareSupporter(s, day(100));
      expect(before).to.equal(day(0));
    });
  });

  describe('"Don\'t count my visits"', () => {
    it('clears the history, stops counting, and can be undone', () => {
      const s = load(undefined);
      recordRead(s, '/a', day(0));
      recordRead(s, '/b', day(1));
      const reads = stopCounting(s);
      expect(Object.keys(reads)).to.deep.equal(['/b', '/a']);
      expect(s.reads).to.deep.equal({});
      expect(visit(s, DEFAULT_RULES, '/c', day(2), false)).to.include({
        count: 0,
        counting: false,
      });
      expect(s.reads, 'nothing recorded while not counting').to.deep.equal({});
      const back = load(JSON.parse(JSON.stringify(s)));
      expect(back.uncounted, 'kept in storage').to.be.true;
      expect(resumeCounting(back, '/c', day(2), reads)).to.equal(3);
      expect(visit(back, DEFAULT_RULES, '/d', day(3), false)).to.include({
        count: 4,
        counting: true,
      });
    });
    it('"Count my visits again" starts from this article', () => {
      const s = load({ uncounted: true });
      expect(resumeCounting(s, '/a', day(0))).to.equal(1);
      expect(s.uncounted).to.be.false;
    });

    const table: [trigger: string, uncounted: boolean, count: number, fires: boolean][] = [
      ['immediate', false, 0, true],
      ['immediate', true, 0, true],
      ['articles:3', false, 2, false],
      ['articles:3', false, 3, true],
      ['articles:3', true, 0, false],
      ['articles:0', true, 0, false],
      ['articles:1', true, 5, false],
      ['scroll:50', false, 9, false],
      ['time:5', false, 9, false],
    ];
    for (const [trigger, out, count, fires] of table) {
      it(`${trigger}, ${out ? 'not counting' : 'counting'}, ${count} read: ${fires ? 'fires' : 'waits'} on load`, () => {
        const s = load({ uncounted: out });
        expect(firesOnLoad(parseTrigger(trigger)!, s, count)).to.equal(fires);
      });
    }
  });

  describe('how long a closed banner stays away', () => {
    const table: [snoozeDays: number, minGapHours: number, hours: number][] = [
      [30, 20, 720],
      [0, 20, 20],
      [1, 48, 48],
      [0, 0, 0],
    ];
    for (const [snoozeDays, minGapHours, hours] of table) {
      it(`snooze ${snoozeDays} d, gap ${minGapHours} h: ${hours} h`, () =>
        expect(awayHours({ ...DEFAULT_RULES, snoozeDays, minGapHours })).to.equal(hours));
    }
  });
});
