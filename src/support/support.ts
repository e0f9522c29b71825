// <afterword-support>: a "support my work" prompt, inline or as a considerate banner, linking to the author's provider.
import { html, nothing, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AfterwordElement } from '../shared/element.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { addMessages, format, sectionFor, type Messages } from '../shared/localize.js';
import { support as strings } from '../locales/support.js';
import { pageUrl } from '../shared/page.js';
import { tokens } from '../shared/tokens.js';
import { heartIcon, icon, iconStyles } from '../shared/icons.js';
import { supportStyles } from './support.styles.js';
import {
  awayHours,
  declareSupporter,
  firesOnLoad,
  isThanked,
  recordDismiss,
  resumeCounting,
  showNow,
  stopCounting,
  visit,
} from './frequency.js';
import { update } from './store.js';
import { fetchGoalNear, goalText, type Goal } from './goal.js';
import { closeText, uncounted, usesCount } from './copy.js';
import { closeButton, goalBar, quietRow, type Control } from './parts.js';
import { alignBar, deepActive, keepClear } from './banner-focus.js';
import {
  currencySign,
  money,
  providerName,
  providerUrl,
  takesAmount,
  type Choice,
  type Entry,
  type Interval,
} from './providers.js';
import {
  STRING_ATTRS,
  camel,
  kebab,
  readOptions,
  supportConfigSchema,
  type Options,
  type SupportConfig,
} from './options.js';

// For npm users who import this element alone and add or change its strings.
export { registerLocale, type LocaleOverrides } from '../shared/localize.js';

export { supportConfigSchema };

/**
 * A "support my work" prompt: choose a provider, an amount and how often, then leave for the provider.
 * @tagname afterword-support
 * @summary Support prompt for PayPal, Ko-fi, Buy Me a Coffee, Liberapay, Open Collective, GitHub Sponsors, Patreon, Stripe or any https link; inline or as a banner with frequency rules.
 * @attr heading - The heading; `{name}` (the author) and `{count}` (articles read in 30 days) are filled in, as in every string.
 * @attr message - The text under the heading.
 * @attr pay-with - The accessible name of the provider choice.
 * @attr amount-label - The accessible name of the amount choice.
 * @attr how-often - The accessible name of the once/monthly choice.
 * @attr other-amount - The label of the field for another amount.
 * @attr once - The one-off choice.
 * @attr monthly - The monthly choice.
 * @attr cta - The link's text; `{provider}` is the provider's name.
 * @attr close - The banner's close button, when it may come back at once (`snooze-days` and `min-gap-hours` 0).
 * @attr close-for - The banner's close button: how long it stays away; `{time}` is "30 days".
 * @attr thanks-heading - The heading shown to a supporter who came back with `?afterword=thanks`.
 * @attr thanks-message - The text under it.
 * @attr already-support - The quiet "I already support you" control.
 * @attr no-count - The "Don't count my visits" control; `count-again` undoes it on a later visit.
 * @attr goal-of - The goal's text, `{raised} of {target}`; `goal-supporters` adds the count by plural form.
 * @fires afterword-support - The reader follows the link to the provider; detail `{ provider, amount, currency, interval, url }`.
 * @fires afterword-dismiss - The reader closed the banner; detail `{ reason: 'close' | 'escape' }`.
 * @csspart base - The card, or the bar in banner mode.
 * @csspart heading - The heading.
 * @csspart message - The message under it.
 * @csspart button - The link to the provider.
 * @csspart close - The banner's close button.
 * @csspart goal - The goal: its progress bar and text.
 */
export class AfterwordSupport extends AfterwordElement {
  protected get tag(): string {
    return 'afterword-support';
  }

