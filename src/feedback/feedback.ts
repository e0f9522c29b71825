// <afterword-feedback>: feedback, corrections and news tips, kept safe until they reach the author.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../shared/define.js';
import { addMessages } from '../shared/localize.js';
import { feedback as strings } from '../locales/en/feedback.js';
import { pageTitle, pageUrl } from '../shared/page.js';
import { tokens } from '../shared/tokens.js';
import { icon, iconStyles } from '../shared/icons.js';
import { sendIcon } from '../shared/icon-data/send.js';
import { feedbackStyles } from './feedback.styles.js';
import { LIMITS, isSealed, type FeedbackPayload } from './schema.js';
import {
  clearDraft,
  edit,
  emptyDraft,
  fromPayload,
  loadDraft,
  saveDraft,
  type Draft,
  type Field,
  type Problem,
} from './draft.js';
import { feedbackConfigSchema } from './options.js';
import { FeedbackSettings } from './settings.js';
import { field, sealNote, sealProblem } from './fields.js';
import { TipKeyState } from './tip-key.js';
import { requestUrl, type Format, type Outcome, type Queued } from './transport.js';
import { join, ownerOf, retry } from './outbox.js';
import { check, submit, type Refusal, type Submission, type Submitted } from './submit.js';

// For npm users who import this element alone and add or change its strings.
export { registerLocale, type LocaleOverrides } from '../shared/localize.js';

export { feedbackConfigSchema };
export type { FeedbackErrorDetail, FeedbackEventDetail, FeedbackSentDetail } from './events.js';

/**
 * A feedback, correction and news-tip form that never loses what the reader wrote.
 * @tagname afterword-feedback
 * @summary Feedback form: drafts survive reloads, failed sends are queued and retried with the same id.
 * @fires afterword-feedback - Cancelable, before sending; detail `{ payload }`. preventDefault() hands the payload to the page.
 * @fires afterword-feedback-sent - Detail `{ id, kind, via, retried }`.
 * @fires afterword-feedback-error - Detail `{ id, status, message, queued }`.
 * @csspart base - The form.
 * @csspart kinds - The choice of feedback, correction or tip.
 * @csspart field - Each label, control, hint and error group.
 * @csspart note - The privacy note shown for tips.
 * @csspart seal - For a sealed kind: encrypted in the browser, the key's fingerprint, or why it can't be sent.
 * @csspart button - The send button.
 * @csspart status - Sent, queued or failed, announced politely.
 */
export class AfterwordFeedback extends FeedbackSettings {
  @state() private draft: Draft = emptyDraft('feedback');
  @state() private problems: Partial<Record<Field, Problem>> = {};
  @state() private status?: {
    type: 'sending' | 'sent' | 'queued' | 'failed' | 'check' | 'mail';
    text: string;
  };
  @state() private busy = false;
  /** The key for sealed kinds: loading, ready (with its fingerprint) or why it can't be used. */
  private sealKey = new TipKeyState(
    this,
    () => this.options,
    (detail) => this.report('tip-key', detail),
  );

  private shownAt = 0;
  private selection = '';
  private quoteTyped = false;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private leave = (): void => {};

  static override styles = [tokens, iconStyles, feedbackStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    this.shownAt = Date.now();
    this.listen('addEventListener');
    this.draft = loadDraft(pageUrl()) ?? this.draft;
    // The retry of queued messages does not wait for the form to render.
    this.leave = join(this.onRetried, this.owner);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listen('removeEventListener');
    this.leave();
    this.saveNow();
  }

  /** What identifies this form's messages in the page's outbox. */
  private owner = (): string => {
    const dest = this.options?.dest;
    return dest ? ownerOf(dest.format, requestUrl(dest)) : '';
  };

  private listen(method: 'addEventListener' | 'removeEventListener'): void {
    document[method]('selectionchange', this.onSelection);
    // A closing tab never disconnects the element: keep the last keystrokes anyway.
    window[method]('pagehide', this.saveNow);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const o = this.options;
    if (!o.kinds.includes(this.draft.kind)) this.draft = { ...this.draft, kind: o.kinds[0] };
    // New sealing settings: the key is judged again (the refusal known from the settings, or read
    // anew); any other change leaves the key, and the reader's words, as they are.
    this.sealKey.follow(o);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // OpenPGP.js and the key load only once a reader picks a kind that is sealed.
    if (this.isSealedKind()) this.sealKey.want();
  }

