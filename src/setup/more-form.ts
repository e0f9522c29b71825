// The more-articles form: the feed (left empty, the one the blog's pages link), how many, which.
import { html, nothing } from 'lit';
import { MAX_COUNT } from '../more/options.js';
import { otherErrors, selectField, textField, type FieldContext } from './fields.js';
import { widgetHeader } from './forms.js';
import type { SetupState } from './state.js';

export function moreForm(ctx: FieldContext, s: SetupState, errors: Record<string, string>) {
  const m = ctx.m;
  return html`<fieldset class="card">
    ${widgetHeader(ctx, 'more', m.more, m.moreOn)}
    ${
      s.more.on
        ? html`${textField(ctx, 'more.feed', m.moreFeed, {
            placeholder: '/feed/',
            hint: m.moreFeedHint,
          })}
          ${textField(ctx, 'more.count', m.moreCount, {
            type: 'number',
            inputmode: 'numeric',
            hint: `1–${MAX_COUNT}`,
          })}
          ${selectField(ctx, 'more.match', m.moreMatch, [
            ['latest', m.matchLatest],
            ['tags', m.matchTags],
          ])}
          ${otherErrors(ctx, 'more', errors)}`
        : nothing
    }
  </fieldset>`;
}
