// The one thin base class: every setting (attributes, `config` JSON, `lang`, `theme`, `messages`) enters
// through the element's resolveOptions; the base keeps the result, the language and the colour scheme.
import { LitElement, type PropertyValues, type ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { readConfigJson, reportError } from './config.js';
import { dirFor, loadLang, resolveLang, sectionFor, type Messages } from './localize.js';
import type { Report } from './options.js';
import type { Common } from './schemas.js';
import { whenNear } from './approach.js';
import { watchScheme, type Scheme } from './scheme.js';
import type { DetailOf } from './events.js';

/** The settings of one element as its declared properties hold them, by attribute name. */
export type Attributes = Record<string, unknown>;

/**
 * A number attribute: its value as a number, or its text when it isn't one, so that the schema
 * can say what was written (`"soon" is not a number of seconds`).
 */
export const numeric = (v: string | null): number | string | undefined =>
  v === null ? undefined : v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v;

/**
 * Whether any of `keys` differs in value between two option sets (none before counts as a
 * change): what the reader chose is reset only by the settings it was chosen from.
 */
export function changed<O>(before: O | undefined, after: O, keys: readonly (keyof O)[]): boolean {
  return !before || keys.some((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export abstract class AfterwordElement<O extends Common = Common> extends LitElement {
  /** Lets define() recognise a second copy of Afterword's own class. */
  static readonly afterword = true;

  /** Language of the widget; else the nearest ancestor's, `<html lang>`, then `en`. */
  @property() override lang = '';

  /**
   * `auto` (default) follows the page it sits on (its own dark mode, read from the background
   * behind the widget and the page's `color-scheme`), else the reader's; `light` or `dark`.
   */
  @property() theme?: string;

  /** `plausible`, `goatcounter`, `umami`, `matomo`, `fathom` or `gtag`: the site's own tool hears of each event. */
  @property() analytics?: string;

  /** JSON configuration (a child `<script type="application/json">` works the same). */
  @property() config?: string;

  /** The element's tag, used in console messages. */
  protected abstract get tag(): string;

  /** The element's `resolveOptions(attributes, json, report)`. */
  protected abstract resolveOptions(
    attributes: Attributes,
    json: Record<string, unknown>,
    report: Report,
  ): O;

  /** The element's settings from its attributes and JSON, checked: all that `render()` reads. */
  protected options!: O;

  /** The language in force and its text direction. */
  protected resolvedLang = 'en';
  protected dir_: 'ltr' | 'rtl' = 'ltr';

  /** A setting changed since the options were last resolved. */
  private stale = true;

  /** Problems already reported: resolving again after another change does not repeat them. */
  private reported = new Set<string>();

  private internals = this.attachInternals?.();

  protected report: Report = (field, problem) => {
    const line = `${field}: ${problem}`;
    if (this.reported.has(line)) return;
    this.reported.add(line);
    reportError(this.tag, field, problem);
  };

  /** A section of strings in the element's language, with the page's `messages` overrides. */
  protected messages<K extends keyof Messages>(section: K): Messages[K] {
    return Object.assign({}, sectionFor(section, this.resolvedLang), this.options.messages);
  }

  /** Every declared setting by its attribute name; `config` is the JSON, read apart. */
  private settings(): Attributes {
    const given: Attributes = {};
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const [key, o] of (this.constructor as typeof ReactiveElement).elementProperties) {
      if (o.state || key === 'config') continue;
      const value = self[key];
      // An absent boolean attribute, or an empty `lang`, says nothing: the JSON may.
      if (value === false || value === '') continue;
      given[typeof o.attribute === 'string' ? o.attribute : String(key).toLowerCase()] = value;
    }
    return given;
  }

  override requestUpdate(name?: PropertyKey, old?: unknown, options?: object): void {
    super.requestUpdate(name, old, options);
    const props = (this.constructor as typeof ReactiveElement).elementProperties;
    if (name !== undefined && !props.get(name)?.state) this.stale = true;
  }

  /** Renders at once wherever it stands (a banner fixed to the viewport). */
  protected get eager(): boolean {
    return false;
  }

  /** Until the element comes near the screen: what lets its first update go ahead. */
  private approached?: () => void;
  private stopWaiting = (): void => {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.settle();
    this.follow();
    if (this.approached) this.stopWaiting = whenNear(this, this.approached);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing();
    this.following = undefined;
    this.stopWaiting();
  }

  /**
   * Dispatches one of the element's events (bubbling, composed) and, with `analytics` set, passes
   * it on to the site's own tool (analytics.ts, its own part). Returns false when a listener
   * called preventDefault().
   */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: DetailOf<K>,
    cancelable = false,
  ): boolean {
    const tool = this.options.analytics;
    if (tool)
      void import('./analytics.js').then(
        (a) => a.track(tool, name, detail),
        () => {},
      );
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }),
    );
  }

  /**
   * The first update waits until the element is about to be seen (see approach.ts), and any
   * update until the strings of its language are here (English is built in; another language
   * is one file, fetched once). Its shadow tree is empty until then and reserves no room.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.settle();
    const waits: Promise<unknown>[] = [];
    const strings = loadLang(this.resolvedLang);
    if (strings) waits.push(strings);
    if (!this.hasUpdated && !this.eager)
      waits.push(
        new Promise<void>((resolve) => {
          this.approached = () => {
            this.approached = undefined;
            resolve();
          };
          if (this.isConnected) this.stopWaiting = whenNear(this, this.approached);
        }),
      );
    if (!waits.length) return super.scheduleUpdate();
    return Promise.all(waits).then(() => super.scheduleUpdate());
  }

  /**
   * Resolves the options again when a setting changed: at connect, so that what does not wait
   * for rendering (JSON-LD, the support prompt's counting) has them, and before each update.
   */
  protected settle(): void {
    if (!this.stale) return;
    this.stale = false;
    const json = readConfigJson(this.tag, this, this.config ?? null);
    this.options = this.resolveOptions(this.settings(), json, this.report);
    this.resolvedLang = this.options.lang?.trim() || resolveLang(this);
    this.dir_ = dirFor(this.resolvedLang);
    if (this.isConnected) this.follow();
  }

  private stopFollowing = (): void => {};
  private following?: string;

  /**
   * The colour scheme in force: `light` or `dark` as set, or with `auto` the page's own, watched
   * live (its switch may flip); set as a custom state (`:host(:state(dark))`) the tokens follow.
   */
  private follow(): void {
    const theme = this.options.theme ?? 'auto';
    if (theme === this.following) return;
    this.stopFollowing();
    this.following = theme;
    this.stopFollowing =
      theme === 'auto' ? watchScheme(this, this.scheme) : (this.scheme(theme as Scheme), () => {});
  }

  private scheme = (scheme: Scheme): void => {
    const states = this.internals?.states;
    try {
      states?.[scheme === 'dark' ? 'add' : 'delete']('dark');
      states?.[scheme === 'dark' ? 'delete' : 'add']('light');
    } catch {
      // Browsers before custom states keep the CSS that reads the theme attribute.
    }
  };

  protected override willUpdate(_changed: PropertyValues): void {
    this.settle();
  }
}
