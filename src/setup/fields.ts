// Labelled form fields of the set-up page. Every field's problem is tied to it (aria-invalid,
// aria-describedby) and fields name their place in the state with `data-path`.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SetupMessages } from './messages/en.js';

export interface FieldContext {
  /** Reads a value from the state by path (`support.providers.0.account`). */
  get(path: string): unknown;
  /** The problem to show for a field, if any. */
  error(path: string): string | undefined;
  /** Paths rendered so far, so problems without a field can be listed once. */
  seen: Set<string>;
  /** The page's own strings, and the language they are in. */
  m: SetupMessages;
  lang: string;
}

export const idFor = (path: string): string => path.replace(/\./g, '-');

function describedBy(id: string, hint?: string, error?: string): string | typeof nothing {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || nothing;
}

function notes(id: string, hint?: string, error?: string): TemplateResult {
  return html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${
    error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing
  }`;
}

export interface TextOptions {
  hint?: string;
  placeholder?: string;
  type?: 'text' | 'url' | 'email' | 'number';
  rows?: number;
  autocomplete?: 'name' | 'email' | 'url' | 'off';
  inputmode?: string;
}

/** A field of the form for `path`: counted as shown, with its id and its problem, if any. */
function field(ctx: FieldContext, path: string): { id: string; error?: string } {
  ctx.seen.add(path);
  return { id: idFor(path), error: ctx.error(path) };
}

export function textField(
  ctx: FieldContext,
  path: string,
  label: string,
  o: TextOptions = {},
): TemplateResult {
  const { id, error } = field(ctx, path);
  const value = String(ctx.get(path) ?? '');
  const control = o.rows
    ? html`<textarea
        id=${id}
        data-path=${path}
        rows=${o.rows}
        placeholder=${ifDefined(o.placeholder)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(id, o.hint, error)}
        .value=${value}
      ></textarea>`
    : html`<input
        id=${id}
        data-path=${path}
        type=${o.type ?? 'text'}
        placeholder=${ifDefined(o.placeholder)}
        autocomplete=${o.autocomplete ?? 'off'}
        inputmode=${o.inputmode ?? nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(id, o.hint, error)}
        .value=${value}
      />`;
  return html`<div class="field">
    <label for=${id}>${label}</label>${control}${notes(id, o.hint, error)}
  </div>`;
}

export function selectField(
  ctx: FieldContext,
  path: string,
  label: string,
  options: [value: string, label: string][],
  hint?: string,
): TemplateResult {
  const { id, error } = field(ctx, path);
  const value = String(ctx.get(path) ?? '');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      data-path=${path}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy(id, hint, error)}
    >
      ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
    </select>
    ${notes(id, hint, error)}
  </div>`;
}

/** One checkbox for a boolean in the state. */
export function checkbox(ctx: FieldContext, path: string, label: string, hint?: string) {
  const { id } = field(ctx, path);
  return html`<div class="check">
    <input
      type="checkbox"
      id=${id}
      data-path=${path}
      aria-describedby=${describedBy(id, hint)}
      .checked=${Boolean(ctx.get(path))}
    />
    <label for=${id}>${label}</label>${notes(id, hint)}
  </div>`;
}

/** A group of checkboxes that choose values of a list in the state, in the list's own order. */
export function checkGroup(
  ctx: FieldContext,
  path: string,
  legend: string,
  options: [value: string, label: string][],
  hint?: string,
): TemplateResult {
  const { id, error } = field(ctx, path);
  const chosen = (ctx.get(path) as string[]) ?? [];
  return html`<fieldset
    class="group"
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${describedBy(id, hint, error)}
  >
    <legend>${legend}</legend>
    <div class="choices">
      ${options.map(
        ([v, l]) =>
          html`<span class="check">
            <input
              type="checkbox"
              id="${id}-${v}"
              data-path=${path}
              data-value=${v}
              .checked=${chosen.includes(v)}
            /><label for="${id}-${v}">${l}</label>
          </span>`,
      )}
    </div>
    ${notes(id, hint, error)}
  </fieldset>`;
}

/** Problems under `prefix` that no field shows (so none is ever hidden). */
export function otherErrors(ctx: FieldContext, prefix: string, all: Record<string, string>) {
  const left = Object.entries(all).filter(([k]) => k.startsWith(prefix) && !ctx.seen.has(k));
  return left.length
    ? html`<ul class="error">
        ${left.map(([, v]) => html`<li>${v}</li>`)}
      </ul>`
    : nothing;
}
