// The parts of the set-up page's results column: a snippet with its copy button, and the list of
// what is left out of the snippets until fixed (each entry leads to its field).
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../shared/localize.js';
import type { SetupMessages } from './messages/en.js';
import type { SetupState } from './state.js';
import type { Checked } from './validate.js';

const WIDGETS = ['share', 'support', 'feedback', 'author', 'more'] as const;

export function snippet(
  m: SetupMessages,
  id: string,
  title: string,
  text: string,
  how: string,
): TemplateResult {
  const rows = Math.min(18, text.split('\n').length + 1);
  return html`<section class="snippet" aria-labelledby="${id}-title">
    <h3 id="${id}-title">${title}</h3>
    <p class="hint" id="${id}-how">${how}</p>
    <textarea
      id=${id}
      readonly
      rows=${rows}
      aria-labelledby="${id}-title"
      aria-describedby="${id}-how"
      .value=${text}
    ></textarea>
    <button type="button" data-action="copy" data-target=${id}>
      ${format(m.copy, { snippet: title })}
    </button>
  </section>`;
}

export function leftOut(
  m: SetupMessages,
  s: SetupState,
  c: Checked,
): TemplateResult | typeof nothing {
  const missing = WIDGETS.filter((w) => s[w].on && !c.sections[w]);
  const fixes = Object.keys(c.errors);
  if (!fixes.length) return nothing;
  return html`<div class="notice">
    <p>
      ${
        missing.length
          ? format(m.leftOut, { widgets: missing.map((w) => m[w]).join(', ') })
          : m.someLeftOut
      }
    </p>
    <ul>
      ${fixes.map(
        (f) =>
          html`<li>
            <button type="button" class="link" data-action="show" data-field=${f}>
              ${c.errors[f]}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}
