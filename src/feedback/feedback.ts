// <afterword-feedback>: feedback, corrections and news tips, kept safe until they reach the author.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AfterwordElement } from '../shared/element.js';
import { splitList } from '../shared/config.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { addMessages } from '../shared/localize.js';
import { feedback as strings } from '../locales/feedback.js';
import { pageTitle, pageUrl } from '../shared/page.js';
import { tokens } from '../shared/tokens.js';
import { icon, iconStyles, sendIcon } from '../shared/icons.js';
import { feedbackStyles } from './feedback.styles.js';
import { KINDS, LIMITS, isSealed, type FeedbackPayload, type Kind } from './schema.js';
import {
  clearDraft,
  edit,
  emptyDraft,
  fromPayload,
  loadDraft,
  looksLikeBot,
  pickKinds,
  saveDraft,
  toPayload,
  type Draft,
  type Field,
  type Problem,
} from './draft.js';
import { feedbackConfigSchema, type FeedbackConfig } from './options.js';
import { field, sealNote, sealProblem } from './fields.js';
import { readTipKey, resolveSealing, sealPayload, type TipKey } from './seal.js';
import {
  Retrier,
  deliver,
  mailtoUrl,
  resolve,
  type Destination,
  type Format,
  type Outcome,
  type Queued,
} from './transport.js';

// For npm users who import this element alone and add or change its strings.
export { registerLocale, type LocaleOverrides } from '../shared/localize.js';

export { feedbackConfigSchema };

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
export class AfterwordFeedback extends AfterwordElement {
  protected get tag(): string {
    return 'afterword-feedback';
  }

  /** Kinds the reader may pick from: `feedback correction tip` (default all). */
  @property() kinds?: string;
  /** Where submissions go: an https: URL, a same-origin path or http://localhost. */
  @property() endpoint?: string;
  /** `json` (default) | `formspree` | `web3forms` | `netlify` | `form`. */
  @property() format?: string;
  /** The Web3Forms access key. */
  @property({ attribute: 'access-key' }) formAccessKey?: string;
  /** The Netlify form name (default `feedback`). */
  @property({ attribute: 'form-name' }) formName?: string;
  /** An address: the reader's mail app opens with the message; nothing is sent by the page. */
  @property() mailto?: string;
  /** Submissions faster than this after the form appears are treated as bots (default 3). */
  @property({ attribute: 'min-seconds', type: Number }) minSeconds?: number;
  /** The address of the journalist's armored OpenPGP public key: tips are sealed to it. */
  @property({ attribute: 'tip-key' }) tipKey?: string;
  /** Which kinds are sealed: `tips` (default with a key) or `all`. */
  @property() encrypt?: string;

  @state() private draft: Draft = emptyDraft('feedback');
  @state() private problems: Partial<Record<Field, Problem>> = {};
  @state() private status?: { type: 'sent' | 'queued' | 'failed' | 'check' | 'mail'; text: string };
  @state() private busy = false;
  /** The key for sealed kinds: loading, ready (with its fingerprint) or why it can't be used. */
  @state() private key?: TipKey;

  private cfg: FeedbackConfig = {};
  private list: Kind[] = [...KINDS];
  private dest?: Destination;
  private to?: string;
  private sealed: Kind[] = [];
  private keySource: { url?: string; armored?: string } = {};
  private keySig = '';
  private keyLoad?: Promise<TipKey>;
  private shownAt = 0;
  private selection = '';
  private quoteTyped = false;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private retrier = new Retrier((item, o) => this.onRetried(item, o));

  static override styles = [tokens, iconStyles, feedbackStyles];

  protected resolve(): undefined {
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shownAt = Date.now();
    this.listen('addEventListener');
    this.draft = loadDraft(pageUrl()) ?? this.draft;
    this.retryAll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listen('removeEventListener');
    this.retrier.stop();
    this.saveNow();
  }

