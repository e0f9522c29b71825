// The support prompt's form: ways to pay, amounts, how often, and where and when it appears.
import { html, nothing } from 'lit';
import { PROVIDERS } from '../support/providers.js';
import { resolveOptions, SUPPORT_DEFAULTS } from '../support/options.js';
import { locales } from '../locales/index.js';
import { format } from '../shared/localize.js';
import { checkGroup, otherErrors, selectField, textField, type FieldContext } from './fields.js';
import { widgetHeader } from './forms.js';
import type { SetupState, TRIGGERS } from './state.js';
import { needsHref } from './widgets.js';

/** The support prompt's own default texts, in the language the widgets will speak. */
const defaults = (ctx: FieldContext) =>
  (locales[String(ctx.get('lang')) || ctx.lang] ?? locales.en).support;

/**
 * The amounts the prompt offers for the currency typed, and the one it chooses at first for the
 * amounts typed: the element's own reading, shown in the empty fields.
 */
function amountsShown(o: SetupState['support']): { amounts: string; amount: string } {
  const quiet = () => {};
  const { presets } = resolveOptions({ currency: o.currency }, {}, quiet);
  const { amount } = resolveOptions({ currency: o.currency, amounts: o.amounts }, {}, quiet);
  return { amounts: presets.join(' '), amount: String(amount) };
}

export function supportForm(ctx: FieldContext, s: SetupState, errors: Record<string, string>) {
  const m = ctx.m;
  const o = s.support;
  const shown = amountsShown(o);
  const providerOptions = Object.entries(PROVIDERS).map(([id, name]): [string, string] => [
    id,
    name || m.otherLink,
  ]);
  const rows = o.providers.map((row, i) => {
    return html`<div class="row">
      ${selectField(ctx, `support.providers.${i}.provider`, format(m.provider, { n: i + 1 }), providerOptions)}
      ${
        needsHref(row.provider)
          ? textField(ctx, `support.providers.${i}.href`, m.href, { type: 'url' })
          : textField(ctx, `support.providers.${i}.account`, m.account, {
              hint: row.provider === 'paypal' ? m.paypalHint : '',
            })
      }
      <button type="button" class="quiet" data-action="remove-provider" data-index=${i}>
        ${format(m.remove, { n: i + 1 })}
      </button>
    </div>`;
  });
  return html`<fieldset class="card">
    ${widgetHeader(ctx, 'support', m.support, m.supportOn)}
    ${
      o.on
        ? html`${rows}
            <button type="button" data-action="add-provider">${m.add}</button>
            ${textField(ctx, 'support.currency', m.currency, {
              placeholder: SUPPORT_DEFAULTS.currency,
              hint: m.currencyHint,
            })}
            ${textField(ctx, 'support.amounts', m.amounts, {
              placeholder: shown.amounts,
              hint: m.amountsHint,
            })}
            ${textField(ctx, 'support.amount', m.amount, {
              inputmode: 'decimal',
              placeholder: shown.amount,
            })}
            ${checkGroup(ctx, 'support.intervals', m.intervals, [
              ['once', m.once],
              ['monthly', m.monthly],
            ])}
            ${selectField(ctx, 'support.mode', m.mode, [
              ['inline', m.inline],
              ['banner', m.banner],
            ])}
            ${
              o.mode === 'banner'
                ? html`${selectField(ctx, 'support.trigger', m.trigger, [
                    ['immediate', m.immediate],
                    ['scroll', m.scroll],
                    ['time', m.time],
                    ['articles', m.articles],
                  ] satisfies [(typeof TRIGGERS)[number], string][])}
                  ${
                    o.trigger === 'immediate'
                      ? nothing
                      : textField(
                          ctx,
                          'support.triggerValue',
                          o.trigger === 'scroll'
                            ? m.percent
                            : o.trigger === 'time'
                              ? m.seconds
                              : m.articleCount,
                          { inputmode: 'numeric' },
                        )
                  }`
                : nothing
            }
            ${textField(ctx, 'support.name', m.name)}
            ${textField(ctx, 'support.heading', m.heading, { placeholder: defaults(ctx).heading })}
            ${textField(ctx, 'support.message', m.message, {
              rows: 2,
              placeholder: defaults(ctx).message,
            })}
            ${otherErrors(ctx, 'support', errors)}`
        : nothing
    }
  </fieldset>`;
}
