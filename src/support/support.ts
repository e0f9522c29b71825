// <afterword-support>: a "support my work" prompt, inline or as a considerate banner, linking to the author's provider.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { define } from '../shared/define.js';
import { addMessages, format, sectionFor, type Messages } from '../shared/localize.js';
import { support as strings } from '../locales/en/support.js';
import { tokens } from '../shared/tokens.js';
import { iconStyles } from '../shared/icons.js';
import { supportStyles } from './support.styles.js';
import { awayHours, recordDismiss, showNow } from './frequency.js';
import { countView, update } from './store.js';
import { SINCE, VISIT, type Handoff } from '../shared/handoff.js';
import type { GoalBar } from './goal-bar.js';
import { deepActive } from './active.js';
import { closeText, uncounted } from './copy.js';
import { closeButton, goalRoom, quietRow } from './parts.js';
import { ReaderChoices } from './reader.js';
import { ask, choiceFor, type AskHandlers, type Chosen } from './ask.js';
import { armTrigger } from './trigger.js';
import { providerUrl } from './providers.js';
import { supportConfigSchema, type Options } from './options.js';
import { changed } from '../shared/element.js';
import { SupportSettings } from './settings.js';

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
export class AfterwordSupport extends SupportSettings {
  @state() private open = false;
  @state() private chosen: Chosen = { pick: 0, amount: null, custom: false, every: 'once' };
  /** What the reader decided for themselves: supporter, counted or not, and what was counted. */
  private reader = new ReaderChoices(this, () => ({
    rules: this.options.rules,
    countsArticles: this.options.trigger.kind === 'articles',
    strings: this.strings(),
  }));
  /** The goal bar, its own part, once it is here (only when a goal is set). */
  @state() private goalBar?: GoalBar;
  /** The banner's focus handling, its own part, once it is here (only in banner mode). */
  @state() private bannerFocus?: typeof import('./banner-focus.js');

  /** The options that the trigger and the choices were last set up for. */
  private armedFor?: Options;
  private chosenFor?: Options;
  private disarm = (): void => {};
  /** Where the reader's focus last was outside the banner: closing it gives focus back there. */
  private returnTo?: HTMLElement;
  /** The bar moved to the top, for a focused control that no scrolling can bring above it. */
  @state() private atTop = false;

  static override styles = [tokens, iconStyles, supportStyles];

  /** A banner is fixed to the viewport: where its element stands does not matter. */
  protected override get eager(): boolean {
    return this.options.banner;
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
    this.reader.set(v);
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
    const { count, thanks, counting, done } = this.reader;
    const raw = this.strings();
    const m = counting ? raw : uncounted(raw, sectionFor('support', this.resolvedLang));
    const lang = this.resolvedLang;
    const fill = (s: string): string => format(s, { count, name });
    const heading = fill(thanks ? m.thanksHeading : m.heading);
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
      <p part="message">${fill(thanks ? m.thanksMessage : m.message)}</p>
      ${this.options.goal ? (this.goalBar?.render(lang, currency, m) ?? goalRoom()) : nothing}
      ${thanks ? nothing : ask(this.options, this.chosen, lang, m, this.on)}
      ${banner ? closeButton(closeText(lang, awayHours(this.options.rules), m), () => this.dismiss('close')) : nothing}
      ${quietRow(this.reader.controls(raw), done?.status ?? '', done?.undo)}
    </section>`;
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
