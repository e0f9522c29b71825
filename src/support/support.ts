// <afterword-support>: a "support my work" prompt, inline or as a considerate banner, linking to the author's provider.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AfterwordElement } from '../shared/element.js';
import { define } from '../shared/define.js';
import { addMessages, format, sectionFor, type Messages } from '../shared/localize.js';
import { support as strings } from '../locales/en/support.js';
import { pageUrl } from '../shared/page.js';
import { tokens } from '../shared/tokens.js';
import { iconStyles } from '../shared/icons.js';
import { supportStyles } from './support.styles.js';
import {
  awayHours,
  declareSupporter,
  isThanked,
  recordDismiss,
  resumeCounting,
  showNow,
  stopCounting,
} from './frequency.js';
import { countView, update } from './store.js';
import { SINCE, VISIT, type Handoff } from '../shared/handoff.js';
import type { GoalBar } from './goal-bar.js';
import { deepActive } from './active.js';
import { closeText, uncounted, usesCount } from './copy.js';
import { closeButton, goalRoom, quietRow, type Control } from './parts.js';
import { ask, choiceFor, type AskHandlers, type Chosen } from './ask.js';
import { armTrigger } from './trigger.js';
import type { Report } from '../shared/options.js';
import { providerUrl } from './providers.js';
import {
  STRING_ATTRS,
  camel,
  resolveOptions,
  supportConfigSchema,
  type Options,
} from './options.js';
import { changed, numeric, type Attributes } from '../shared/element.js';

// For npm users who import this element alone and add or change its strings.
export { registerLocale, type LocaleOverrides } from '../shared/localize.js';

export { supportConfigSchema };
export type { DismissEventDetail, SupportEventDetail } from './events.js';

/** What each piece of the reader's state is set up from: a change elsewhere leaves it alone. */
const CHOICES: (keyof Options)[] = ['entries', 'presets', 'amount', 'intervals', 'currency'];
const ARMING: (keyof Options)[] = ['banner', 'trigger', 'rules'];

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
 * @attr stop-counting - The "Don't count my visits" control; `count-again` undoes it on a later visit.
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
export class AfterwordSupport extends AfterwordElement<Options> {
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
  @property({ converter: numeric }) amount?: number | string;
  /** `once`, `monthly` or both; the first is chosen at first. Default `once`. */
  @property() intervals?: string;
  /** `inline` (default) or `banner`. */
  @property() mode?: string;
  /** When the banner appears: `immediate` (default), `scroll:<percent>`, `time:<seconds>`, `articles:<n>`. */
  @property() trigger?: string;
  /** Banner views per period (default 3; 0 = no limit). */
  @property({ attribute: 'max-views', converter: numeric }) maxViews?: number | string;
  /** The period for max-views, in days (default 30). */
  @property({ attribute: 'period-days', converter: numeric }) periodDays?: number | string;
  /** Days without the banner after the reader closes it (default 30). */
  @property({ attribute: 'snooze-days', converter: numeric }) snoozeDays?: number | string;
  /** Days without the banner after a supporter returns with `?afterword=thanks` (default 180). */
  @property({ attribute: 'thanks-days', converter: numeric }) thanksDays?: number | string;
  /** The author's name, for `{name}` in the copy. */
  @property() name?: string;
  /** Hours between two showings of the banner (default 20). */
  @property({ attribute: 'min-gap-hours', converter: numeric }) minGapHours?: number | string;
  /** A campaign id: a new one starts fresh views and snooze (never the supporter state). */
  @property() campaign?: string;
  /** ISO date: the banner shows only from this day on. */
  @property() starts?: string;
  /** ISO date: the banner shows only through this day. */
  @property() ends?: string;
  /** The address of a JSON file on this site, `{ "raised", "target", "supporters" }`. */
  @property() goal?: string;

  @state() private open = false;
  @state() private chosen: Chosen = { pick: 0, amount: null, custom: false, every: 'once' };
  @state() private count = 0;
  @state() private thanks = false;
  @state() private counting = true;
  /** The goal bar, its own part, once it is here (only when a goal is set). */
  @state() private goalBar?: GoalBar;
  /** The banner's focus handling, its own part, once it is here (only in banner mode). */
  @state() private bannerFocus?: typeof import('./banner-focus.js');
  /** Just after a quiet control: what happened, and its undo. */
  @state() private done?: { status: string; undo: Control };

