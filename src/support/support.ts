// <afterword-support>: a "support my work" prompt, inline or as a considerate banner, linking to the author's provider.
import { html, nothing, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AfterwordElement } from '../shared/element.js';
import { listSchema, splitList, z } from '../shared/config.js';
import { commonConfig } from '../shared/schemas.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { format, type Messages } from '../shared/localize.js';
import { pageUrl } from '../shared/page.js';
import { readJson, writeJson } from '../shared/storage.js';
import { tokens } from '../shared/tokens.js';
import { closeIcon, heartIcon, icon, iconStyles } from '../shared/icons.js';
import { en } from '../locales/en.js';
import { supportStyles } from './support.styles.js';
import {
  DEFAULT_RULES, STORE_KEY, isThanked, load, markThanks, mayShow, parseTrigger, recordDismiss, recordRead,
  recordView, type Rules, type Trigger,
} from './frequency.js';
import {
  checkEntry, defaultAmounts, isCurrency, money, providerName, providerUrl, takesAmount,
  type Choice, type Entry, type Interval,
} from './providers.js';

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** Every visible string is also an attribute: `heading`, `message`, `thanks-heading`, `pay-with`… */
const STRING_ATTRS = Object.keys(en.support).map(kebab);
const num = z.optional(z.number());
const text = z.optional(z.string());

export const supportConfigSchema = z.strictObject({
  ...commonConfig,
  ...(Object.fromEntries(STRING_ATTRS.map((k) => [k, text])) as {}),
  provider: text,
  account: text,
  href: text,
  providers: z.optional(z.array(z.strictObject({ provider: z.string(), account: text, href: text }))),
  currency: text,
  amounts: z.optional(z.union([z.string(), z.array(z.number())])),
  amount: num,
  intervals: z.optional(listSchema),
  mode: text,
  trigger: text,
  'max-views': num,
  'period-days': num,
  'snooze-days': num,
  'thanks-days': num,
  name: text,
});
type SupportConfig = z.infer<typeof supportConfigSchema>;

/**
 * A "support my work" prompt: choose a provider, an amount and how often, then leave for the provider.
 * @summary Support prompt for PayPal, Ko-fi, Buy Me a Coffee, Liberapay, Open Collective, GitHub Sponsors, Patreon, Stripe or any https link; inline or as a banner with frequency rules.
 * @attr heading - Heading; every string has an attribute (`message`, `thanks-heading`, `thanks-message`, `pay-with`, `amount-label`, `other-amount`, `frequency`, `once`, `monthly`, `cta`, `close`). `{count}` and `{name}` are filled in.
 * @fires afterword-support - The reader follows the link to the provider; detail `{ provider, amount, currency, interval, url }`.
 * @fires afterword-dismiss - The reader closed the banner; detail `{ reason: 'close' | 'escape' }`.
 * @csspart base - The card or bar.
 * @csspart heading - The heading.
 * @csspart message - The message under it.
 * @csspart button - The link to the provider.
 * @csspart close - The banner's close button.
 */
export class AfterwordSupport extends AfterwordElement {
  protected get tag(): string {
    return 'afterword-support';
  }

  /** `paypal kofi buymeacoffee liberapay opencollective github patreon stripe link`; several via `config.providers`. */
  @property() provider?: string;
  /** The account (PayPal: email address or hosted button id). */
  @property() account?: string;
  /** The https: address for `stripe` (a Payment Link) and `link`. */
  @property() href?: string;
  /** ISO 4217 code; default `USD`. */
  @property() currency?: string;
  /** Preset amounts in major units, separated by commas or spaces; default 5 10 25 (scaled for the currency). */
  @property() amounts?: string;
  /** The amount chosen at first; default the middle preset. */
  @property({ type: Number }) amount?: number;
  /** `once`, `monthly` or both; the first is chosen at first. */
  @property() intervals?: string;
  /** `inline` (default) or `banner`. */
  @property() mode?: string;
  /** When the banner appears: `immediate`, `scroll:<percent>`, `time:<seconds>`, `articles:<n>`. */
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

  @state() private open = false;
  @state() private pick = 0;
  @state() private amt: number | null = null;
  @state() private custom = false;
  @state() private every: Interval = 'once';
  @query('[type=number]') private other?: HTMLInputElement;

  private cfg: SupportConfig = {};
  private list: Entry[] = [];
  private presets: number[] = [];
  private first: number | null = null;
  private cur = '';
  private intervalList: Interval[] = ['once'];
  private banner = false;
  private trig: Trigger = { kind: 'immediate', n: 0 };
  private rules: Rules = DEFAULT_RULES;
  private count = 0;
  private thanks = false;
  private timer?: ReturnType<typeof setTimeout>;
  private returnTo?: HTMLElement;

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
    if (this.hasUpdated) this.arm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('keydown', this.onKey);
    this.disarm();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const props = (this.constructor as typeof ReactiveElement).elementProperties;
    if (this.hasUpdated && ![...changed.keys()].some((k) => !props.get(k)?.state)) return;
    if (changed.has('config') || !this.hasUpdated) this.cfg = this.parse(supportConfigSchema, this.rawConfig, '') ?? {};
    const c = this.cfg;

