// One labelled field of the feedback form: its control, hint and error, tied together for
// assistive technology (aria-describedby, aria-invalid).
import { html, nothing, type TemplateResult } from 'lit';
import { format, type Messages } from '../shared/localize.js';
import { LIMITS } from './schema.js';
import type { Draft, Field, Problem } from './draft.js';
import type { KeyProblem, TipKey } from './sealing.js';

export interface FormState {
  draft: Draft;
  problems: Partial<Record<Field, Problem>>;
  m: Messages['feedback'];
}

export function field(
  f: Field,
  label: string,
  hint: string,
  { draft, problems, m }: FormState,
): TemplateResult {
  const problem = problems[f];
  const error =
    problem === 'email'
      ? m.invalidEmail
      : problem === 'required'
        ? m.required
        : problem
          ? format(m.tooLong, { max: LIMITS[f] })
          : '';
  // A tip's fields point at its privacy note too (the quote is never shown for tips).
  const ids = [
    hint && `${f}-hint`,
    error && `${f}-error`,
    f !== 'quote' && draft.kind === 'tip' && 'note',
  ]
    .filter(Boolean)
    .join(' ');
  const [invalid, described] = [error ? 'true' : 'false', ids || nothing] as const;
  const control =
    f === 'message' || f === 'quote'
      ? html`<textarea
          id=${f}
          name=${f}
          rows=${f === 'message' ? 5 : 2}
          dir="auto"
          ?required=${f === 'message'}
          aria-invalid=${invalid}
          aria-describedby=${described}
          .value=${draft[f]}
        ></textarea>`
      : html`<input
          id=${f}
          name=${f}
          type=${f === 'email' ? 'email' : 'text'}
          dir="auto"
          autocomplete=${f}
          aria-invalid=${invalid}
          aria-describedby=${described}
          .value=${draft[f]}
        />`;
  return html`<div part="field">
    <label for=${f}>${label}</label
    >${control}${hint ? html`<p class="hint" id="${f}-hint">${hint}</p>` : nothing}${error ? html`<p class="error" id="${f}-error">${error}</p>` : nothing}
  </div>`;
}

const PROBLEM_TEXT: Record<KeyProblem, keyof Messages['feedback']> = {
  missing: 'sealMissing',
  unreachable: 'sealUnreachable',
  invalid: 'sealInvalid',
  expired: 'sealExpired',
  noEncryption: 'sealNoEncryption',
  destination: 'sealDestination',
  mismatch: 'sealMismatch',
};

/** Why a sealed kind can't be sent, in the reader's language. */
export const sealProblem = (key: { problem: KeyProblem }, m: Messages['feedback']): string =>
  m[PROBLEM_TEXT[key.problem]];

/** For a sealed kind: encrypted in this browser, to the key whose fingerprint ends so; or why not. */
export function sealNote(key: TipKey | undefined, m: Messages['feedback']): TemplateResult {
  if (key?.ok === false) return html`<p part="seal" class="failed">${sealProblem(key, m)}</p>`;
  return html`<p part="seal">
    ${m.sealNote}
    ${
      key?.ok ? html`${m.sealFingerprint} <code dir="ltr">${key.fingerprint}</code>` : m.sealLoading
    }
  </p>`;
}