  private isSealedKind(): boolean {
    return this.options.sealed.includes(this.draft.kind);
  }

  protected override render(): TemplateResult {
    const m = this.messages('feedback');
    const { kind, message } = this.draft;
    const count =
      message.length > LIMITS.message * 0.9 ? `${message.length} / ${LIMITS.message}` : '';
    const form = { draft: this.draft, problems: this.problems, m };
    return html`<form
      part="base"
      novalidate
      aria-label=${m.formLabel}
      dir=${this.dir_}
      lang=${this.resolvedLang}
      @input=${this.onInput}
      @submit=${this.onSubmit}
    >
      ${
        this.options.kinds.length > 1
          ? html`<fieldset part="kinds">
              <legend>${m.kind}</legend>
              ${this.options.kinds.map(
                (k) =>
                  html`<label
                    ><input
                      type="radio"
                      name="kind"
                      value=${k}
                      .checked=${k === kind}
                    />${m[k]}</label
                  >`,
              )}
            </fieldset>`
          : nothing
      }
      ${kind === 'tip' ? html`<p part="note" id="note">${m.tipNote}</p>` : nothing}
      ${this.isSealedKind() ? sealNote(this.sealKey.key, m) : nothing}
      ${kind === 'correction' ? field('quote', m.quote, m.quoteHint, form) : nothing}
      ${field('message', m.message, count, form)} ${field('name', m.name, '', form)}
      ${field('email', m.email, '', form)}
      <div class="sr-only" aria-hidden="true">
        <input name="website" tabindex="-1" autocomplete="off" aria-hidden="true" />
      </div>
      <button
        part="button"
        type="submit"
        aria-disabled=${this.busy || this.blocked() ? 'true' : 'false'}
      >
        ${icon(sendIcon)}${m.send}
      </button>
      <p part="status" role="status" class=${this.status?.type ?? ''}>${this.status?.text ?? ''}</p>
    </form>`;
  }

  /** A sealed kind whose key is unusable: nothing can be sent, in plain text least of all. */
  private blocked(): boolean {
    return this.isSealedKind() && this.sealKey.key?.ok === false;
  }

