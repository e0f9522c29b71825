// The one thin base class: language, theme, JSON config and one-line error reports.
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseOrReport, readConfigJson, reportError, themeSchema, type z } from './config.js';
import { dirFor, resolveLang, sectionFor, type Messages } from './localize.js';

export abstract class AfterwordElement extends LitElement {
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

  protected report(field: string, problem: string): void {
    reportError(this.tag, field, problem);
  }

  /**
   * The element's JSON configuration checked against its schema; `{}` when it is invalid. With no
   * JSON at all there is nothing to check: every key is optional, so the schema is not even built.
   */
  protected parseConfig<T extends object>(schema: z.ZodMiniType<T>): Partial<T> {
    if (Object.keys(this.rawConfig).length === 0) return {};
    return parseOrReport(this.tag, schema, this.rawConfig) ?? {};
  }

  /** The element's message table with any `config.messages` overrides applied. */
  protected messages<K extends keyof Messages>(section: K): Messages[K] {
    const base = sectionFor(section, this.resolvedLang);
    const overrides = this.rawConfig.messages;
    if (overrides && typeof overrides === 'object') {
      return { ...(base as object), ...(overrides as object) } as Messages[K];
    }
    return base;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolvedLang = this.lang || resolveLang(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang') && this.hasUpdated) this.resolvedLang = this.lang || resolveLang(this);
    this.dir_ = dirFor(this.resolvedLang);
    if (changed.has('config') || !this.hasUpdated) {
      this.rawConfig = readConfigJson(this.tag, this, this.config ?? null);
      const { lang, theme } = this.rawConfig;
      if (typeof lang === 'string' && !this.lang) this.resolvedLang = lang;
      if (typeof theme === 'string' && this.theme === undefined) this.theme = theme as 'auto';
    }
    if (
      changed.has('theme') &&
      this.theme !== undefined &&
      !themeSchema.safeParse(this.theme).success
    ) {
      this.report('theme', `"${this.theme}" is not one of auto, light, dark`);
    }
  }
}