  private listen(method: 'addEventListener' | 'removeEventListener'): void {
    document[method]('selectionchange', this.onSelection);
    window[method]('online', this.retryAll);
    // A closing tab never disconnects the element: keep the last keystrokes anyway.
    window[method]('pagehide', this.saveNow);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const keys = [
      'kinds',
      'endpoint',
      'format',
      'formAccessKey',
      'formName',
      'mailto',
      'minSeconds',
      'tipKey',
      'encrypt',
    ];
    if (this.hasUpdated && !changed.has('config') && !keys.some((k) => changed.has(k))) return;
    if (changed.has('config') || !this.hasUpdated)
      this.cfg = this.parseConfig(feedbackConfigSchema);
    const c = this.cfg;
    const [list, unknown] = pickKinds(
      this.kinds !== undefined ? splitList(this.kinds) : (c.kinds ?? [...KINDS]),
    );
    if (unknown.length)
      this.report(
        'kinds',
        `unknown kind${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}`,
      );
    this.list = list;
    if (!list.includes(this.draft.kind)) this.draft = { ...this.draft, kind: list[0] };
    const { dest, to, problems } = resolve({
      format: this.format ?? c.format,
      endpoint: this.endpoint ?? c.endpoint,
      accessKey: this.formAccessKey ?? c['access-key'],
      formName: this.formName ?? c['form-name'],
      mailto: this.mailto ?? c.mailto,
    });
    for (const [field, problem] of problems) this.report(field, problem);
    [this.dest, this.to] = [dest, to];
    if (Number.isNaN(this.minSeconds)) this.report('min-seconds', 'must be a number of seconds');
    this.resolveSeal(c);
  }

  /** Which kinds are sealed and to what key; anything doubtful leaves those kinds unsendable. */
  private resolveSeal(c: FeedbackConfig): void {
    const r = resolveSealing({
      encrypt: this.encrypt ?? c.encrypt,
      url: this.tipKey ?? c['tip-key'],
      armored: c.tipKey,
      format: this.dest?.format,
    });
    this.sealed = r.sealed;
    const sig = JSON.stringify(r);
    if (sig === this.keySig) return;
    this.keySig = sig;
    for (const [field, problem] of r.problems) this.report(field, problem);
    [this.keySource, this.key, this.keyLoad] = [r.source, r.refused, undefined];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // OpenPGP.js and the key load only once a reader picks a kind that is sealed.
    if (this.sealed.includes(this.draft.kind) && !this.keyLoad && !this.key) this.loadKey();
  }

