// <afterword-author>: the author's card (photo, name, title, bio, profile links) and its schema.org Person.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AfterwordElement } from '../shared/element.js';
import { define } from '../shared/define.js';
import { addMessages, format } from '../shared/localize.js';
import { author as strings } from '../locales/en/author.js';
import { tokens } from '../shared/tokens.js';
import * as I from '../shared/icon-data.js';
import { icon, iconStyles } from '../shared/icons.js';
import { authorStyles } from './author.styles.js';
import { Fediverse } from '../fediverse/controller.js';
import type { Profile, ProfileNetwork } from './profiles.js';
import type { Report } from '../shared/options.js';
import type { Attributes } from '../shared/element.js';
import { authorConfigSchema, resolveOptions, type AuthorOptions } from './options.js';
import { publishPerson, sameAs } from './json-ld.js';

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
export class AfterwordAuthor extends AfterwordElement<AuthorOptions> {
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

  private fedi = new Fediverse(
    this,
    () => this.messages('fediverse'),
    () => {},
  );

  static override styles = [tokens, iconStyles, authorStyles];

  protected resolveOptions(a: Attributes, json: Record<string, unknown>, r: Report): AuthorOptions {
    return resolveOptions(a, json, r);
  }

  /** The photo that failed to load: another photo gets its chance, an unrelated change does not. */
  private brokenFor?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.broken && this.options.photo !== this.brokenFor) this.broken = false;
  }

  private label(p: Profile): string {
    const m = this.messages('author');
    if (p.network === 'email') return m.email;
    if (p.network === 'rss') return m.rss;
    if (p.network === 'website') return format(m.website, { site: p.name });
    return format(m.followOn, { network: p.name });
  }

  protected override render(): TemplateResult {
    const { name, photo, href, jobTitle: job, location: place, profiles } = this.options;
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
              @error=${() => ([this.broken, this.brokenFor] = [true, photo])}
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
          profiles.length
            ? html`<ul part="links">
                ${profiles.map(
                  (p) =>
                    html`<li>
                      <a
                        part="link"
                        data-network=${p.network}
                        href=${p.href}
                        aria-label=${p.network === 'email' ? this.label(p) : `${this.label(p)} ${this.messages('author').newTab}`}
                        target=${p.network === 'email' ? nothing : '_blank'}
                        rel="noopener noreferrer"
                        >${icon(ICONS[p.network])}</a
                      >
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        ${this.fedi.renderFollow(
          profiles.filter((p) => p.network === 'mastodon').map((p) => p.href),
          name,
        )}
      </div>
      ${this.fedi.render()}
    </section>`;
  }

  protected override updated(): void {
    this.publish();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The JSON-LD does not wait for the card to render.
    this.publish();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    publishPerson(this);
  }

  /** The card's Person in document.head, never beside the card: frameworks own the nodes around it. */
  private publish(): void {
    const o = this.options;
    const { name, photo: image, jobTitle, href: url, profiles } = o;
    const links = profiles.map((p) => p.href);
    publishPerson(
      this,
      o.schema ? { name, image, jobTitle, url, sameAs: sameAs(links) } : undefined,
    );
  }
}

addMessages('author', strings);
define('afterword-author', AfterwordAuthor);

declare global {
  interface HTMLElementTagNameMap {
    'afterword-author': AfterwordAuthor;
  }
}
