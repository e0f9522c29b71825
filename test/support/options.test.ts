import { expect } from '@open-wc/testing';
import { readOptions } from '../../src/support/options.js';
import { DEFAULT_RULES } from '../../src/support/frequency.js';

/** Reads options from a plain settings object, collecting the problems reported. */
function read(settings: Record<string, unknown>): {
  o: ReturnType<typeof readOptions>;
  problems: string[];
} {
  const problems: string[] = [];
  const o = readOptions(
    (k) => settings[k],
    (field, problem) => problems.push(`${field}: ${problem}`),
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
    expect(problems).to.deep.equal([
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
});