  /** `paypal kofi buymeacoffee liberapay opencollective github patreon stripe link`; several via `config.providers`. */
  @property() provider?: string;
  /** The account (PayPal: an email address, else a hosted button id). */
  @property() account?: string;
  /** The https: address for `stripe` (a Payment Link) and `link`. */
  @property() href?: string;
  /** ISO 4217 code; default `USD`. */
  @property() currency?: string;
  /** Preset amounts in major units, separated by commas or spaces; default 5 10 25, scaled for the currency. */
  @property() amounts?: string;
  /** The amount chosen at first; default the middle preset. */
  @property({ type: Number }) amount?: number;
  /** `once`, `monthly` or both; the first is chosen at first. Default `once`. */
  @property() intervals?: string;
  /** `inline` (default) or `banner`. */
  @property() mode?: string;
  /** When the banner appears: `immediate` (default), `scroll:<percent>`, `time:<seconds>`, `articles:<n>`. */
  @property() trigger?: string;
  /** Banner views per period (default 3; 0 = no limit). */
  @property({ attribute: 'max-views', type: Number }) maxViews?: number;
  /** The period for max-views, in days (default 30). */
  @property({ attribute: 'period-days', type: Number }) periodDays?: number;
  /** Days without the banner after the reader closes it (default 30). */
  @property({ attribute: 'snooze-days', type: Number }) snoozeDays?: number;
  /** Days without the banner after a supporter returns with `?afterword=thanks` (default 180). */
  @property({ attribute: 'thanks-days', type: Number }) thanksDays?: number;
  /** The author's name, for `{name}` in the copy. */
  @property() name?: string;
  /** Hours between two showings of the banner (default 20). */
  @property({ attribute: 'min-gap-hours', type: Number }) minGapHours?: number;
  /** A campaign id: a new one starts fresh views and snooze (never the supporter state). */
  @property() campaign?: string;
  /** ISO dates: the banner shows only from `starts` through `ends`. */
  @property() starts?: string;
  @property() ends?: string;
  /** The address of a JSON file on this site, `{ "raised", "target", "supporters" }`. */
  @property() goal?: string;

  @state() private open = false;
  @state() private pick = 0;
  @state() private amt: number | null = null;
  @state() private custom = false;
  @state() private every: Interval = 'once';

  @state() private count = 0;
  @state() private thanks = false;
  @state() private counting = true;
  @state() private goalData?: Goal;
  /** A goal file is on its way: its room is kept, so nothing below moves when it comes. */
  @state() private goalWait = false;
  /** Just after a quiet control: what happened, and its undo. */
  @state() private done?: { status: string; undo: Control };

  private cfg: SupportConfig = {};
  private o!: Options;
  private rearm = false;
  private goalFor?: string;
  private goalFailed?: string;
  private goalStop?: () => void;
  private timer?: ReturnType<typeof setTimeout>;
  /** Where the reader's focus last was outside the banner: closing it gives focus back there. */
  private returnTo?: HTMLElement;
  /** The bar moved to the top, for a focused control that no scrolling can bring above it. */
  @state() private atTop = false;

