// The ask of the support prompt: the provider, amount and interval choices, and the link that leaves
// for the provider. A template of what the element holds; the element keeps the state.
import { html, nothing, type TemplateResult } from 'lit';
import { format, type Messages } from '../shared/localize.js';
import { icon } from '../shared/icons.js';
import { heartIcon } from '../shared/icon-data/heart.js';
import { chips } from './parts.js';
import type { Options } from './options.js';
import {
  currencySign,
  money,
  providerName,
  providerUrl,
  takesAmount,
  type Choice,
} from './providers.js';
import type { Interval } from './providers.js';

/** What the reader has chosen: the provider (by position), the amount, and how often. */
export interface Chosen {
  pick: number;
  /** Major units; null while the reader's own amount is not a positive number. */
  amount: number | null;
  /** The reader typed their own amount. */
  custom: boolean;
  every: Interval;
}

/** The choice as the provider's link takes it: no amount where the provider can't take one. */
export function choiceFor(o: Options, c: Chosen): Choice {
  const e = o.entries[c.pick];
  return {
    amount: takesAmount(e.provider) && o.currency ? c.amount : null,
    currency: o.currency,
    interval: c.every,
  };
}

export interface AskHandlers {
  choose: (change: Partial<Chosen>, preset?: boolean) => void;
  custom: (event: Event) => void;
  go: (event: MouseEvent) => void;
}

export function ask(
  o: Options,
  c: Chosen,
  lang: string,
  m: Messages['support'],
  on: AskHandlers,
): TemplateResult {
  const { entries, currency, presets, intervals } = o;
  const e = entries[c.pick];
  // Formatting is costly the first time on a page: only when amounts are offered.
  const takes = takesAmount(e.provider) && !!currency;
  // A choice no provider here can take is not rendered at all; one the current provider can't
  // take is hidden, so a custom amount survives switching providers and back.
  const amounts = !!currency && entries.some((x) => takesAmount(x.provider));
  const other = otherAmount(lang, m.otherAmount, currency, on.custom);
  return html`${
      entries.length < 2
        ? nothing
        : chips(
            'p',
            m.payWith,
            entries.map((x, i) => [i, providerName(x)]),
            c.pick,
            false,
            (v) => on.choose({ pick: v }),
          )
    }
    ${
      !amounts
        ? nothing
        : chips(
            'a',
            m.amountLabel,
            takes ? presets.map((v) => [v, money(lang, currency, v)]) : [],
            c.custom ? -1 : c.amount,
            !takes,
            (v) => on.choose({ amount: v, custom: false }, true),
            other,
          )
    }
    ${
      !amounts || intervals.length < 2
        ? nothing
        : chips(
            'i',
            m.howOften,
            intervals.map((v) => [v, m[v]]),
            c.every,
            !takes,
            (v) => on.choose({ every: v }),
          )
    }
    <a
      part="button"
      href=${providerUrl(e, choiceFor(o, c))}
      target="_blank"
      rel="noopener noreferrer"
      @click=${on.go}
      @auxclick=${on.go}
      >${icon(heartIcon)}${format(m.cta, { provider: providerName(e) })}${' '}<span class="sr-only"
        >${m.newTab}</span
      ></a
    >`;
}

/** "Other amount", with the currency's sign where the presets show it (€ 12, 12 €). */
function otherAmount(
  lang: string,
  label: string,
  currency: string,
  onInput: (event: Event) => void,
): TemplateResult {
  const [sign, side] = currencySign(lang, currency);
  const affix = html`<span class="sign" aria-hidden="true">${sign}</span>`;
  // `step` is set as its (reflected) property: lit-analyzer's HTML data types the attribute as a
  // number and would reject "any".
  return html`<label class="chip other"
    ><span>${label}</span>${side === 'before' ? affix : nothing}<input
      type="number"
      min="0"
      .step=${'any'}
      inputmode="decimal"
      @input=${onInput}
    />${side === 'after' ? affix : nothing}<span class="sr-only">${currency}</span></label
  >`;
}
