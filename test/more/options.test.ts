// <afterword-more>'s settings and the choice of articles: pure, table-driven.
import { expect } from '@open-wc/testing';
import { MAX_COUNT, MORE_DEFAULTS, resolveOptions } from '../../src/more/options.js';
import { pick, sameArticle } from '../../src/more/pick.js';
import { formatDate } from '../../src/more/date.js';
import type { FeedItem } from '../../src/more/feed.js';

const BASE = 'https://harbour-post.example/night-market-returns/';
const ORIGIN = 'https://harbour-post.example';

function resolve(attributes: Record<string, unknown>, json: Record<string, unknown> = {}) {
  const errors: string[] = [];
  const o = resolveOptions(attributes, json, (f, p) => errors.push(`${f}: ${p}`), BASE, ORIGIN);
  return { o, errors };
}

describe('<afterword-more> settings', () => {
  it('defaults to the latest three from the page’s own feed', () => {
    const { o, errors } = resolve({});
    expect(errors).to.deep.equal([]);
    expect(o).to.include({ feed: undefined, refused: false, count: 3, match: 'latest' });
    expect(MORE_DEFAULTS).to.deep.equal({ count: 3, match: 'latest' });
  });

  const ROWS: [string, Record<string, unknown>, Record<string, unknown>, string[]][] = [
    ['a path on the site', { feed: '/feed/' }, { feed: `${ORIGIN}/feed/`, refused: false }, []],
    ['a relative path', { feed: 'index.xml' }, { feed: `${BASE}index.xml` }, []],
    ['an absolute address on the site', { feed: `${ORIGIN}/rss/` }, { feed: `${ORIGIN}/rss/` }, []],
    [
      'a feed on another site',
      { feed: 'https://feeds.feedburner.com/harbour' },
      { feed: undefined, refused: true },
      [
        'feed: "https://feeds.feedburner.com/harbour" is not on this site (https://harbour-post.example): only the site\'s own feed is read',
      ],
    ],
    [
      'http: for an https: site',
      { feed: 'http://harbour-post.example/feed/' },
      { feed: undefined, refused: true },
      [
        'feed: "http://harbour-post.example/feed/" is not on this site (https://harbour-post.example): only the site\'s own feed is read',
      ],
    ],
    [
      'not a web address',
      { feed: 'javascript:alert(1)' },
      { feed: undefined, refused: true },
      ['feed: "javascript:alert(1)" is not an http(s) address'],
    ],
    ['a count as text', { count: '5' }, { count: 5 }, []],
    ['a count as a number', { count: 1 }, { count: 1 }, []],
    [`the largest count`, { count: MAX_COUNT }, { count: MAX_COUNT }, []],
    ['no count', { count: 0 }, { count: 3 }, ['count: "0" is not a whole number from 1 to 12']],
    ['too many', { count: '40' }, { count: 3 }, ['count: "40" is not a whole number from 1 to 12']],
    [
      'a fraction',
      { count: '2.5' },
      { count: 3 },
      ['count: "2.5" is not a whole number from 1 to 12'],
    ],
    [
      'words',
      { count: 'some' },
      { count: 3 },
      ['count: "some" is not a whole number from 1 to 12'],
    ],
    ['match by tags', { match: ' Tags ' }, { match: 'tags' }, []],
    [
      'an unknown match',
      { match: 'related' },
      { match: 'latest' },
      ['match: "related" is not one of latest, tags'],
    ],
  ];
  for (const [what, attributes, expected, errors] of ROWS)
    it(`${what}: ${JSON.stringify(attributes)}`, () => {
      const r = resolve(attributes);
      expect(r.o).to.include(expected);
      expect(r.errors).to.deep.equal(errors);
    });

  it('reads the same settings from JSON, the attributes winning', () => {
    const { o, errors } = resolve({ count: '2' }, { feed: '/feed.json', count: 6, match: 'tags' });
    expect(o).to.include({ feed: `${ORIGIN}/feed.json`, count: 2, match: 'tags' });
    expect(errors).to.deep.equal([]);
    expect(resolve({}, { colour: 'red' }).errors).to.deep.equal(['config: unknown key "colour"']);
  });

  it('takes any feed address where no origin is given (the set-up page is not on the blog)', () => {
    const o = resolveOptions({ feed: 'https://blog.example/feed/' }, {}, () => {}, BASE, null);
    expect(o.feed).to.equal('https://blog.example/feed/');
  });
});

const item = (path: string, day: number, tags: string[] = []): FeedItem => ({
  title: path,
  url: `https://harbour-post.example/${path}/`,
  date: new Date(Date.UTC(2026, 10, day, 12)),
  tags,
});

describe('choosing the articles', () => {
  const feed = [
    item('night-market-returns', 27, ['Market', 'Harbour']),
    item('ferry', 24, ['Transport', 'Harbour']),
    item('library', 20, ['Council']),
    item('fish-counter', 16, ['Market', 'People']),
    item('harbour-wall', 10, ['harbour', 'council']),
    item('choir', 3, ['People']),
  ];
  const current = ['https://harbour-post.example/night-market-returns/'];
  const titles = (items: FeedItem[]) => items.map((i) => i.title);

  it('lists the latest, never the article being read', () => {
    expect(titles(pick(feed, { current, tags: [], match: 'latest', count: 3 }))).to.deep.equal([
      'ferry',
      'library',
      'fish-counter',
    ]);
  });

  it('sorts by date whatever the feed’s order, undated last', () => {
    const shuffled = [feed[3], { ...feed[5], date: undefined }, feed[1], feed[2]];
    expect(titles(pick(shuffled, { current, tags: [], match: 'latest', count: 4 }))).to.deep.equal([
      'ferry',
      'library',
      'fish-counter',
      'choir',
    ]);
  });

  it('with tags: most shared tags first (any case), then by date, then the latest', () => {
    const tags = ['Market', 'HARBOUR', 'Council'];
    expect(titles(pick(feed, { current, tags, match: 'tags', count: 5 }))).to.deep.equal([
      'harbour-wall',
      'ferry',
      'library',
      'fish-counter',
      'choir',
    ]);
    // No tag on the page: the latest.
    expect(titles(pick(feed, { current, tags: [], match: 'tags', count: 2 }))).to.deep.equal([
      'ferry',
      'library',
    ]);
  });

  it('knows the current article by any of its addresses', () => {
    for (const here of [
      'http://www.harbour-post.example/night-market-returns',
      'https://harbour-post.example/night-market-returns/?utm_source=mastodon&utm_medium=social',
      'https://harbour-post.example/night-market-returns/index.html#comments',
    ])
      expect(sameArticle(here), here).to.equal(sameArticle(current[0]));
    expect(sameArticle('https://harbour-post.example/night-market-returns/?page=2')).to.not.equal(
      sameArticle(current[0]),
    );
  });

  it('lists an article only once', () => {
    const twice = [feed[1], { ...feed[1], url: `${feed[1].url}?utm_source=rss` }, feed[2]];
    expect(titles(pick(twice, { current, tags: [], match: 'latest', count: 3 }))).to.deep.equal([
      'ferry',
      'library',
    ]);
  });

  it('writes dates in the page’s language', () => {
    const d = new Date(Date.UTC(2026, 10, 27, 12));
    expect(formatDate(d, 'en')).to.equal('Nov 27, 2026');
    expect(formatDate(d, 'de')).to.equal('27.11.2026');
    expect(formatDate(d, 'fr')).to.equal('27 nov. 2026');
    expect(formatDate(d, 'en-GB')).to.equal('27 Nov 2026');
  });
});