  static override styles = [tokens, iconStyles, supportStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...STRING_ATTRS];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('keydown', this.onKey);
    document.addEventListener('focusin', this.onPageFocus);
    // Focus moving inside another element's shadow root never reaches the document as focusin.
    addEventListener('keyup', this.onPageFocus);
    addEventListener('resize', this.align);
    if (!this.hasUpdated) return;
    this.arm();
    this.loadGoal();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('keydown', this.onKey);
    document.removeEventListener('focusin', this.onPageFocus);
    removeEventListener('keyup', this.onPageFocus);
    removeEventListener('resize', this.align);
    this.disarm();
    this.goalStop?.();
    if (!this.goalData) this.goalFor = undefined;
  }

  /** Also waits for the update that counting (in updated()) causes. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (!done) done = await super.getUpdateComplete();
    return done;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const props = (this.constructor as typeof ReactiveElement).elementProperties;
    if (this.hasUpdated && ![...changed.keys()].some((k) => !props.get(k)?.state)) return;
    if (changed.has('config') || !this.hasUpdated) this.cfg = this.parseConfig(supportConfigSchema);
    const own = this as unknown as Record<string, unknown>;
    const cfg = this.cfg as Record<string, unknown>;
    this.o = readOptions(
      (k) => own[camel(k)] ?? cfg[k],
      (field, problem) => this.report(field, problem),
    );
    this.pick = 0;
    this.amt = this.o.amount;
    this.custom = false;
    this.every = this.o.intervals[0];
    this.clearOther();
    const g = this.o.goal;
    this.goalData = g && 'data' in g ? g.data : g?.url === this.goalFor ? this.goalData : undefined;
    this.goalWait = !!g && 'url' in g && !this.goalData && g.url !== this.goalFailed;
    this.rearm = true;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open') && this.open) this.align();
    if (this.rearm) {
      this.rearm = false;
      this.arm();
    }
    this.loadGoal();
  }

  /** Fetches the goal file once the prompt is on (or near) the screen, and only then. */
  private loadGoal(): void {
    const g = this.o.goal;
    const url = g && 'url' in g ? g.url : undefined;
    const base = this.renderRoot.querySelector('[part=base]');
    if (!url || url === this.goalFor || !base) return;
    this.goalStop?.();
    this.goalFor = url;
    this.goalStop = fetchGoalNear(
      base,
      url,
      (data) => url === this.goalFor && ([this.goalData, this.goalWait] = [data, false]),
      (problem) => {
        [this.goalFailed, this.goalWait] = [url, false];
        this.report('goal', `${url}: ${problem}`);
      },
    );
  }

  /** Counts this read, notices a thanks return, and sets the banner's trigger. */
  private arm(): void {
    this.disarm();
    const { rules, banner, trigger } = this.o;
    const back = new URLSearchParams(location.search).get('afterword') === 'thanks';
    const v = update((s, now) => {
      const v = visit(s, rules, pageUrl(), now, back);
      return { ...v, due: firesOnLoad(trigger, s, v.count) };
    });
    [this.count, this.thanks, this.counting] = [v.count, v.thanks, v.counting];
    if (!banner || this.open) return;
    if (v.thanked) this.open = true;
    else if (!v.allowed) return;
    else if (trigger.kind === 'time') this.timer = setTimeout(this.show, trigger.n * 1000);
    else if (trigger.kind === 'scroll') {
      addEventListener('scroll', this.onScroll, { passive: true });
      // The first check waits for a frame: reading the page height now would force a layout
      // of the whole page while it is still loading.
      requestAnimationFrame(this.onScroll);
    } else if (v.due) this.show();
  }

  private disarm(): void {
    clearTimeout(this.timer);
    removeEventListener('scroll', this.onScroll);
  }

  private show = (): void => {
    this.disarm();
    // Another tab or widget may have used up the views since this page armed the trigger.
    this.open = update((s, now) => showNow(s, this.o.rules, now));
  };

  private onScroll = (): void => {
    if (
      this.isConnected &&
      this.o.trigger.kind === 'scroll' &&
      (scrollY + innerHeight) * 100 >= this.o.trigger.n * document.documentElement.scrollHeight
    )
      this.show();
  };

  private onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.open || e.defaultPrevented) return;
    // Escape belongs to the innermost thing that has it: the page's fields and dialogs, and those
    // in other elements' shadow roots (a fediverse dialog, the feedback textarea), but in the
    // banner it closes the banner.
    const path = e.composedPath();
    const own = path.includes(this);
    const field = path.some(
      (n) => n instanceof Element && n.matches('input,textarea,select,dialog,[contenteditable]'),
    );
    if (own || !field) this.dismiss('escape');
  };

  /** Notes where focus is outside the banner, and keeps the bar off the focused control. */
  private onPageFocus = (): void => {
    const a = deepActive();
    if (!(a instanceof HTMLElement) || this.renderRoot.contains(a) || this.contains(a)) return;
    this.returnTo = a;
    const bar = (): Element | null => this.renderRoot.querySelector('[part=base]');
    const flip = (): Promise<unknown> => ((this.atTop = !this.atTop), this.updateComplete);
    if (this.open && this.o.banner) requestAnimationFrame(() => void keepClear(a, bar, flip));
  };

  /** Lines the bar's content up with the page's column (measured, never changed). */
  private align = (): void => alignBar(this, this.renderRoot.querySelector<HTMLElement>('.banner'));

  private dismiss(reason: 'close' | 'escape'): void {
    update(recordDismiss);
    const hadFocus = document.activeElement === this;
    this.open = false;
    this.atTop = false;
    emit(this, 'afterword-dismiss', { reason });
    if (hadFocus && this.returnTo?.isConnected) this.returnTo.focus();
  }

  private choice(e: Entry): Choice {
    const { currency } = this.o;
    return {
      amount: takesAmount(e.provider) && currency ? this.amt : null,
      currency,
      interval: this.every,
    };
  }

  private go(event: MouseEvent): void {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const e = this.o.entries[this.pick];
    const c = this.choice(e);
    emit(this, 'afterword-support', { provider: e.provider, ...c, url: providerUrl(e, c) });
  }

  /** The locale's strings with `config.messages`, config keys and attributes applied, in that order. */
  private strings(): Messages['support'] {
    const m: Record<string, string> = { ...this.messages('support') };
    const cfg = this.cfg as Record<string, string | undefined>;
    for (const k in m) m[k] = this.getAttribute(kebab(k)) ?? cfg[kebab(k)] ?? m[k];
    return m as Messages['support'];
  }

  protected override render(): TemplateResult {
    const { entries, currency, presets, intervals, banner } = this.o;
    const e = entries[this.pick];
    if (!e || (banner && !this.open)) return html``;
    const raw = this.strings();
    const m = this.counting ? raw : uncounted(raw, sectionFor('support', this.resolvedLang));
    const lang = this.resolvedLang;
    const fill = (s: string): string =>
      format(s, { count: this.count, name: this.name ?? this.cfg.name ?? '' });
    // Formatting is costly the first time on a page: only when amounts are offered.
    const takes = takesAmount(e.provider) && !!currency;
    // A choice no provider here can take is not rendered at all; one the current provider can't
    // take is hidden, so a custom amount survives switching providers and back.
    const amounts = !!currency && entries.some((x) => takesAmount(x.provider));
    const heading = fill(this.thanks ? m.thanksHeading : m.heading);
    // The banner and an inline prompt on the same page are two regions with two names.
    return html`<section
      part="base"
      class=${banner ? (this.atTop ? 'banner top' : 'banner') : ''}
      aria-labelledby=${banner ? nothing : 'h'}
      aria-label=${banner ? format(m.bannerLabel, { heading }) : nothing}
      dir=${this.dir_}
      lang=${this.resolvedLang}
    >
      <h2 id="h" part="heading">${heading}</h2>
      <p part="message">${fill(this.thanks ? m.thanksMessage : m.message)}</p>
      ${goalBar(this.goalData, this.goalData ? goalText(lang, currency, this.goalData, m) : '', this.goalWait)}
      ${
        this.thanks
          ? nothing
          : html`${
                entries.length < 2
                  ? nothing
                  : this.group(
                      'p',
                      m.payWith,
                      entries.map((x, i) => [i, providerName(x)]),
                      this.pick,
                      false,
                    )
              }
              ${
                !amounts
                  ? nothing
                  : this.group(
                      'a',
                      m.amountLabel,
                      takes ? presets.map((v) => [v, money(this.resolvedLang, currency, v)]) : [],
                      this.custom ? -1 : this.amt,
                      !takes,
                      this.other(m.otherAmount, currency),
                    )
              }
              ${
                !amounts || intervals.length < 2
                  ? nothing
                  : this.group(
                      'i',
                      m.howOften,
                      intervals.map((v) => [v, m[v]]),
                      this.every,
                      !takes,
                    )
              }
              <a
                part="button"
                href=${providerUrl(e, this.choice(e))}
                target="_blank"
                rel="noopener noreferrer"
                @click=${this.go}
                @auxclick=${this.go}
                >${icon(heartIcon)}${format(m.cta, { provider: providerName(e) })}${' '}<span
                  class="sr-only"
                  >${m.newTab}</span
                ></a
              >`
      }
      ${banner ? closeButton(closeText(lang, awayHours(this.o.rules), m), () => this.dismiss('close')) : nothing}
      ${quietRow(this.controls(raw), this.done?.status ?? '', this.done?.undo)}
    </section>`;
  }

  /** The reader's own controls: "I already support you", and "Don't count my visits" where counting shows. */
  private controls(m: Messages['support']): Control[] {
    const c: Control[] = [];
    if (!this.thanks) c.push({ id: 'supporter', text: m.alreadySupport, run: this.declare });
    const counts = [m.heading, m.message, m.thanksHeading, m.thanksMessage].some(usesCount);
    if (counts || this.o.trigger.kind === 'articles')
      c.push(
        this.counting
          ? { id: 'uncount', text: m.noCount, run: this.uncount }
          : { id: 'count', text: m.countAgain, run: () => this.recount('uncount') },
      );
    return c;
  }

  /** "I already support you": the thank-you instead of asks for thanks-days, as after a thanks return. */
  private declare = (): void => {
    const before = update(declareSupporter);
    this.thanks = true;
    void this.offerUndo('', 'supporter', () => {
      this.thanks = update((s, now) => ((s.thanked = before), isThanked(s, this.o.rules, now)));
    });
  };

  private uncount = (): void => {
    const reads = update(stopCounting);
    [this.count, this.counting] = [0, false];
    void this.offerUndo(this.strings().notCounting, 'uncount', () => this.recount('', reads));
  };

  private recount(focus: string, reads?: Record<string, number>): void {
    this.count = update((s, now) => resumeCounting(s, pageUrl(), now, reads));
    this.counting = true;
    if (focus) void this.updateComplete.then(() => this.focusOn(focus));
  }

  /** Says what happened with an Undo, which gets focus; undoing gives focus back to the control. */
  private async offerUndo(status: string, control: string, undo: () => void): Promise<void> {
    const run = async (): Promise<void> => {
      undo();
      this.done = undefined;
      await this.updateComplete;
      this.focusOn(control);
    };
    this.done = { status, undo: { id: 'undo', text: this.strings().undo, run } };
    await this.updateComplete;
    this.focusOn('undo');
  }

  private focusOn(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** A row of radio chips; hidden (not just disabled) where the provider cannot take the choice. */
  private group<T>(
    name: string,
    label: string,
    options: [T, string][],
    value: T,
    hidden: boolean,
    extra: unknown = nothing,
  ): TemplateResult {
    return html`<fieldset ?hidden=${hidden}>
      <legend>${label}</legend>
      ${options.map(
        ([v, label]) =>
          html`<label class="chip"
            ><input
              type="radio"
              name=${name}
              .checked=${v === value}
              @change=${() => this.choose(name, v)}
            />${label}</label
          >`,
      )}${extra}
    </fieldset>`;
  }

  /** "Other amount", with the currency's sign where the presets show it (€ 12, 12 €). */
  private other(label: string, currency: string): TemplateResult {
    const [sign, side] = currencySign(this.resolvedLang, currency);
    const affix = html`<span class="sign" aria-hidden="true">${sign}</span>`;
    return html`<label class="chip other"
      ><span>${label}</span>${side === 'before' ? affix : nothing}<input
        type="number"
        min="0"
        step="any"
        inputmode="decimal"
        @input=${this.onCustom}
      />${side === 'after' ? affix : nothing}<span class="sr-only">${currency}</span></label
    >`;
  }

  private choose(name: string, v: unknown): void {
    if (name === 'p') this.pick = v as number;
    else if (name === 'i') this.every = v as Interval;
    else {
      this.amt = v as number;
      this.custom = false;
      this.clearOther();
    }
  }

  private clearOther(): void {
    const other = this.renderRoot?.querySelector<HTMLInputElement>('[type=number]');
    if (other) other.value = '';
  }

  private onCustom(event: Event): void {
    const input = event.target as HTMLInputElement;
    const v = input.valueAsNumber;
    this.custom = input.value !== '' || input.validity.badInput;
    this.amt = v > 0 ? v : this.custom ? null : this.o.amount;
  }
}

addMessages('support', strings);
define('afterword-support', AfterwordSupport);

declare global {
  interface HTMLElementTagNameMap {
    'afterword-support': AfterwordSupport;
  }
}