  /** The options that the trigger and the choices were last set up for. */
  private armedFor?: Options;
  private chosenFor?: Options;
  private disarm = (): void => {};
  /** Where the reader's focus last was outside the banner: closing it gives focus back there. */
  private returnTo?: HTMLElement;
  /** The bar moved to the top, for a focused control that no scrolling can bring above it. */
  @state() private atTop = false;

  static override styles = [tokens, iconStyles, supportStyles];

  /** Every visible string is a setting too (`heading`, `thanks-heading`…), declared like the rest. */
  static override properties = Object.fromEntries(
    STRING_ATTRS.map((attribute) => [camel(attribute), { attribute }]),
  );

  /** A banner is fixed to the viewport: where its element stands does not matter. */
  protected override get eager(): boolean {
    return this.options.banner;
  }

  protected resolveOptions(a: Attributes, json: Record<string, unknown>, r: Report): Options {
    return resolveOptions(a, json, r);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('keydown', this.onKey);
    document.addEventListener('focusin', this.onPageFocus);
    // Focus moving inside another element's shadow root never reaches the document as focusin.
    addEventListener('keyup', this.onPageFocus);
    addEventListener('resize', this.align);
    // Counting and the banner's trigger do not wait for the prompt to render.
    this.arm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('keydown', this.onKey);
    document.removeEventListener('focusin', this.onPageFocus);
    removeEventListener('keyup', this.onPageFocus);
    removeEventListener('resize', this.align);
    this.disarm();
    this.armedFor = undefined;
  }

  /** Also waits for the update that re-arming (in updated()) causes. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (!done) done = await super.getUpdateComplete();
    return done;
  }

  protected override willUpdate(props: PropertyValues): void {
    super.willUpdate(props);
    const o = this.options;
    const before = this.chosenFor;
    this.chosenFor = o;
    // The reader's choice stays unless what it was chosen from changed (a new language does not).
    if (changed(before, o, CHOICES))
      this.chosen = { pick: 0, amount: o.amount, custom: false, every: o.intervals[0] };
    // Rare paths, each its own part: the goal bar when a goal is set, the banner's focus handling.
    if (o.goal && !this.goalBar)
      this.loadPart(
        'goal',
        () => import('./goal-bar.js'),
        (m) => {
          this.goalBar = new m.GoalBar(
            this,
            // A banner's goal file is fetched only once the banner shows.
            () => (this.options.banner && !this.open ? undefined : this.options.goal),
            (url, problem) => this.report('goal', `${url}: ${problem}`),
          );
        },
      );
    if (o.banner && !this.bannerFocus)
      this.loadPart(
        'banner',
        () => import('./banner-focus.js'),
        (m) => {
          this.bannerFocus = m;
          this.align();
        },
      );
  }

  private parts = new Set<string>();

  /** Fetches a rare part once; one that fails to load is reported, and the prompt goes on without it. */
  private loadPart<M>(name: string, load: () => Promise<M>, ready: (m: M) => void): void {
    if (this.parts.has(name)) return;
    this.parts.add(name);
    load().then(ready, (e: Error) => this.report(name, `its code did not load (${e.message})`));
  }

  protected override updated(props: PropertyValues): void {
    if (props.has('open') && this.open) this.align();
    if (changed(this.armedFor, this.options, ARMING) && this.isConnected) {
      this.arm();
      this.clearOther();
    }
  }

  /** Counts this read, notices a thanks return, and arms the banner's trigger. */
  private arm(): void {
    this.disarm();
    const o = (this.armedFor = this.options);
    const { rules, banner, trigger } = o;
    // The loader may have counted this view already, before this code arrived.
    const self = this as Handoff;
    const v = (self[VISIT] as ReturnType<typeof countView>) ?? countView(rules, trigger);
    delete self[VISIT];
    [this.count, this.thanks, this.counting] = [v.count, v.thanks, v.counting];
    if (!banner || this.open) return;
    if (v.thanked) this.open = true;
    else if (!v.allowed) return;
    else if (trigger.kind !== 'articles')
      this.disarm = armTrigger(trigger, this.show, (this as Handoff)[SINCE]);
    else if (v.due) this.show();
  }

  private show = (): void => {
    this.disarm();
    // Another tab or widget may have used up the views since this page armed the trigger.
    this.open = update((s, now) => showNow(s, this.options.rules, now));
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
    const f = this.bannerFocus;
    if (f && this.open && this.options.banner)
      requestAnimationFrame(() => void f.keepClear(a, bar, flip));
  };

