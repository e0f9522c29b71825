import { expect } from '@open-wc/testing';
import { checkGoal } from '../../src/support/goal.js';
import { goalText, plural } from '../../src/support/goal-bar.js';
import { closeText, uncounted } from '../../src/support/copy.js';
import { locales } from '../../src/locales/index.js';

describe('support/goal', () => {
  describe('checkGoal', () => {
    const table: [unknown, unknown][] = [
      [
        { raised: 0, target: 1 },
        { raised: 0, target: 1, supporters: undefined },
      ],
      [
        { raised: 1240.5, target: 3000, supporters: 87, updated: '2026-11-30' },
        { raised: 1240.5, target: 3000, supporters: 87 },
      ],
      [null, ['', 'must be an object like {"raised": 1240, "target": 3000, "supporters": 87}']],
      [
        '1240/3000',
        ['', 'must be an object like {"raised": 1240, "target": 3000, "supporters": 87}'],
      ],
      [{ raised: '1240', target: 3000 }, ['raised', '"1240" is not a number of 0 or more']],
      [{ raised: -5, target: 3000 }, ['raised', '-5 is not a number of 0 or more']],
      [{ raised: 5 }, ['target', 'undefined is not a number above 0']],
      [
        { raised: 5, target: 10, supporters: 2.5 },
        ['supporters', '2.5 is not a whole number of 0 or more'],
      ],
    ];
    for (const [input, expected] of table) {
      it(`checks ${JSON.stringify(input)}`, () => expect(checkGoal(input)).to.deep.equal(expected));
    }
  });

  describe('goalText: in the page language and the prompt currency', () => {
    const g = { raised: 1240, target: 3000, supporters: 87 };
    const table: [string, string, object, string][] = [
      ['en', 'EUR', g, '€1,240 of €3,000 · 87 supporters'],
      ['en', 'USD', { ...g, supporters: 1 }, '$1,240 of $3,000 · 1 supporter'],
      ['en', 'GBP', { raised: 12.5, target: 100 }, '£12.50 of £100'],
      ['de', 'EUR', g, '1.240 € von 3.000 € · 87 Personen unterstützen'],
      ['fr', 'EUR', { ...g, supporters: 0 }, '1 240 € sur 3 000 € · 0 soutien'],
      ['pl', 'PLN', { ...g, supporters: 3 }, '1240 zł z 3000 zł · 3 osoby wspierające'],
      ['pl', 'PLN', { ...g, supporters: 5 }, '1240 zł z 3000 zł · 5 osób wspierających'],
      ['en', '', g, '1,240 of 3,000 · 87 supporters'],
    ];
    for (const [lang, currency, goal, text] of table) {
      it(`${lang} ${currency || '(no currency)'}: ${text}`, () => {
        const m = locales[lang].support;
        // Intl writes narrow no-break spaces in some languages; compare with plain spaces.
        expect(goalText(lang, currency, goal as typeof g, m).replace(/\s/g, ' ')).to.equal(text);
      });
    }
    it('Arabic has its own forms for two and for many', () => {
      const forms = locales.ar.support.goalSupporters;
      expect(plural('ar', 2, forms)).to.equal('داعمان');
      expect(plural('ar', 1, forms)).to.equal('داعم واحد');
      expect(plural('ar', 11, forms)).to.match(/^(11|١١) داعمًا$/);
    });
    it('falls back to the other form, then the last', () => {
      expect(plural('en', 1, 'other:# people')).to.equal('1 people');
      expect(plural('en', 1, '# people')).to.equal('1 people');
    });
  });

  describe('closeText: how long the banner stays away', () => {
    const table: [string, number, string][] = [
      ['en', 720, 'Hide for 30 days'],
      ['en', 24, 'Hide for 1 day'],
      ['en', 20, 'Hide for 20 hours'],
      ['en', 0.5, 'Hide for 1 hour'],
      ['en', 0, 'Close'],
      ['de', 720, 'Ausblenden für 30 Tage'],
      ['pl', 120, 'Ukryj na 5 dni'],
      ['nl', 24, 'Verbergen voor 1 dag'],
    ];
    for (const [lang, hours, text] of table) {
      it(`${lang}, ${hours} h: ${text}`, () =>
        expect(closeText(lang, hours, locales[lang].support)).to.equal(text));
    }
  });

  describe('uncounted copy', () => {
    it('gives a string that shows the count way to the shipped one', () => {
      const shipped = locales.en.support;
      const m = {
        ...shipped,
        heading: 'Keep {name} writing',
        message: 'You read {count} articles.',
      };
      expect(uncounted(m, shipped)).to.deep.include({
        heading: 'Keep {name} writing',
        message: shipped.message,
      });
    });
  });
});
