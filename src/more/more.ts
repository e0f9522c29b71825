// <afterword-more>: more articles from the site's own feed, under the one being read.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AfterwordElement, numeric, type Attributes } from '../shared/element.js';
import { define } from '../shared/define.js';
import { addMessages } from '../shared/localize.js';
import { more as strings } from '../locales/en/more.js';
import { pageUrl } from '../shared/page.js';
import { tokens } from '../shared/tokens.js';
import type { Report } from '../shared/options.js';
import { moreStyles } from './more.styles.js';
import { moreConfigSchema, resolveOptions, type MoreOptions } from './options.js';
import { loadFeed } from './load.js';
import { pick } from './pick.js';
import { formatDate } from './date.js';
import { pageFeed, pageTags } from './page.js';
import type { FeedItem } from './feed.js';
import './events.js';

// For npm users who import this element alone and add or change its strings.
export { registerLocale, type LocaleOverrides } from '../shared/localize.js';

export { moreConfigSchema };
export type { MoreEventDetail } from './events.js';
export type { FeedItem };

/**
 * More articles from the site's own feed (RSS, Atom or JSON Feed), under the one being read.
 * @tagname afterword-more
 * @summary The latest articles, or those sharing the page's tags, from the site's own feed; never the current one.
 * @fires afterword-more - The reader followed a listed article; detail `{ url, title, position }`.
 * @csspart base - The section around the list.
 * @csspart heading - The heading ("More articles").
 * @csspart list - The list.
 * @csspart item - Each article.
 * @csspart link - Each article's link (its image, title and date).
 * @csspart image - The feed's image for an article, when it has one.
 * @csspart title - The article's title.
 * @csspart date - The article's date, in the page's language.
 * @cssproperty --afterword-more-image-width - Width of the images (default 96px).
 * @cssproperty --afterword-more-image-height - Height of the images (default 64px).
 */
export class AfterwordMore extends AfterwordElement<MoreOptions> {
  protected get tag(): string {
    return 'afterword-more';
  }

  /** The site's own feed (RSS, Atom or JSON Feed); default: the page's `<link rel="alternate">` feed. */
  @property() feed?: string;
  /** How many articles to list (1 to 12; default 3). */
  @property({ converter: numeric }) count?: number | string;
  /** `latest` (default), or `tags`: those sharing the page's `article:tag`s first, then the latest. */
  @property() match?: string;

  /** The feed's articles once read; undefined before that, or when it could not be read. */
  @state() private items?: FeedItem[];

  static override styles = [tokens, moreStyles];

  protected resolveOptions(a: Attributes, json: Record<string, unknown>, r: Report): MoreOptions {
    return resolveOptions(a, json, r);
  }

  /** The feed last asked for, and what stops its fetch. */
  private source?: string;
  private stop?: AbortController;
  private due = false;

  /** The feed to read: as set, else the one the page links (on this site only); reports why none. */
  private address(): string | undefined {
    const o = this.options;
    if (o.refused) return undefined;
    if (o.feed) return o.feed;
    const linked = pageFeed();
    if (!linked) {
      this.report(
        'feed',
        'no feed given, and the page links none (<link rel="alternate" type="application/rss+xml" href="…">)',
      );
      return undefined;
    }
    if (new URL(linked).origin !== location.origin) {
      this.report(
        'feed',
        `the page's feed "${linked}" is not on this site: give the address of the site's own feed`,
      );
      return undefined;
    }
    return linked;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const url = this.address();
    if (url === this.source) return;
    this.source = url;
    this.items = undefined;
    this.due = !!url;
  }

  /** The feed is fetched once the list is about to be seen: its first update waits for that. */
  protected override updated(): void {
    if (!this.due || !this.source) return;
    this.due = false;
    const url = this.source;
    this.stop?.abort();
    const stop = (this.stop = new AbortController());
    loadFeed(url, stop.signal).then(
      (items) => {
        if (!stop.signal.aborted) this.items = items;
      },
      (e: Error) => {
        if (!stop.signal.aborted) this.report('feed', `"${url}" ${e.message}`);
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A fetch cut short starts again should the element come back.
    if (this.stop && !this.items) {
      this.stop.abort();
      this.source = undefined;
    }
  }

  private shown(): FeedItem[] {
    const { count, match } = this.options;
    const here = new URL(location.href);
    here.hash = '';
    return pick(this.items ?? [], {
      current: [pageUrl(), here.href],
      tags: pageTags(),
      match,
      count,
    });
  }

  protected override render(): TemplateResult {
    const items = this.shown();
    if (!items.length) return html``;
    const lang = this.resolvedLang;
    return html`<section part="base" aria-labelledby="heading" dir=${this.dir_} lang=${lang}>
      <h2 part="heading" id="heading">${this.messages('more').heading}</h2>
      <ul part="list">
        ${items.map(
          (item, i) =>
            html`<li part="item">
              <a
                part="link"
                href=${item.url}
                @click=${() =>
                  this.emit('afterword-more', {
                    url: item.url,
                    title: item.title,
                    position: i + 1,
                  })}
              >
                ${
                  item.image
                    ? html`<img
                        part="image"
                        src=${item.image}
                        alt=""
                        width="96"
                        height="64"
                        loading="lazy"
                        decoding="async"
                      />`
                    : nothing
                }
                <span class="text">
                  <span part="title">${item.title}</span>
                  ${
                    item.date
                      ? html`<time part="date" datetime=${item.date.toISOString()}
                          >${formatDate(item.date, lang)}</time
                        >`
                      : nothing
                  }
                </span>
              </a>
            </li>`,
        )}
      </ul>
    </section>`;
  }
}

addMessages('more', strings);
define('afterword-more', AfterwordMore);

declare global {
  interface HTMLElementTagNameMap {
    'afterword-more': AfterwordMore;
  }
}
