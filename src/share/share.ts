// <afterword-share>: share links and actions for the page, with no request until the reader clicks.
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AfterwordElement } from '../shared/element.js';
import { define } from '../shared/define.js';
import { addMessages, format } from '../shared/localize.js';
import { share as strings } from '../locales/en/share.js';
import { pageTitle, pageUrl } from '../shared/page.js';
import { tokens } from '../shared/tokens.js';
import * as I from '../shared/icon-data.js';
import { iconStyles } from '../shared/icons.js';
import { shareStyles } from './share.styles.js';
import { Fediverse } from '../fediverse/controller.js';
import { copyText } from './clipboard.js';
import { RowLayout } from './layout.js';
import { resolveOptions, shareConfigSchema, type ShareOptions } from './options.js';
import type { Report } from '../shared/options.js';
import type { Attributes } from '../shared/element.js';
import {
  NETWORK_NAMES,
  isLinkNetwork,
  shareUrl,
  withUtm,
  type Network,
  type ShareData,
} from './networks.js';

// For npm users who import this element alone and add or change its strings.
export { registerLocale, type LocaleOverrides } from '../shared/localize.js';

export { shareConfigSchema };
export type { ShareEventDetail } from './events.js';

const ICONS: Record<Network, string> = {
  facebook: I.facebookIcon,
  x: I.xIcon,
  linkedin: I.linkedinIcon,
  bluesky: I.blueskyIcon,
  mastodon: I.mastodonIcon,
  threads: I.threadsIcon,
  reddit: I.redditIcon,
  telegram: I.telegramIcon,
  whatsapp: I.whatsappIcon,
  email: I.mailIcon,
  copy: I.linkIcon,
  print: I.printerIcon,
  native: I.shareIcon,
};

/**
 * Share buttons for the current article.
 * @tagname afterword-share
 * @summary Share links (Facebook, X, LinkedIn, Bluesky, Mastodon, Threads, Reddit, Telegram, WhatsApp, email) and actions (copy, print, native share).
 * @fires afterword-share - The reader used a network; detail `{ network, url }`.
 * @csspart base - The row of buttons.
 * @csspart button - Each link or button; carries `data-network`.
 * @csspart dialog - The dialog asking for the reader's fediverse server.
 * @csspart manual-copy - The link field shown when copying is blocked.
 * @cssproperty --afterword-share-gap - Space between buttons.
 */
export class AfterwordShare extends AfterwordElement<ShareOptions> {
  protected get tag(): string {
    return 'afterword-share';
  }

  /** Networks to show, separated by commas or spaces. */
  @property() networks?: string;
  /** The address to share; default canonical link, `og:url`, then this page without its hash. */
  @property() url?: string;
  /** The text to share; default `og:title`, then the document title. */
  @property() text?: string;
  /** X (Twitter) handle credited with `via`. */
  @property() via?: string;
  /** Hashtags for X, separated by commas or spaces. */
  @property() hashtags?: string;
  /** Adds `utm_source=<network>&utm_medium=social` to the shared address. */
  @property({ type: Boolean }) utm = false;
  /** `auto` (shown when there is room), `show` or `hide`. */
  @property() labels?: string;

  @state() private announcement = '';
  @state() private manualUrl = '';
  @state() private copied = false;

  private fedi = new Fediverse(
    this,
    () => this.messages('fediverse'),
    () => this.emitShare('mastodon'),
  );

  static override styles = [tokens, iconStyles, shareStyles];

  /** Lays the controls out in even rows when they do not fit on one. */
  protected readonly rows = new RowLayout(this);

  protected resolveOptions(a: Attributes, json: Record<string, unknown>, r: Report): ShareOptions {
    return resolveOptions(a, json, r);
  }

  /** The page address being shared, before any utm parameters. */
  private get shareTarget(): string {
    return this.options?.url ?? pageUrl();
  }

  /** What every network shares, before utm parameters: worked out once per render. */
  private baseData(): ShareData {
    const { text, via, hashtags } = this.options;
    return { url: this.shareTarget, text: text ?? pageTitle(), via, hashtags };
  }

  private data(network: Network, base = this.baseData()): ShareData {
    return this.options.utm ? { ...base, url: withUtm(base.url, network) } : base;
  }

