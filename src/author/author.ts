// <afterword-author>: the author's card (photo, name, title, bio, profile links) and its schema.org Person.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AfterwordElement } from '../shared/element.js';
import { splitList } from '../shared/config.js';
import { define } from '../shared/define.js';
import { addMessages, format } from '../shared/localize.js';
import { author as strings } from '../locales/author.js';
import { webUrl } from '../shared/page.js';
import { tokens } from '../shared/tokens.js';
import * as I from '../shared/icons.js';
import { authorStyles } from './author.styles.js';
import { fediDialogStyles } from '../share/fedi-dialog.styles.js';
import { FediDialog } from '../share/fedi-dialog.js';
import { detectProfile, type Profile, type ProfileNetwork } from './profiles.js';
import { authorConfigSchema, type AuthorConfig } from './options.js';
import { personJsonLd } from './json-ld.js';

// For npm users who import this element alone and add or change its strings.
export { registerLocale, type LocaleOverrides } from '../shared/localize.js';

export { authorConfigSchema };

const ICONS: Record<ProfileNetwork, string> = {
  x: I.xIcon,
  mastodon: I.mastodonIcon,
  bluesky: I.blueskyIcon,
  threads: I.threadsIcon,
  instagram: I.instagramIcon,
  facebook: I.facebookIcon,
  linkedin: I.linkedinIcon,
  youtube: I.youtubeIcon,
  tiktok: I.tiktokIcon,
  github: I.githubIcon,
  substack: I.substackIcon,
  medium: I.mediumIcon,
  telegram: I.telegramIcon,
  whatsapp: I.whatsappIcon,
  email: I.mailIcon,
  rss: I.rssIcon,
  website: I.worldIcon,
};

/** Up to two initials from a name (first and last word), for when there is no photo. */
function initials(name: string): string {
  const words = name.split(/\s+/);
  return words
    .map((w, i) => (i === 0 || i === words.length - 1 ? [...w][0] : ''))
    .join('')
    .toLocaleUpperCase();
}

/**
 * A card about the article's author, with schema.org `Person` data for search engines.
 * @tagname afterword-author
 * @summary Author photo (or initials), name, job title, location, bio and profile links.
 * @slot - The bio: the author's own HTML.
 * @csspart base - The card.
 * @csspart photo - The photo, or the initials shown instead.
 * @csspart name - The name (a link when `href` is set).
 * @csspart job-title - The job title.
 * @csspart location - The location.
 * @csspart bio - The wrapper of the slotted bio.
 * @csspart links - The list of profile links.
 * @csspart link - Each profile link; carries `data-network`.
 * @csspart follow - "Follow from your server" under a fediverse profile.
 * @csspart dialog - The dialog asking for the reader's fediverse server.
 * @cssproperty --afterword-author-photo-size - Photo size (default 64px).
 */
export class AfterwordAuthor extends AfterwordElement {
  protected get tag(): string {
    return 'afterword-author';
  }

  /** The author's name. */
  @property() name?: string;
  /** Address of the author's photo; initials are shown without one or when it fails. */
  @property() photo?: string;
  /** The author's job title. */
  @property({ attribute: 'job-title' }) jobTitle?: string;
  /** Where the author is based. */
  @property() location?: string;
  /** The author's page. */
  @property() href?: string;
  /** Profile addresses (https:, http: or mailto:), separated by commas or spaces; an array as a property. */
  @property() links?: string | string[];
  /** Leaves out the schema.org Person JSON-LD. */
  @property({ type: Boolean, attribute: 'no-schema' }) noSchema = false;

  @state() private broken = false;

  private cfg: AuthorConfig = {};
  private profiles: Profile[] = [];
  private ld?: HTMLScriptElement;
  private fedi = new FediDialog(
    this,
    () => this.messages('fediverse'),
    () => {},
  );

  static override styles = [tokens, I.iconStyles, authorStyles, fediDialogStyles];

  private get name_(): string {
    return (this.name ?? this.cfg.name ?? '').trim();
  }

  private get photo_(): string | undefined {
    return webUrl(this.photo ?? this.cfg.photo);
  }

