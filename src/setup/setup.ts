// <afterword-setup>: the set-up page. Forms on one side; the live preview and the snippets to
// paste on the other. Everything shown comes from check(), so no invalid value reaches a snippet.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../shared/define.js';
import { dirFor } from '../shared/localize.js';
import { pickLanguage, setupMessages, type SetupMessages } from './messages/index.js';
import { tokens } from '../shared/tokens.js';
import { authorForm, feedbackForm, shareForm, siteForm } from './forms.js';
import { supportForm } from './support-form.js';
import { moreForm } from './more-form.js';
import { leftOut, snippet } from './results.js';
import { idFor, type FieldContext } from './fields.js';
import { preview } from './preview.js';
import { platform } from './recipes.js';
import { automountSnippet, elementsSnippet, headSnippet } from './snippets.js';
import {
  getPath,
  initialState,
  setPath,
  TOKENS,
  TRIGGER_SUGGESTIONS,
  type SetupState,
  type TriggerKind,
} from './state.js';
import { check, type Checked } from './validate.js';
import { sendTest } from './test-message.js';
import { setupStyles } from './setup.styles.js';

export class AfterwordSetup extends LitElement {
  static readonly afterword = true;
  static override styles = [tokens, setupStyles];

  /** The address of this inbox's /api/feedback, when the inbox serves the page; else ''. */
  @property() inbox = '';

  @state() private s: SetupState = initialState('');
  @state() private status = '';
  /** Fields the blogger has changed: only their problems show (empty required fields stay quiet). */
  @state() private touched = new Set<string>();
  @state() private showAll = false;
  private checked!: Checked;
  /** The page's own language: the first of the browser's languages it has. */
  private uiLang = pickLanguage(navigator.languages ?? [navigator.language]);
  private m: SetupMessages = setupMessages[this.uiLang];