  protected override render(): TemplateResult {
    const m = this.messages('share');
    const base = this.baseData();
    return html`<div
      part="base"
      class="labels-${this.options.labels}"
      role="group"
      aria-label=${m.label}
      dir=${this.dir_}
      lang=${this.resolvedLang}
      @click=${this.onClick}
    >
      ${this.options.networks.map((n) =>
        n !== 'native' || 'share' in navigator ? this.renderControl(n, base) : nothing,
      )}
      ${
        this.manualUrl
          ? html`<div part="manual-copy">
              <p id="manual-why">${m.copyManual}</p>
              <label for="manual-url">${m.linkField}</label
              ><input
                id="manual-url"
                readonly
                dir="ltr"
                aria-describedby="manual-why"
                .value=${this.manualUrl}
                @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
              />
            </div>`
          : nothing
      }
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      ${this.fedi.render()}
    </div>`;
  }

  private renderControl(n: Network, base: ShareData): TemplateResult {
    const m = this.messages('share');
    if (isLinkNetwork(n)) {
      const name = n === 'email' ? m.email : NETWORK_NAMES[n];
      const label = n === 'email' ? m.emailLabel : format(m.shareOn, { network: name });
      const href = shareUrl(n, this.data(n, base));
      // The icon's <svg> (as in icons.ts) is written into each control's own template rather than
      // nested as a template of its own: a listing page renders hundreds of these (-12% script).
      return n === 'email'
        ? html`<a part="button" data-network=${n} href=${href} aria-label=${label}
            ><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d=${ICONS[n]}></path></svg
            ><span class="label">${name}</span></a
          >`
        : html`<a
            part="button"
            data-network=${n}
            href=${href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label=${`${label} ${m.newTab}`}
            ><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d=${ICONS[n]}></path></svg
            ><span class="label">${name}</span></a
          >`;
    }
    const [text, label] =
      n === 'copy'
        ? [this.copied ? m.copied : m.copy, this.copied ? m.copied : m.copy]
        : n === 'print'
          ? [m.print, m.print]
          : n === 'native'
            ? [m.native, m.nativeLabel]
            : ['Mastodon', format(m.shareOn, { network: 'Mastodon' })];
    const glyph = n === 'copy' && this.copied ? I.checkIcon : ICONS[n];
    return html`<button
      part="button"
      type="button"
      data-network=${n}
      aria-label=${label}
      aria-haspopup=${ifDefined(n === 'mastodon' ? 'dialog' : undefined)}
    >
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d=${glyph}></path></svg
      ><span class="label">${text}</span>
    </button>`;
  }

  private onClick(event: Event): void {
    const control = (event.target as Element).closest<HTMLElement>('[data-network]');
    const network = control?.dataset.network as Network | undefined;
    if (!control || !network) return;
    if (control.localName === 'a') {
      this.emitShare(network);
    } else if (network === 'copy') {
      void this.copy();
    } else if (network === 'print') {
      this.emitShare(network);
      window.print();
    } else if (network === 'native') {
      void this.nativeShare();
    } else if (network === 'mastodon') {
      void this.fedi.open(control, { share: this.data('mastodon') });
    }
  }

  private emitShare(network: Network): void {
    this.emit('afterword-share', { network, url: this.shareTarget });
  }

  private announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private async copy(): Promise<void> {
    const m = this.messages('share');
    const url = this.data('copy').url;
    this.emitShare('copy');
    if (!(await copyText(url, this.renderRoot))) {
      this.manualUrl = url;
      this.announce(m.copyManual);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[part="manual-copy"] input')?.focus();
      return;
    }
    this.manualUrl = '';
    this.copied = true;
    this.announce(m.copied);
    setTimeout(() => (this.copied = false), 2000);
  }

  /** The system share sheet; the reader closing it (AbortError) is neither an error nor a share. */
  private async nativeShare(): Promise<void> {
    const d = this.data('native');
    const data = { title: d.text, text: d.text, url: d.url };
    if (typeof navigator.canShare === 'function' && !navigator.canShare(data)) {
      this.report('native', 'this browser cannot share this page; use another network');
      return;
    }
    try {
      await navigator.share(data);
    } catch (error) {
      if ((error as DOMException)?.name !== 'AbortError') {
        this.report('native', `sharing failed: ${(error as Error)?.message ?? error}`);
      }
      return;
    }
    this.emitShare('native');
  }
}

addMessages('share', strings);
define('afterword-share', AfterwordShare);

declare global {
  interface HTMLElementTagNameMap {
    'afterword-share': AfterwordShare;
  }
}