  private get href_(): string | undefined {
    return webUrl(this.href ?? this.cfg.href);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    if (changed.has('config') || first) this.cfg = this.parseConfig(authorConfigSchema);
    if (changed.has('photo') || changed.has('config')) this.broken = false;
    if (first || changed.has('config') || changed.has('links')) {
      const raw = Array.isArray(this.links)
        ? this.links
        : this.links !== undefined
          ? splitList(this.links)
          : (this.cfg.links ?? []);
      const found = raw.map((v) => detectProfile(v, document.baseURI));
      const bad = raw.filter((_, i) => !found[i]);
      if (bad.length)
        this.report(
          'links',
          `not an https:, http: or mailto: address: ${bad.map((v) => `"${v}"`).join(', ')}`,
        );
      this.profiles = found.filter((p): p is Profile => !!p);
    }
    for (const key of ['href', 'photo'] as const) {
      const value = this[key] ?? this.cfg[key];
      if ((first || changed.has(key) || changed.has('config')) && value && !webUrl(value)) {
        this.report(key, `"${value}" is not an http(s) address`);
      }
    }
  }

  private label(p: Profile): string {
    const m = this.messages('author');
    if (p.network === 'email') return m.email;
    if (p.network === 'rss') return m.rss;
    if (p.network === 'website') return format(m.website, { site: p.name });
    return format(m.followOn, { network: p.name });
  }

  protected override render(): TemplateResult {
    const name = this.name_;
    const photo = this.photo_;
    const href = this.href_;
    const job = this.jobTitle ?? this.cfg['job-title'];
    const place = this.location ?? this.cfg.location;
    return html`<section
      part="base"
      aria-label=${this.messages('author').label}
      dir=${this.dir_}
      lang=${this.resolvedLang}
    >
      ${
        photo && !this.broken
          ? html`<img
              part="photo"
              src=${photo}
              alt=""
              width="64"
              height="64"
              loading="lazy"
              decoding="async"
              @error=${() => (this.broken = true)}
            />`
          : name
            ? html`<span part="photo" class="initials" aria-hidden="true">${initials(name)}</span>`
            : nothing
      }
      <div class="text">
        ${name ? html`<p part="name">${href ? html`<a href=${href}>${name}</a>` : name}</p>` : nothing}
        ${
          job || place
            ? html`<p class="meta">
                ${job ? html`<span part="job-title">${job}</span>` : nothing}${place ? html`<span part="location">${place}</span>` : nothing}
              </p>`
            : nothing
        }
        <div part="bio"><slot></slot></div>
        ${
          this.profiles.length
            ? html`<ul part="links">
                ${this.profiles.map(
                  (p) =>
                    html`<li>
                      <a
                        part="link"
                        data-network=${p.network}
                        href=${p.href}
                        aria-label=${p.network === 'email' ? this.label(p) : `${this.label(p)} ${this.messages('author').newTab}`}
                        target=${p.network === 'email' ? nothing : '_blank'}
                        rel="noopener noreferrer"
                        >${I.icon(ICONS[p.network])}</a
                      >
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        ${this.fedi.renderFollow(
          this.profiles.filter((p) => p.network === 'mastodon').map((p) => p.href),
          this.name_,
        )}
      </div>
      ${this.fedi.render()}
    </section>`;
  }

  protected override updated(): void {
    this.syncSchema();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.syncSchema();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ld?.remove();
  }

  /**
   * Keeps this card's Person JSON-LD in document.head, never beside the card: React's hydration
   * and Vue's patching own the nodes around it.
   */
  private syncSchema(): void {
    const noSchema = this.noSchema || [true, '', 'true'].includes(this.cfg['no-schema'] as never);
    const json =
      noSchema || !this.isConnected
        ? ''
        : personJsonLd({
            name: this.name_,
            image: this.photo_,
            jobTitle: this.jobTitle ?? this.cfg['job-title'],
            url: this.href_,
            sameAs: this.profiles
              .filter((p) => p.network !== 'email' && p.network !== 'rss')
              .map((p) => p.href),
          });
    if (!json) {
      this.ld?.remove();
      return;
    }
    if (!this.ld) {
      this.ld = document.createElement('script');
      this.ld.type = 'application/ld+json';
      this.ld.setAttribute('data-afterword-author', '');
    }
    if (this.ld.textContent !== json) this.ld.textContent = json;
    if (this.ld.parentNode !== document.head) document.head.append(this.ld);
  }
}

addMessages('author', strings);
define('afterword-author', AfterwordAuthor);

declare global {
  interface HTMLElementTagNameMap {
    'afterword-author': AfterwordAuthor;
  }
}