  private onInput(e: Event): void {
    const { name, value } = e.target as HTMLInputElement;
    if (name === 'website') return;
    this.draft = edit(this.draft, name, value, this.selection);
    this.quoteTyped ||= name === 'quote';
    this.problems = { ...this.problems, [name]: undefined };
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), 300);
  }

  private save(): void {
    this.saveTimer = undefined;
    // A sealed kind's words, before they are sealed, stay in this tab only, like a tip's.
    saveDraft(pageUrl(), this.draft, this.isSealedKind() ? 'session' : undefined);
  }

  private saveNow = (): void => void (this.saveTimer && this.save());

  private onSelection = (): void => {
    const s = document.getSelection();
    const text = s?.toString().trim().slice(0, LIMITS.quote);
    // Text chosen inside the form (Chromium reports textarea selections too) is not a quote.
    if (!text || !s?.anchorNode || document.activeElement === this || this.contains(s.anchorNode))
      return;
    this.selection = text;
    if (this.draft.kind === 'correction' && !this.quoteTyped)
      this.draft = { ...this.draft, quote: text };
  };

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const m = this.messages('feedback');
    const { dest, to, minSeconds } = this.options;
    const s: Submission = {
      draft: this.draft,
      trap: this.renderRoot.querySelector<HTMLInputElement>('[name=website]')!.value,
      shownAt: this.shownAt,
      minSeconds,
      page: { url: pageUrl(), title: pageTitle().slice(0, LIMITS.title) },
      lang: this.resolvedLang,
      subject: (p) => `${m[p.kind]}: ${p.page.title}`.slice(0, 200),
      // A key already judged (ready or refused) stands; one still loading is waited for.
      key: this.isSealedKind() ? () => this.sealKey.get() : undefined,
      dest,
      to,
      offer: (payload) => this.emit('afterword-feedback', { payload }, true),
    };
    const ready = check(s);
    if (ready.type !== 'ready') return this.show(ready);
    this.busy = true;
    this.status = { type: 'sending', text: m.sending };
    try {
      await this.show(await submit(s, ready.payload));
    } finally {
      this.busy = false;
      if (this.status?.type === 'sending') this.status = undefined;
    }
  }

  /** What the reader sees (and the page hears) after a submission. */
  private async show(r: Submitted): Promise<void> {
    const m = this.messages('feedback');
    switch (r.type) {
      case 'bot':
        return this.finish();
      case 'invalid':
        for (const [field, problem] of Object.entries(r.other)) this.report(field, problem);
        this.problems = r.problems;
        this.status = { type: 'check', text: m.check };
        await this.updateComplete;
        return this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      case 'unsealable':
        return void (this.status = {
          type: 'failed',
          text: `${m.failed} ${sealProblem(r.key, m)}`,
        });
      case 'sealFailed':
        this.report('tip-key', `could not encrypt (${r.error})`);
        return void (this.status = { type: 'failed', text: `${m.failed} ${m.sealUnreachable}` });
      case 'tooLongToSeal':
        return void (this.status = { type: 'check', text: m.sealTooLong });
      case 'taken':
        return this.finish(r.payload, 'page');
      case 'mail':
        this.openMail(r.href);
        this.status = { type: 'mail', text: m.mail };
        return this.sent(r.payload, 'mailto');
      case 'nowhere':
        this.report('endpoint', 'no endpoint or mailto: nothing could be sent');
        return this.fail(r.payload, { ok: false, retry: false, error: '' });
      case 'sent':
        return this.finish(r.payload, r.via);
      case 'refused':
        return this.fail(r.payload, r.outcome);
      case 'queued':
        this.reset();
        this.status = { type: 'queued', text: m.queued };
        this.emit('afterword-feedback-error', {
          id: r.payload.id,
          kind: r.payload.kind,
          status: r.outcome.status,
          message: r.outcome.error,
          queued: true,
        });
        return void retry(false);
    }
  }

  /** Opens the mail app; a separate method so tests and wrappers can intercept it. */
  protected openMail(href: string): void {
    location.href = href;
  }

  private reset(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    clearDraft(pageUrl());
    this.draft = emptyDraft(this.draft.kind);
    this.problems = {};
    this.quoteTyped = false;
  }

  private sent(p: FeedbackPayload, via: Format | 'mailto' | 'page', retried = false): void {
    this.emit('afterword-feedback-sent', { id: p.id, kind: p.kind, via, retried });
  }

  /** Sent (or a bot turned away): the form starts afresh, unless the send came from the queue. */
  private finish(payload?: FeedbackPayload, via?: Format | 'page', retried = false): void {
    if (!retried) this.reset();
    this.status = { type: 'sent', text: this.messages('feedback').sent };
    if (payload) this.sent(payload, via!, retried);
  }

  private fail({ id, kind }: FeedbackPayload, o: Refusal): void {
    this.status = { type: 'failed', text: `${this.messages('feedback').failed} ${o.error}`.trim() };
    this.emit('afterword-feedback-error', {
      id,
      kind,
      status: o.status,
      message: o.error,
      queued: false,
    });
  }

  /** A result from the page's outbox for a message this form queued. */
  private onRetried = (item: Queued, o: Outcome): void => {
    if (o.ok) return this.finish(item.payload, item.via, true);
    // Still waiting (on a later page view too): say so, so the reader knows the words are safe.
    if (o.retry)
      return void (this.status = { type: 'queued', text: this.messages('feedback').queued });
    // Refused on a later attempt: give the words back to the reader rather than drop them.
    if (!this.draft.message && !isSealed(item.payload)) {
      this.draft = fromPayload(item.payload);
      this.save();
    }
    this.fail(item.payload, o);
  };
}

addMessages('feedback', strings);
define('afterword-feedback', AfterwordFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'afterword-feedback': AfterwordFeedback;
  }
}
