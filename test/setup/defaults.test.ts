// One definition of each default: the README's tables, the set-up page and the widgets themselves
// all show what the code defines (the tokens in shared/tokens.ts, each element's in its options.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/setup/index.js';
import type { AfterwordSetup } from '../../src/setup/setup.js';
import { TOKEN_DEFAULTS } from '../../src/shared/tokens.js';
import { SHARE_DEFAULTS } from '../../src/share/options.js';
import { SUPPORT_DEFAULTS } from '../../src/support/options.js';
import { defaultAmounts } from '../../src/support/providers.js';
import { FEEDBACK_DEFAULTS } from '../../src/feedback/options.js';
import { resolveOptions as authorOptions } from '../../src/author/options.js';
import { MORE_DEFAULTS } from '../../src/more/options.js';

const readme = fetch('/README.md').then((r) => r.text());

/** The text between `<!-- name:start -->` and `<!-- name:end -->`, or after a heading. */
const part = (text: string, from: string, to: string) =>
  text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));

const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
const code = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** Every row of the tables with a `default` column, by each name in its first cell. */
function defaultColumn(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  let column = -1;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      column = -1;
      continue;
    }
    const row = cells(line);
    if (column < 0) column = row.indexOf('default');
    else if (!/^-+$/.test(row[0])) for (const name of code(row[0])) found[name] = row[column];
  }
  return found;
}

/** A default as the README writes it: a boolean attribute is off, anything else in code. */
const written = (value: unknown) => (value === false ? 'off' : [value].flat().join(' '));

const RULES = SUPPORT_DEFAULTS.rules;
const ELEMENTS: Record<string, Record<string, unknown>> = {
  share: SHARE_DEFAULTS,
  support: {
    currency: SUPPORT_DEFAULTS.currency,
    amounts: defaultAmounts(SUPPORT_DEFAULTS.currency),
    intervals: SUPPORT_DEFAULTS.intervals,
    mode: SUPPORT_DEFAULTS.mode,
    trigger: SUPPORT_DEFAULTS.trigger,
    'max-views': RULES.maxViews,
    'period-days': RULES.periodDays,
    'snooze-days': RULES.snoozeDays,
    'thanks-days': RULES.thanksDays,
    'min-gap-hours': RULES.minGapHours,
  },
  feedback: {
    kinds: FEEDBACK_DEFAULTS.kinds,
    format: FEEDBACK_DEFAULTS.format,
    'min-seconds': FEEDBACK_DEFAULTS.minSeconds,
  },
  // The card has no defaults of its own but this one: it writes its JSON-LD unless told not to.
  author: { 'no-schema': !authorOptions({}, {}, () => {}).schema },
  more: MORE_DEFAULTS,
};

describe('one definition of each default', () => {
  describe('the README', () => {
    for (const [element, defaults] of Object.entries(ELEMENTS)) {
      it(`gives <afterword-${element}>'s defaults as its options.ts defines them`, async () => {
        const table = defaultColumn(
          part(await readme, `<!-- ${element}:start -->`, `<!-- ${element}:end -->`),
        );
        for (const [attribute, value] of Object.entries(defaults)) {
          const cell = table[attribute];
          expect(cell, attribute).to.be.a('string');
          if (value === false) expect(cell, attribute).to.equal('off');
          else expect(code(cell)[0], attribute).to.equal(written(value));
        }
      });
    }

    it('gives the amounts offered in each currency it names as the prompt scales them', async () => {
      const cell = defaultColumn(
        part(await readme, '<!-- support:start -->', '<!-- support:end -->'),
      ).amounts;
      const named = [...cell.matchAll(/`([A-Z]{3})` ([\d ]*\d)/g)];
      expect(named).to.have.length.above(0);
      for (const [, currency, amounts] of named)
        expect(amounts, currency).to.equal(defaultAmounts(currency).join(' '));
    });

    it('gives every token’s default, light and dark, as shared/tokens.ts defines it', async () => {
      const table = defaultColumn(part(await readme, '### Theming', '### Rendering on approach'));
      const { light, dark, ...rest } = TOKEN_DEFAULTS;
      const expected: Record<string, string[]> = {};
      for (const t of Object.keys(light) as (keyof typeof light)[])
        expected[`--afterword-${t}`] = [light[t], dark[t]];
      for (const [t, value] of Object.entries(rest)) expected[`--afterword-${t}`] = [value];
      // The focus ring has no value of its own: it follows the accent.
      expect(table['--afterword-focus-ring']).to.equal('the accent colour');
      delete table['--afterword-focus-ring'];
      expect(Object.keys(table)).to.have.members(Object.keys(expected));
      for (const [token, cell] of Object.entries(table))
        expect(code(cell), token).to.deep.equal(expected[token]);
    });
  });

  describe('the widgets and the set-up page', () => {
    /** A colour as the browser computes it. */
    const computed = (colour: string) => {
      const probe = document.createElement('i');
      probe.style.color = colour;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };

    for (const theme of ['light', 'dark'] as const) {
      it(`writes the ${theme} text colour a bare widget shows in the set-up page’s box for it`, async () => {
        const bare = await fixture(html`<afterword-share theme=${theme}></afterword-share>`);
        const shown = getComputedStyle(bare.shadowRoot!.querySelector('[part="base"]')!).color;
        expect(shown).to.equal(computed(TOKEN_DEFAULTS[theme].text));

        const setup = await fixture<AfterwordSetup>(html`<afterword-setup></afterword-setup>`);
        const select = setup.shadowRoot!.querySelector<HTMLSelectElement>('#theme')!;
        select.value = theme;
        select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await setup.updateComplete;
        const box = setup.shadowRoot!.querySelector<HTMLInputElement>('#tokens-text')!;
        expect(computed(box.placeholder)).to.equal(shown);
      });
    }

    it('ticks the networks a bare share bar shows, and nothing in its snippet', async () => {
      const bare = await fixture(html`<afterword-share></afterword-share>`);
      const shown = [...bare.shadowRoot!.querySelectorAll<HTMLElement>('[data-network]')].map(
        (b) => b.dataset.network,
      );
      const setup = await fixture<AfterwordSetup>(html`<afterword-setup></afterword-setup>`);
      const ticked = [
        ...setup.shadowRoot!.querySelectorAll<HTMLInputElement>(
          'input[data-path="share.networks"]',
        ),
      ]
        .filter((box) => box.checked)
        .map((box) => box.dataset.value);
      // The device's share sheet shows only where the browser has one.
      expect(ticked.filter((n) => n !== 'native' || 'share' in navigator)).to.deep.equal(shown);
      const snippet = setup.shadowRoot!.querySelector<HTMLTextAreaElement>('#snippet-elements');
      expect(snippet?.value ?? '').to.not.include('networks=');
    });
  });
});