    const p = this.provider ?? c.provider;
    const entries = p !== undefined ? [{ provider: p, account: this.account ?? c.account, href: this.href ?? c.href }] : (c.providers ?? []);
    if (!entries.length) this.report('provider', 'missing: set provider (with account or href) or config.providers');
    this.list = [];
    entries.forEach((e, i) => {
      const entry = { ...e, provider: e.provider.trim().toLowerCase() };
      const bad = checkEntry(entry);
      if (bad) this.report(p !== undefined ? bad[0] : `providers.${i}.${bad[0]}`, bad[1]);
      else this.list.push(entry);
    });
    this.pick = 0;

    const cur = (this.currency ?? c.currency ?? 'USD').trim().toUpperCase();
    this.cur = isCurrency(cur) ? cur : '';
    if (!this.cur) this.report('currency', `"${cur}" is not an ISO 4217 currency code; amounts are left to the provider`);
    const given = this.amounts ?? c.amounts;
    const raw = typeof given === 'string' ? splitList(given) : (given ?? []);
    const bad = raw.filter((v) => !(Number(v) > 0));
    if (bad.length) this.report('amounts', `not positive numbers: ${bad.join(', ')}`);
    let presets = raw.map(Number).filter((v) => v > 0);
    if (!presets.length) presets = defaultAmounts(cur);
    const a = this.amount ?? c.amount;
    if (a !== undefined && !(a > 0)) this.report('amount', `"${this.getAttribute('amount') ?? a}" is not a positive number`);
    if (a! > 0 && !presets.includes(a!)) presets = [...presets, a!].sort((x, y) => x - y);
    this.presets = presets;
    this.amt = this.first = a! > 0 ? a! : presets[(presets.length - 1) >> 1];
    this.custom = false;
    if (this.other) this.other.value = '';

    const iv = this.intervals !== undefined ? splitList(this.intervals) : (c.intervals ?? ['once']);
    const badIv = iv.filter((v) => v !== 'once' && v !== 'monthly');
    if (badIv.length) this.report('intervals', `unknown ${badIv.map((v) => `"${v}"`).join(', ')} (use once, monthly)`);
    this.intervalList = iv.filter((v): v is Interval => !badIv.includes(v));
    if (!this.intervalList.length) this.intervalList = ['once'];
    this.every = this.intervalList[0];

