import { expect } from '@open-wc/testing';
import {
  DAY,
  DEFAULT_RULES,
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
      expect(mayShow(s, { ...rules, maxViews: 0 }, day(0))).to.be.true;
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
        thanked: false,
        thanks: false,
        allowed: true,
      });
      expect(visit(s, DEFAULT_RULES, 'https://ex.org/b', day(1), true)).to.deep.equal({
        count: 2,
        thanked: true,
        thanks: true,
        allowed: false,
      });
      // Reloading the return link, or reading on: still thanked, not thanked again, no banner.
      expect(visit(s, DEFAULT_RULES, 'https://ex.org/b', day(1), true)).to.deep.equal({
        count: 2,
        thanked: false,
        thanks: true,
        allowed: false,
      });
      expect(visit(s, DEFAULT_RULES, 'https://ex.org/c', day(2), false)).to.deep.equal({
        count: 3,
        thanked: false,
        thanks: true,
        allowed: false,
      });
    });
  });
});