  /** Lines the bar's content up with the page's column (measured, never changed). */
  private align = (): void =>
    this.bannerFocus?.alignBar(this, this.renderRoot.querySelector<HTMLElement>('.banner'));

  private dismiss(reason: 'close' | 'escape'): void {
    update(recordDismiss);
    const hadFocus = document.activeElement === this;
    this.open = false;
    this.atTop = false;
    this.emit('afterword-dismiss', { reason });
    if (hadFocus && this.returnTo?.isConnected) this.returnTo.focus();
  }

  /** The reader's choices, and the click that leaves for the provider. */
  private on: AskHandlers = {
    choose: (change, preset = false) => {
      this.chosen = { ...this.chosen, ...change };
      if (preset) this.clearOther();
    },
    custom: (event) => {
      const input = event.target as HTMLInputElement;
      const v = input.valueAsNumber;
      const custom = input.value !== '' || input.validity.badInput;
      this.on.choose({ custom, amount: v > 0 ? v : custom ? null : this.options.amount });
    },
    go: (event) => {
      if (event.type === 'auxclick' && event.button !== 1) return;
      const e = this.options.entries[this.chosen.pick];
      const c = choiceFor(this.options, this.chosen);
      this.emit('afterword-support', { provider: e.provider, ...c, url: providerUrl(e, c) });
    },
  };

  /** The locale's strings with `config.messages`, then config keys and attributes, applied. */
  private strings(): Messages['support'] {
    return { ...this.messages('support'), ...this.options.strings };
  }

  protected override render(): TemplateResult {
    const { entries, currency, banner, name } = this.options;
    const e = entries[this.chosen.pick];
    if (!e || (banner && !this.open)) return html``;
    const raw = this.strings();
    const m = this.counting ? raw : uncounted(raw, sectionFor('support', this.resolvedLang));
    const lang = this.resolvedLang;
    const fill = (s: string): string => format(s, { count: this.count, name });
    const heading = fill(this.thanks ? m.thanksHeading : m.heading);
    // The banner and an inline prompt on the same page are two regions with two names.
    return html`<section
      part="base"
      class=${banner ? (this.atTop ? 'banner top' : 'banner') : ''}
      aria-labelledby=${banner ? nothing : 'h'}
      aria-label=${banner ? format(m.bannerLabel, { heading }) : nothing}
      dir=${this.dir_}
      lang=${lang}
    >
      <h2 id="h" part="heading">${heading}</h2>
      <p part="message">${fill(this.thanks ? m.thanksMessage : m.message)}</p>
      ${this.options.goal ? (this.goalBar?.render(lang, currency, m) ?? goalRoom()) : nothing}
      ${this.thanks ? nothing : ask(this.options, this.chosen, lang, m, this.on)}
      ${banner ? closeButton(closeText(lang, awayHours(this.options.rules), m), () => this.dismiss('close')) : nothing}
      ${quietRow(this.controls(raw), this.done?.status ?? '', this.done?.undo)}
    </section>`;
  }

  /** The reader's own controls: "I already support you", and "Don't count my visits" where counting shows. */
  private controls(m: Messages['support']): Control[] {
    const c: Control[] = [];
    if (!this.thanks) c.push({ id: 'supporter', text: m.alreadySupport, run: this.declare });
    const counts = [m.heading, m.message, m.thanksHeading, m.thanksMessage].some(usesCount);
    if (counts || this.options.trigger.kind === 'articles')
      c.push(
        this.counting
          ? { id: 'uncount', text: m.stopCounting, run: this.uncount }
          : { id: 'count', text: m.countAgain, run: () => this.recount('uncount') },
      );
    return c;
  }

  /** "I already support you": the thank-you instead of asks for thanks-days, as after a thanks return. */
  private declare = (): void => {
    const before = update(declareSupporter);
    this.thanks = true;
    void this.offerUndo('', 'supporter', () => {
      const rules = this.options.rules;
      this.thanks = update((s, now) => ((s.thanked = before), isThanked(s, rules, now)));
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

  private clearOther(): void {
    const other = this.renderRoot?.querySelector<HTMLInputElement>('[type=number]');
    if (other) other.value = '';
  }
}

addMessages('support', strings);
define('afterword-support', AfterwordSupport);

declare global {
  interface HTMLElementTagNameMap {
    'afterword-support': AfterwordSupport;
  }
}