    const mode = this.mode ?? c.mode ?? 'inline';
    if (mode !== 'inline' && mode !== 'banner') this.report('mode', `"${mode}" is not one of inline, banner`);
    this.banner = mode === 'banner';
    const t = this.trigger ?? c.trigger ?? 'immediate';
    const trig = parseTrigger(t);
    if (!trig) this.report('trigger', `"${t}" is not immediate, scroll:<percent>, time:<seconds> or articles:<n>`);
    this.trig = trig ?? { kind: 'immediate', n: 0 };
    const rule = (key: keyof Rules, attr: string, v: number | undefined): number => {
      if (v === undefined || (Number.isInteger(v) && v >= 0)) return v ?? DEFAULT_RULES[key];
      this.report(attr, `"${this.getAttribute(attr) ?? v}" is not a whole number of 0 or more`);
      return DEFAULT_RULES[key];
    };
    this.rules = {
      maxViews: rule('maxViews', 'max-views', this.maxViews ?? c['max-views']),
      periodDays: rule('periodDays', 'period-days', this.periodDays ?? c['period-days']),
      snoozeDays: rule('snoozeDays', 'snooze-days', this.snoozeDays ?? c['snooze-days']),
      thanksDays: rule('thanksDays', 'thanks-days', this.thanksDays ?? c['thanks-days']),
    };
    this.arm();
  }

  /** Counts this read, notices a thanks return, and sets the banner's trigger. */
  private arm(): void {
    this.disarm();
    const now = Date.now();
    const s = load(readJson(STORE_KEY));
    this.count = recordRead(s, pageUrl(), now);
    const back = new URLSearchParams(location.search).get('afterword') === 'thanks' && markThanks(s, this.rules, now);
    this.thanks = isThanked(s, this.rules, now);
    writeJson(STORE_KEY, s);
    const { kind, n } = this.trig;
    if (!this.banner || this.open) return;
    if (back) this.open = true;
    else if (!mayShow(s, this.rules, now)) return;
    else if (kind === 'time') this.timer = setTimeout(this.show, n * 1000);
    else if (kind === 'scroll') {
      addEventListener('scroll', this.onScroll, { passive: true });
      this.onScroll();
    } else if (kind === 'immediate' || this.count >= n) this.show();
  }

  private disarm(): void {
    clearTimeout(this.timer);
    removeEventListener('scroll', this.onScroll);
  }

  private show = (): void => {
    this.disarm();
    const s = load(readJson(STORE_KEY));
    const now = Date.now();
    if (!mayShow(s, this.rules, now)) return;
    recordView(s, this.rules, now);
    writeJson(STORE_KEY, s);
    this.open = true;
  };

  private onScroll = (): void => {
    const page = document.documentElement.scrollHeight;
    if ((scrollY + innerHeight) * 100 >= this.trig.n * page) this.show();
  };

  private onKey = (e: KeyboardEvent): void => {
    const a = document.activeElement;
    if (e.key !== 'Escape' || !this.open || e.defaultPrevented) return;
    // Escape in the page's own fields and dialogs belongs to them.
    if (a === this || !a?.closest('input,textarea,select,dialog,[contenteditable]')) this.dismiss('escape');
  };

  private dismiss(reason: 'close' | 'escape'): void {
    const s = load(readJson(STORE_KEY));
    recordDismiss(s, Date.now());
    writeJson(STORE_KEY, s);
    const hadFocus = document.activeElement === this;
    this.open = false;
    emit(this, 'afterword-dismiss', { reason });
    if (hadFocus && this.returnTo?.isConnected) this.returnTo.focus();
  }

  private choice(e: Entry): Choice {
    return { amount: takesAmount(e.provider) && this.cur ? this.amt : null, currency: this.cur, interval: this.every };
  }

  private go(event: MouseEvent): void {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const e = this.list[this.pick];
    const c = this.choice(e);
    emit(this, 'afterword-support', { provider: e.provider, ...c, url: providerUrl(e, c) });
  }

  /** The locale's strings with `config.messages`, config keys and attributes applied, in that order. */
  private strings(): Messages['support'] {
    const m: Record<string, string> = { ...this.messages('support') };
    const c = this.cfg as Record<string, unknown>;
    for (const k in m) m[k] = this.getAttribute(kebab(k)) ?? (c[kebab(k)] as string | undefined) ?? m[k];
    return m as Messages['support'];
  }

  protected override render(): TemplateResult {
    const e = this.list[this.pick];
    if (!e || (this.banner && !this.open)) return html``;
    const m = this.strings();
    const fill = (s: string): string => format(s, { count: this.count, name: this.name ?? this.cfg.name ?? '' });
    const takes = takesAmount(e.provider) && !!this.cur;
    const c = this.choice(e);
    return html`<section part="base" class=${this.banner ? 'banner' : ''} aria-labelledby="h" dir=${this.dir_} lang=${this.resolvedLang} @focusin=${this.onFocusIn}>
      <h2 id="h" part="heading">${fill(this.thanks ? m.thanksHeading : m.heading)}</h2>
      <p part="message">${fill(this.thanks ? m.thanksMessage : m.message)}</p>
      ${this.thanks
        ? nothing
        : html`${this.group('p', m.payWith, this.list.map((x, i) => [i, providerName(x)]), this.pick, this.list.length < 2)}
          ${this.group('a', m.amountLabel, this.presets.map((v) => [v, money(this.resolvedLang, this.cur, v)]), this.custom ? -1 : this.amt, !takes,
            html`<label class="chip">${m.otherAmount}<input type="number" min="0" step="any" inputmode="decimal" @input=${this.onCustom} />${this.cur}</label>`)}
          ${this.group('i', m.frequency, this.intervalList.map((v) => [v, m[v]]), this.every, !takes || this.intervalList.length < 2)}
          <a part="button" href=${providerUrl(e, c)} target="_blank" rel="noopener noreferrer" @click=${this.go} @auxclick=${this.go}>${icon(heartIcon)}${format(m.cta, { provider: providerName(e) })}</a>`}
      ${this.banner ? html`<button part="close" type="button" aria-label=${m.close} @click=${() => this.dismiss('close')}>${icon(closeIcon)}</button>` : nothing}
    </section>`;
  }

  private group<T>(name: string, legend: string, options: [T, string][], value: T, hidden: boolean, extra: unknown = nothing): TemplateResult {
    return html`<fieldset ?hidden=${hidden}><legend>${legend}</legend>${options.map(
      ([v, label]) => html`<label class="chip"><input type="radio" name=${name} .checked=${v === value} @change=${() => this.choose(name, v)} />${label}</label>`,
    )}${extra}</fieldset>`;
  }

  private choose(name: string, v: unknown): void {
    if (name === 'p') this.pick = v as number;
    else if (name === 'i') this.every = v as Interval;
    else {
      this.amt = v as number;
      this.custom = false;
      this.other!.value = '';
    }
  }

  private onCustom(event: Event): void {
    const input = event.target as HTMLInputElement;
    const v = input.valueAsNumber;
    this.custom = input.value !== '' || input.validity.badInput;
    this.amt = v > 0 ? v : this.custom ? null : this.first;
  }

  /** Remembers where focus came from, so closing the banner can give it back. */
  private onFocusIn(event: FocusEvent): void {
    const from = event.relatedTarget as HTMLElement | null;
    if (from && !this.renderRoot.contains(from)) this.returnTo = from;
  }
}

define('afterword-support', AfterwordSupport);

declare global {
  interface HTMLElementTagNameMap {
    'afterword-support': AfterwordSupport;
  }
}
