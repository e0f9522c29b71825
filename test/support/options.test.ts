import { expect } from '@open-wc/testing';
import { resolveOptions } from '../../src/support/options.js';
import { DEFAULT_RULES } from '../../src/support/frequency.js';

/** Reads options from a plain settings object, collecting the problems reported. */
function read(settings: Record<string, unknown>): {
  o: ReturnType<typeof resolveOptions>;
  problems: string[];
} {
  const problems: string[] = [];
  const o = resolveOptions(
    {},
    settings,
    (field, problem) => problems.push(`${field}: ${problem}`),
    'https://blog.example/2026/story',
  );
  return { o, problems };
}

describe('support/options', () => {
  it('has sensible defaults', () => {
    const { o, problems } = read({ provider: 'kofi', account: 'a' });
    expect(problems).to.deep.equal([]);
    expect(o).to.deep.include({
      currency: 'USD',
      presets: [5, 10, 25],
      amount: 10,
      intervals: ['once'],
      banner: false,
      trigger: { kind: 'immediate', n: 0 },
      rules: DEFAULT_RULES,
    });
    expect(o.entries).to.deep.equal([{ provider: 'kofi', account: 'a', href: undefined }]);
  });

  it('prefers a single provider over config.providers', () => {
    const { o } = read({
      provider: 'PayPal',
      account: 'x@y.z',
      providers: [{ provider: 'kofi', account: 'a' }],
    });
    expect(o.entries.map((e) => e.provider)).to.deep.equal(['paypal']);
  });

  it('takes lists as strings or arrays, and adds a preselected amount to the presets', () => {
    const { o } = read({
      provider: 'kofi',
      account: 'a',
      amounts: [20, 5],
      amount: 12,
      intervals: 'monthly, once',
      currency: 'jpy',
    });
    expect(o.presets).to.deep.equal([5, 12, 20]);
    expect(o.amount).to.equal(12);
    expect(o.intervals).to.deep.equal(['monthly', 'once']);
    expect(o.currency).to.equal('JPY');
  });

  it('scales the default presets to the currency', () => {
    expect(read({ provider: 'kofi', account: 'a', currency: 'HUF' }).o.presets).to.deep.equal([
      1000, 2000, 5000,
    ]);
  });

  it('reports every mistake once, by field, and keeps what is valid', () => {
    const { o, problems } = read({
      providers: [
        { provider: 'kofi', account: 'a' },
        { provider: 'venmo' },
        { provider: 'link', href: 'http://x.org' },
      ],
      currency: 'EURO',
      amounts: '5 five 0',
      amount: -1,
      intervals: ['yearly'],
      mode: 'modal',
      trigger: 'scroll:200',
      'max-views': 1.5,
      'snooze-days': 7,
    });
    // Each once; settings the schema rejects outright come first, then list members it left out.
    expect(problems).to.have.members([
      'providers.1.provider: unknown provider "venmo"',
      'providers.2.href: "http://x.org" is not an https: address',
      'currency: "EURO" is not an ISO 4217 currency code',
      'amounts: not positive numbers: five, 0',
      'amount: "-1" is not a positive number',
      'intervals: unknown "yearly" (use once, monthly)',
      'mode: "modal" is not one of inline, banner',
      'trigger: "scroll:200" is not immediate, scroll:<percent>, time:<seconds> or articles:<n>',
      'max-views: "1.5" is not a whole number of 0 or more',
    ]);
    expect(o.entries).to.have.length(1);
    expect(o.currency).to.equal('');
    expect(o.presets).to.deep.equal([5]);
    expect(o.intervals).to.deep.equal(['once']);
    expect(o.banner).to.be.false;
    expect(o.trigger.kind).to.equal('immediate');
    expect(o.rules).to.deep.equal({ ...DEFAULT_RULES, snoozeDays: 7 });
  });

  it('asks for a provider when there is none', () => {
    expect(read({}).problems).to.deep.equal([
      'provider: missing (set provider, or config.providers)',
    ]);
  });

  describe('the reader is in charge, campaigns and goal', () => {
    const base = { provider: 'kofi', account: 'a' };
    it('reads min-gap-hours, campaign, starts and ends', () => {
      const { o, problems } = read({
        ...base,
        'min-gap-hours': 6.5,
        campaign: ' spring-2027 ',
        starts: '2027-03-01',
        ends: '2027-03-31',
      });
      expect(problems).to.deep.equal([]);
      expect(o.rules).to.deep.include({
        minGapHours: 6.5,
        campaign: 'spring-2027',
        starts: new Date(2027, 2, 1).getTime(),
        ends: new Date(2027, 3, 1).getTime(),
      });
    });
    const bad: [Record<string, unknown>, string][] = [
      [{ 'min-gap-hours': -1 }, 'min-gap-hours: "-1" is not a number of 0 or more'],
      [
        { starts: 'March' },
        'starts: "March" is not an ISO date (2026-12-01, or 2026-12-01T09:00Z)',
      ],
      [
        { ends: '2027-02-30' },
        'ends: "2027-02-30" is not an ISO date (2026-12-01, or 2026-12-01T09:00Z)',
      ],
      [
        { starts: '2027-03-10', ends: '2027-03-01' },
        'ends: "2027-03-01" is not after starts "2027-03-10"',
      ],
    ];
    for (const [settings, problem] of bad) {
      it(`reports ${problem.split(':')[0]} ${JSON.stringify(settings)}`, () => {
        const { o, problems } = read({ ...base, ...settings });
        expect(problems).to.deep.equal([problem]);
        // A campaign window that cannot be read keeps the banner away rather than showing it past its end.
        if (!settings['min-gap-hours']) expect(o.rules.starts).to.equal(Infinity);
        else expect(o.rules.minGapHours).to.equal(20);
      });
    }
    const goals: [unknown, unknown, string[]][] = [
      [undefined, undefined, []],
      ['/goal.json', { url: 'https://blog.example/goal.json' }, []],
      ['../data/goal.json', { url: 'https://blog.example/data/goal.json' }, []],
      [
        { raised: 1240, target: 3000, supporters: 87 },
        { data: { raised: 1240, target: 3000, supporters: 87 } },
        [],
      ],
      [
        'https://cdn.example/goal.json',
        undefined,
        [
          'goal: "https://cdn.example/goal.json" is not on this site (use a file on https://blog.example)',
        ],
      ],
      [{ raised: 10, target: 0 }, undefined, ['goal.target: 0 is not a number above 0']],
      [
        [1, 2],
        undefined,
        ['goal: must be an object like {"raised": 1240, "target": 3000, "supporters": 87}'],
      ],
    ];
    for (const [goal, expected, problems] of goals) {
      it(`goal ${JSON.stringify(goal)}`, () => {
        const r = read({ ...base, goal });
        expect(r.o.goal).to.deep.equal(expected);
        expect(r.problems).to.deep.equal(problems);
      });
    }
  });
});