  override connectedCallback(): void {
    super.connectedCallback();
    // The page speaks the blogger's language (and direction); the preview follows unless a
    // language is chosen for the widgets.
    document.documentElement.lang = this.uiLang;
    document.documentElement.dir = dirFor(this.uiLang);
    this.inbox ||=
      document.querySelector<HTMLMetaElement>('meta[name="afterword-inbox"]')?.content ?? '';
    const script = new URL('afterword.js', document.baseURI).href;
    this.s = initialState(script, this.inbox ? new URL(this.inbox, document.baseURI).href : '');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('inbox') && this.inbox && !this.s.feedback.endpoint)
      this.s = setPath(this.s, 'feedback.endpoint', new URL(this.inbox, document.baseURI).href);
    this.checked = check(this.s, this.m);
  }

  /** The colours go on the preview through the CSSOM: no inline style attribute (strict CSP). */
  protected override updated(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.preview');
    if (!box) return;
    for (const t of TOKENS) {
      const value = this.checked.tokens[t];
      if (value) box.style.setProperty(`--afterword-${t}`, value);
      else box.style.removeProperty(`--afterword-${t}`);
    }
  }

  private set(path: string, value: unknown): void {
    let next = setPath(this.s, path, value);
    if (path === 'platform') {
      const p = platform(String(value));
      next = setPath(setPath(next, 'placement', p.placement), 'position', p.position);
    }
    if (path === 'support.trigger')
      next = setPath(next, 'support.triggerValue', TRIGGER_SUGGESTIONS[value as TriggerKind]);
    this.touched = new Set(this.touched).add(path);
    this.s = next;
  }

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    const path = el.dataset.path;
    if (!path) return;
    if (el.type === 'checkbox' && el.dataset.value !== undefined) {
      const list = getPath(this.s, path) as string[];
      const v = el.dataset.value;
      const all =
        el.closest('fieldset')?.querySelectorAll<HTMLInputElement>('input[data-value]') ?? [];
      const order = [...all].map((i) => i.dataset.value!);
      const chosen = el.checked ? [...list, v] : list.filter((x) => x !== v);
      this.set(
        path,
        order.filter((x) => chosen.includes(x)),
      );
    } else if (el.type === 'checkbox') this.set(path, el.checked);
    else this.set(path, el.value);
  }

  private onClick(e: Event): void {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const rows = this.s.support.providers;
    const action = button.dataset.action;
    if (action === 'add-provider') {
      this.set('support.providers', [...rows, { provider: 'paypal', account: '', href: '' }]);
      this.focusLater(`support-providers-${rows.length}-provider`);
    } else if (action === 'remove-provider') {
      const i = Number(button.dataset.index);
      this.set(
        'support.providers',
        rows.filter((_, j) => j !== i),
      );
      this.focusLater(rows.length > 1 ? `support-providers-0-provider` : 'support-on');
    } else if (action === 'copy') void this.copy(button.dataset.target!);
    else if (action === 'show') {
      this.showAll = true;
      this.focusLater(idFor(button.dataset.field!));
    } else if (action === 'test') void this.test();
  }

  private focusLater(id: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus(),
    );
  }

  private async copy(id: string): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`)!;
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      area.select();
      if (!document.execCommand('copy')) {
        this.status = this.m.copyBlocked;
        return;
      }
    }
    this.status = this.m.copied;
  }

  private async test(): Promise<void> {
    this.status = this.m.sending;
    this.status = await sendTest(this.checked.sections.feedback, this.m);
  }

  private ctx(): FieldContext {
    return {
      get: (path) => getPath(this.s, path),
      error: (path) =>
        this.showAll ||
        this.touched.has(path) ||
        [...this.touched].some((t) => path.startsWith(`${t}.`))
          ? this.checked.errors[path]
          : undefined,
      seen: new Set(),
      m: this.m,
      lang: this.uiLang,
    };
  }

  protected override render(): TemplateResult {
    const ctx = this.ctx();
    const c = this.checked;
    const errors = Object.fromEntries(
      Object.keys(c.errors)
        .map((k) => [k, ctx.error(k)])
        .filter(([, v]) => v),
    ) as Record<string, string>;
    const m = this.m;
    const p = platform(this.s.platform);
    const body = m[`${p.id}Body`];
    const head = headSnippet(c);
    const test = this.inbox
      ? html`<button
          type="button"
          data-action="test"
          ?disabled=${!c.sections.feedback || this.s.feedback.destination === 'mailto'}
        >
          ${m.test}
        </button>`
      : nothing;
    const elements = c.script
      ? snippet(
          m,
          'snippet-elements',
          m.elements,
          elementsSnippet(c),
          p.automount ? m.elementsHow : body,
        )
      : nothing;
    const auto = c.script
      ? snippet(
          m,
          'snippet-automount',
          m.automount,
          automountSnippet(c, this.s.position),
          p.automount ? body : m.automountHow,
        )
      : nothing;
    return html`<div
      part="base"
      class="layout"
      @input=${this.onInput}
      @change=${this.onInput}
      @click=${this.onClick}
    >
      <header>
        <h1>${m.title}</h1>
        <p>${m.intro}</p>
      </header>
      <form class="forms" @submit=${(e: Event) => e.preventDefault()} aria-label=${m.settings}>
        ${siteForm(ctx, this.s, errors)} ${shareForm(ctx, this.s, errors)}
        ${supportForm(ctx, this.s, errors)} ${feedbackForm(ctx, this.s, errors, test)}
        ${authorForm(ctx, this.s, errors)} ${moreForm(ctx, this.s, errors)}
      </form>
      <div class="results">
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">${m.preview}</h2>
          ${preview(c, m)}
        </section>
        <section aria-labelledby="snippets-title">
          <h2 id="snippets-title">${m.snippets}</h2>
          ${leftOut(m, this.s, c)} ${c.script ? nothing : html`<p class="error">${m.fixScript}</p>`}
          ${p.automount ? html`${auto}${elements}` : html`${elements}${auto}`}
          ${
            head
              ? snippet(m, 'snippet-head', m.head, head, `${m[`${p.id}Head`]} ${m.headWhy}`)
              : nothing
          }
        </section>
      </div>
      <p class="status" role="status" aria-live="polite">${this.status}</p>
    </div>`;
  }
}

define('afterword-setup', AfterwordSetup);

declare global {
  interface HTMLElementTagNameMap {
    'afterword-setup': AfterwordSetup;
  }
}
