import { expect } from '@open-wc/testing';
import {
  amountParam,
  checkEntry,
  defaultAmounts,
  isCurrency,
  money,
  providerName,
  providerUrl,
  type Choice,
  type Entry,
} from '../../src/support/providers.js';

const choices: Choice[] = [
  { amount: 5, currency: 'EUR', interval: 'once' },
  { amount: 2.5, currency: 'USD', interval: 'monthly' },
  { amount: 1000, currency: 'JPY', interval: 'once' },
  { amount: null, currency: 'GBP', interval: 'monthly' },
];
const label = (c: Choice): string => `${c.amount ?? 'no amount'} ${c.currency} ${c.interval}`;

describe('support/providers', () => {
  describe('providerUrl', () => {
    const paypalEmail: Entry = { provider: 'paypal', account: 'me@example.org' };
    const paypalButton: Entry = { provider: 'paypal', account: 'ABC123XYZ' };
    const oc: Entry = { provider: 'opencollective', account: 'afterword' };
    const pp = 'https://www.paypal.com/donate/?';
    const table: [Entry, string[]][] = [
      [
        paypalEmail,
        [
          `${pp}business=me%40example.org&amount=5&currency_code=EUR&no_recurring=1`,
          `${pp}business=me%40example.org&amount=2.50&currency_code=USD`,
          `${pp}business=me%40example.org&amount=1000&currency_code=JPY&no_recurring=1`,
          `${pp}business=me%40example.org&currency_code=GBP`,
        ],
      ],
      [
        paypalButton,
        [
          `${pp}hosted_button_id=ABC123XYZ&amount=5&currency_code=EUR&no_recurring=1`,
          `${pp}hosted_button_id=ABC123XYZ&amount=2.50&currency_code=USD`,
          `${pp}hosted_button_id=ABC123XYZ&amount=1000&currency_code=JPY&no_recurring=1`,
          `${pp}hosted_button_id=ABC123XYZ&currency_code=GBP`,
        ],
      ],
      [
        oc,
        [
          'https://opencollective.com/afterword/donate?amount=5',
          'https://opencollective.com/afterword/donate?amount=2.50&interval=month',
          'https://opencollective.com/afterword/donate?amount=1000',
          'https://opencollective.com/afterword/donate?interval=month',
        ],
      ],
    ];
    // Providers whose page takes no amount: the same link whatever the reader chose.
    const fixed: [Entry, string][] = [
      [{ provider: 'kofi', account: 'afterword' }, 'https://ko-fi.com/afterword'],
      [{ provider: 'buymeacoffee', account: 'afterword' }, 'https://buymeacoffee.com/afterword'],
      [{ provider: 'liberapay', account: 'afterword' }, 'https://liberapay.com/afterword/donate'],
      [{ provider: 'github', account: 'afterword' }, 'https://github.com/sponsors/afterword'],
      [{ provider: 'patreon', account: 'afterword' }, 'https://www.patreon.com/afterword'],
      [
        { provider: 'stripe', href: 'https://buy.stripe.com/test_123' },
        'https://buy.stripe.com/test_123',
      ],
      [
        { provider: 'link', href: 'https://example.org/support?ref=a' },
        'https://example.org/support?ref=a',
      ],
    ];
    for (const [entry, urls] of table) {
      choices.forEach((c, i) => {
        it(`${entry.provider} (${entry.account}) for ${label(c)}`, () => {
          expect(providerUrl(entry, c)).to.equal(urls[i]);
        });
      });
    }
    for (const [entry, url] of fixed) {
      it(`${entry.provider} ignores amount and interval`, () => {
        for (const c of choices) expect(providerUrl(entry, c), label(c)).to.equal(url);
      });
    }

    it('encodes the account so it cannot leave the provider’s path', () => {
      expect(providerUrl({ provider: 'kofi', account: ' a b/../c?x ' }, choices[0])).to.equal(
        'https://ko-fi.com/a%20b%2F..%2Fc%3Fx',
      );
    });
    it('rounds amounts to the currency’s minor unit', () => {
      expect(amountParam(999.6, 'JPY')).to.equal('1000');
      expect(amountParam(2.005, 'EUR')).to.equal('2.01');
      expect(amountParam(7, 'EUR')).to.equal('7');
      expect(amountParam(1.2345, 'KWD')).to.equal('1.235');
    });
  });

  describe('checkEntry', () => {
    const bad: [Entry, string, RegExp][] = [
      [{ provider: 'venmo', account: 'x' }, 'provider', /unknown provider "venmo"/],
      [{ provider: 'kofi' }, 'account', /needs an account/],
      [{ provider: 'kofi', account: '  ' }, 'account', /needs an account/],
      [
        { provider: 'link', href: 'javascript:alert(1)' },
        'href',
        /"javascript:alert\(1\)" is not an https: address/,
      ],
      [{ provider: 'link', href: 'data:text/html,hi' }, 'href', /not an https: address/],
      [{ provider: 'stripe', href: 'http://buy.stripe.com/x' }, 'href', /not an https: address/],
      [{ provider: 'stripe', href: '/relative' }, 'href', /not an https: address/],
      [{ provider: 'stripe' }, 'href', /needs an https: href/],
    ];
    for (const [entry, field, problem] of bad) {
      it(`rejects ${JSON.stringify(entry)}`, () => {
        const result = checkEntry(entry);
        expect(result?.[0]).to.equal(field);
        expect(result?.[1]).to.match(problem);
      });
    }
    it('accepts every provider configured properly', () => {
      for (const p of [
        'paypal',
        'kofi',
        'buymeacoffee',
        'liberapay',
        'opencollective',
        'github',
        'patreon',
      ]) {
        expect(checkEntry({ provider: p, account: 'me' }), p).to.equal(undefined);
      }
      expect(checkEntry({ provider: 'stripe', href: 'https://buy.stripe.com/x' })).to.equal(
        undefined,
      );
    });
    it('does not take inherited object keys for providers', () => {
      expect(checkEntry({ provider: 'toString', account: 'x' })?.[0]).to.equal('provider');
    });
  });

  describe('names, currencies and amounts', () => {
    it('names a plain link by its host', () => {
      expect(providerName({ provider: 'link', href: 'https://www.example.org/give' })).to.equal(
        'example.org',
      );
      expect(providerName({ provider: 'github', account: 'x' })).to.equal('GitHub Sponsors');
    });
    it('knows ISO 4217 codes', () => {
      expect(isCurrency('EUR')).to.be.true;
      expect(isCurrency('JPY')).to.be.true;
      for (const bad of ['EURO', 'eu', '', '€', 'ZZZ']) expect(isCurrency(bad), bad).to.be.false;
    });
    it('scales the default presets to the currency', () => {
      expect(defaultAmounts('EUR')).to.deep.equal([5, 10, 25]);
      expect(defaultAmounts('JPY')).to.deep.equal([500, 1000, 2500]);
    });
    it('formats amounts in the reader’s language, without needless decimals', () => {
      const norm = (s: string): string => s.replace(/\s/g, ' ');
      expect(money('en', 'EUR', 5)).to.equal('€5');
      expect(money('en', 'USD', 2.5)).to.equal('$2.50');
      expect(norm(money('de', 'EUR', 2.5))).to.equal('2,50 €');
      expect(norm(money('fr', 'EUR', 10))).to.equal('10 €');
      expect(money('en_US', 'EUR', 5)).to.equal('€5');
      expect(money('en', '', 5)).to.equal('5');
    });
  });
});
