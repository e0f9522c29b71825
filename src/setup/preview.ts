// The live preview: the real elements, configured exactly as the snippets configure them.
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Checked } from './validate.js';
import type { SetupMessages } from './messages/en.js';

export function preview(c: Checked, m: SetupMessages): TemplateResult {
  const { share, support, feedback, author } = c.sections;
  // The bar at the bottom of the screen is previewed where the other widgets stand.
  const inline = support && { ...support, mode: undefined, trigger: undefined };
  const paragraphs = c.bio.split(/\n\s*\n/).filter((p) => p.trim());
  const key = JSON.stringify([c.sections, c.bio]);
  return html`<div class="preview">
    ${keyed(
      key,
      html`${share ? html`<afterword-share config=${JSON.stringify(share)}></afterword-share>` : nothing}
      ${inline ? html`<afterword-support config=${JSON.stringify(inline)}></afterword-support>` : nothing}
      ${support?.mode === 'banner' ? html`<p class="hint">${m.bannerNote}</p>` : nothing}
      ${feedback ? html`<afterword-feedback config=${JSON.stringify(feedback)}></afterword-feedback>` : nothing}
      ${
        author
          ? // Wrapped: a card may publish its JSON-LD right after itself, among these nodes.
            html`<div>
              <afterword-author config=${JSON.stringify(author)}
                >${paragraphs.map((p) => html`<p>${p}</p>`)}</afterword-author
              >
            </div>`
          : nothing
      }`,
    )}
    ${c.sections.more ? html`<p class="hint">${m.morePreview}</p>` : nothing}
    ${Object.keys(c.sections).length ? nothing : html`<p>${m.empty}</p>`}
  </div>`;
}