  private loadKey(): Promise<TipKey> {
    const source = this.keySource;
    this.keyLoad = readTipKey(source).then((key) => {
      if (source !== this.keySource) return key;
      if (!key.ok) this.report('tip-key', key.detail);
      return (this.key = key);
    });
    return this.keyLoad;
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
      aria-label=${m.feedback}
      dir=${this.dir_}
      lang=${this.resolvedLang}
      @input=${this.onInput}
      @submit=${this.onSubmit}
    >
      ${
        this.list.length > 1
          ? html`<fieldset part="kinds">
              <legend>${m.kind}</legend>
              ${this.list.map(
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
      ${this.sealed.includes(kind) ? sealNote(this.key, m) : nothing}
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
    return this.sealed.includes(this.draft.kind) && this.key?.ok === false;
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
    saveDraft(pageUrl(), this.draft, this.sealed.includes(this.draft.kind) ? 'session' : undefined);
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
    const d = this.draft;
    const trap = this.renderRoot.querySelector<HTMLInputElement>('[name=website]')!.value;
    // A bot (honeypot filled, or faster than a person) is shown success and nothing is sent.
    if (
      looksLikeBot(
        trap,
        Math.min(this.shownAt, d.started || Infinity),
        this.minSeconds ?? this.cfg['min-seconds'],
      )
    )
      return this.finish();
    const result = toPayload(
      d,
      { url: pageUrl(), title: pageTitle().slice(0, LIMITS.title) },
      this.resolvedLang,
    );
    if ('problems' in result) {
      for (const [field, problem] of Object.entries(result.other)) this.report(field, problem);
      this.problems = result.problems;
      this.status = { type: 'check', text: m.check };
      await this.updateComplete;
      return this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
    let payload: FeedbackPayload = result.payload;
    this.busy = true;
    this.status = undefined;
    try {
      if (this.sealed.includes(d.kind)) {
        // A key already judged (ready or refused) stands; one still loading is waited for.
        const key = this.key ?? (await (this.keyLoad ?? this.loadKey()));
        if (!key.ok)
          return void (this.status = {
            type: 'failed',
            text: `${m.failed} ${sealProblem(key, m)}`,
          });
        const sealed = await sealPayload(key.key, result.payload).catch((error: Error) => {
          // A browser without Web Crypto (a plain-http page) cannot seal: say so, send nothing.
          this.report('tip-key', `could not encrypt (${error.message})`);
          return null;
        });
        if (sealed === null)
          return void (this.status = { type: 'failed', text: `${m.failed} ${m.sealUnreachable}` });
        if (!sealed) return void (this.status = { type: 'check', text: m.sealTooLong });
        payload = sealed;
      }
      if (!emit(this, 'afterword-feedback', { payload }, true)) return this.finish(payload, 'page');
      const subject = `${m[d.kind]}: ${payload.page.title}`.slice(0, 200);
      if (!this.dest && this.to && !isSealed(payload)) {
        this.openMail(mailtoUrl(this.to, subject, payload));
        this.status = { type: 'mail', text: m.mail };
        return this.sent(payload, 'mailto');
      }
      if (!this.dest) {
        this.report('endpoint', 'no endpoint or mailto: nothing could be sent');
        return this.fail(payload.id, { ok: false, retry: false, error: '' });
      }
      const outcome = await deliver({ ...this.dest, subject }, payload);
      if (outcome.ok) return this.finish(payload, this.dest.format);
      if (!outcome.retry) return this.fail(payload.id, outcome);
      this.reset();
      this.status = { type: 'queued', text: m.queued };
      emit(this, 'afterword-feedback-error', {
        id: payload.id,
        status: outcome.status,
        message: outcome.error,
        queued: true,
      });
      void this.retrier.run(false);
    } finally {
      this.busy = false;
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
    emit(this, 'afterword-feedback-sent', { id: p.id, kind: p.kind, via, retried });
  }

  /** Sent (or a bot turned away): the form starts afresh, unless the send came from the queue. */
  private finish(payload?: FeedbackPayload, via?: Format | 'page', retried = false): void {
    if (!retried) this.reset();
    this.status = { type: 'sent', text: this.messages('feedback').sent };
    if (payload) this.sent(payload, via!, retried);
  }

  private fail(id: string, o: Outcome & { ok: false }): void {
    this.status = { type: 'failed', text: `${this.messages('feedback').failed} ${o.error}`.trim() };
    emit(this, 'afterword-feedback-error', {
      id,
      status: o.status,
      message: o.error,
      queued: false,
    });
  }

  /** On connect (the next page view) and when the browser is back online: everything, now. */
  private retryAll = (): void => void this.retrier.run();

  private onRetried(item: Queued, o: Outcome): void {
    if (o.ok) return this.finish(item.payload, item.via, true);
    // Still waiting (on a later page view too): say so, so the reader knows the words are safe.
    if (o.retry)
      return void (this.status = { type: 'queued', text: this.messages('feedback').queued });
    // Refused on a later attempt: give the words back to the reader rather than drop them.
    if (!this.draft.message && !isSealed(item.payload)) {
      this.draft = fromPayload(item.payload);
      this.save();
    }
    this.fail(item.id, o);
  }
}

addMessages('feedback', strings);
define('afterword-feedback', AfterwordFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'afterword-feedback': AfterwordFeedback;
  }
}
