// The one thin base class: language, theme, JSON config, the element's options and one-line error reports.
import {
  LitElement,
  type PropertyDeclaration,
  type PropertyValues,
  type ReactiveElement,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { readConfigJson, reportError, themeSchema } from './config.js';
import { dirFor, resolveLang, sectionFor, type Messages } from './localize.js';
import type { Report } from './options.js';
import { whenNear } from './approach.js';

export abstract class AfterwordElement<O = unknown> extends LitElement {
  /** Lets define() recognise a second copy of Afterword's own class. */
  static readonly afterword = true;

  /** Language of the widget; else the nearest ancestor's, `<html lang>`, then `en`. */
  @property() override lang = '';

  /** `auto` follows the reader's colour scheme. */
  @property({ reflect: true }) theme?: 'auto' | 'light' | 'dark';

  /** JSON configuration (a child `<script type="application/json">` works the same). */
  @property() config?: string;

  /** The element's tag, used in console messages. */
  protected abstract get tag(): string;

  /** The language in force and its text direction. */
  @state() protected resolvedLang = 'en';
  protected dir_: 'ltr' | 'rtl' = 'ltr';

  /** Parsed `config` JSON, before element-specific validation. */
  protected rawConfig: Record<string, unknown> = {};

  /** The element's settings from its attributes and JSON, checked: all that `render()` reads. */
  protected options!: O;

  /** A setting changed since the options were last resolved. */
  protected stale = true;

  /** The element's `resolveOptions(attributes, json, report)`, given its attributes. */
  protected abstract resolve(json: Record<string, unknown>, report: Report): O;

  /** Problems already reported: resolving again after another change does not repeat them. */
  private reported = new Set<string>();

  protected report = (field: string, problem: string): void => {
    const line = `${field}: ${problem}`;
    if (this.reported.has(line)) return;
    this.reported.add(line);
    reportError(this.tag, field, problem);
  };

  /** The element's message table with any `config.messages` overrides applied. */
  protected messages<K extends keyof Messages>(section: K): Messages[K] {
    const base = sectionFor(section, this.resolvedLang);
    const overrides = this.rawConfig.messages;
    if (overrides && typeof overrides === 'object') {
      return { ...(base as object), ...(overrides as object) } as Messages[K];
    }
    return base;
  }

  override requestUpdate(name?: PropertyKey, old?: unknown, options?: PropertyDeclaration): void {
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
    this.resolvedLang = this.lang || resolveLang(this);
    this.settle();
    if (this.approached) this.stopWaiting = whenNear(this, this.approached);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWaiting();
  }

  /**
   * The first update waits until the element is about to be seen (see approach.ts); later ones
   * run as usual. Its shadow tree is empty until then, and it reserves no room that would move.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || this.eager) return super.scheduleUpdate();
    return new Promise<void>((resolve) => {
      this.approached = () => {
        this.approached = undefined;
        resolve();
      };
      if (this.isConnected) this.stopWaiting = whenNear(this, this.approached);
    }).then(() => super.scheduleUpdate());
  }

  /**
   * Resolves the options again when a setting changed: at connect, so that what does not wait
   * for rendering (JSON-LD, the support prompt's counting) has them, and before each update.
   */
  protected settle(): void {
    if (!this.stale) return;
    this.stale = false;
    this.rawConfig = readConfigJson(this.tag, this, this.config ?? null);
    const { lang, theme } = this.rawConfig;
    this.resolvedLang = this.lang || (typeof lang === 'string' && lang) || resolveLang(this);
    if (typeof theme === 'string' && this.theme === undefined) this.theme = theme as 'auto';
    if (this.theme !== undefined && !themeSchema.safeParse(this.theme).success)
      this.report('theme', `"${this.theme}" is not one of auto, light, dark`);
    this.options = this.resolve(this.rawConfig, this.report);
    // Setting the theme from JSON above is not a change of settings.
    this.stale = false;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this.settle();
    this.dir_ = dirFor(this.resolvedLang);
  }
}
