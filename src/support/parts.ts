// Pieces of the support prompt's template that leave the reader in charge: the quiet controls
// ("I already support you", "Don't count my visits", undo) and the banner's close button; and the
// room a goal bar takes while its part and its numbers are on their way.
import { html, nothing, type TemplateResult } from 'lit';
import { icon } from '../shared/icons.js';
import { closeIcon } from '../shared/icon-data/close.js';

/** The goal bar's room, unseen, while it loads: nothing below moves when it comes. */
export const goalRoom = (): TemplateResult =>
  html`<div class="goal wait" aria-hidden="true">
    <progress max="1" value="0"></progress>
    <p>&nbsp;</p>
  </div>`;

export function closeButton(text: string, onClick: () => void): TemplateResult {
  return html`<button part="close" type="button" @click=${onClick}>
    ${icon(closeIcon)}<span>${text}</span>
  </button>`;
}

export interface Control {
  id: string;
  text: string;
  run: () => void;
}

/**
 * The quiet row under the prompt: its controls, or, just after one was used, what happened and
 * an undo. The status is always in the tree, so screen readers announce its changes.
 */
export function quietRow(
  controls: Control[],
  status: string,
  undo?: Control,
): TemplateResult | typeof nothing {
  const shown = undo ? [undo] : controls;
  return html`<p class="quiet" ?hidden=${!shown.length && !status}>
    <span role="status">${status}</span>${shown.map(
      (c) => html`<button type="button" id=${c.id} @click=${c.run}>${c.text}</button>`,
    )}
  </p>`;
}

/** A row of radio chips; hidden (not just disabled) where the provider cannot take the choice. */
export function chips<T>(
  name: string,
  label: string,
  options: [T, string][],
  value: T,
  hidden: boolean,
  pick: (v: T) => void,
  extra: unknown = nothing,
): TemplateResult {
  return html`<fieldset ?hidden=${hidden}>
    <legend>${label}</legend>
    ${options.map(
      ([v, text]) =>
        html`<label class="chip"
          ><input
            type="radio"
            name=${name}
            .checked=${v === value}
            @change=${() => pick(v)}
          />${text}</label
        >`,
    )}${extra}
  </fieldset>`;
}
