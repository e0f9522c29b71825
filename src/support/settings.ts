// <afterword-support>'s settings: each attribute it takes, declared once, and the step to its
// checked options (src/support/options.ts). The element (support.ts) adds what the reader sees.
import { property } from 'lit/decorators.js';
import { AfterwordElement, numeric, type Attributes } from '../shared/element.js';
import type { Report } from '../shared/options.js';
import { STRING_ATTRS, camel, resolveOptions, type Options } from './options.js';

export abstract class SupportSettings extends AfterwordElement<Options> {
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

  /** Every visible string is a setting too (`heading`, `thanks-heading`…), declared like the rest. */
  static override properties = Object.fromEntries(
    STRING_ATTRS.map((attribute) => [camel(attribute), { attribute }]),
  );

  protected resolveOptions(a: Attributes, json: Record<string, unknown>, r: Report): Options {
    return resolveOptions(a, json, r);
  }
}
