// Each kind of feed a blog publishes, in the shape its platform writes it, read into articles.
import { expect } from '@open-wc/testing';
import { parseFeed, type FeedItem } from '../../src/more/feed.js';

const text = (file: string) => fetch(`/test/fixtures/feeds/${file}`).then((r) => r.text());
const BASE = 'https://harbour-post.example/feed/';
const iso = (items: FeedItem[]) => items.map((i) => i.date?.toISOString());

describe('reading a feed', () => {
  it('WordPress RSS: titles with entities, categories as tags, no image', async () => {
    const items = parseFeed(await text('wordpress.xml'), BASE);
    expect(items.map((i) => i.title)).to.deep.equal([
      'The night market returns to Quay Street',
      'Winter ferry timetable: fewer crossings, a later last boat',
      'Council budget keeps both libraries open',
      'Three generations behind the fish counter',
      'Harbour wall repairs won’t start before January',
    ]);
    expect(items[0]).to.deep.equal({
      title: 'The night market returns to Quay Street',
      url: 'https://harbour-post.example/2026/11/27/night-market-returns/',
      date: new Date('2026-11-27T09:00:00Z'),
      image: undefined,
      tags: ['Market', 'Harbour'],
    });
    // The channel's own <image> (the site icon) is nobody's article image.
    expect(items.map((i) => i.image)).to.deep.equal(Array(5).fill(undefined));
  });

  it('Ghost RSS: CDATA titles, media:content images, never an <img> out of the content', async () => {
    const items = parseFeed(await text('ghost.xml'), BASE);
    expect(items).to.have.length(6);
    expect(items[1]).to.deep.equal({
      title: 'Winter ferry timetable: fewer crossings, a later last boat',
      url: 'https://harbour-post.example/winter-ferry-timetable/',
      date: new Date('2026-11-24T08:30:00Z'),
      image: 'https://harbour-post.example/content/images/2026/11/ferry.jpg',
      tags: ['Transport', 'Harbour'],
    });
    // Its guid is not a permalink: the <link> is the address.
    expect(items[0].url).to.equal('https://harbour-post.example/night-market-returns/');
    // The harbour wall has a picture only in its HTML: none is shown.
    expect(items[4].title).to.equal('Harbour wall repairs to start in January');
    expect(items[4].image).to.equal(undefined);
  });

  it('Hugo RSS: plain items, guid and link alike, no categories', async () => {
    const items = parseFeed(await text('hugo.xml'), BASE);
    expect(items.map((i) => i.url)).to.deep.equal([
      'https://harbour-post.example/posts/night-market-returns/',
      'https://harbour-post.example/posts/winter-ferry-timetable/',
      'https://harbour-post.example/posts/council-budget-libraries/',
      'https://harbour-post.example/posts/fish-counter/',
    ]);
    expect(iso(items)).to.deep.equal([
      '2026-11-27T09:00:00.000Z',
      '2026-11-24T08:30:00.000Z',
      '2026-11-20T12:00:00.000Z',
      '2026-11-16T07:45:00.000Z',
    ]);
    expect(items.every((i) => i.tags.length === 0 && !i.image)).to.equal(true);
  });

  it('Atom (jekyll-feed): HTML titles as text, category terms, media:thumbnail, xhtml titles, relative links', async () => {
    const items = parseFeed(await text('atom.xml'), 'https://harbour-post.example/feed.xml');
    expect(items[0]).to.deep.equal({
      title: 'Harbour wall repairs won’t start before January',
      url: 'https://harbour-post.example/2026/11/10/harbour-wall-repairs.html',
      // Published, not updated.
      date: new Date('2026-11-10T16:20:00Z'),
      image: 'https://harbour-post.example/assets/img/harbour-wall.jpg',
      tags: ['Harbour', 'Council'],
    });
    expect(items[3]).to.deep.equal({
      title: 'Council budget keeps both libraries open',
      url: 'https://harbour-post.example/2026/11/20/council-budget-libraries.html',
      date: new Date('2026-11-20T12:00:00Z'),
      image: undefined,
      tags: ['Council'],
    });
  });

  it('JSON Feed 1.1: image or banner_image, tags, relative addresses; a post without a title is left out', async () => {
    const items = parseFeed(await text('feed.json'), 'https://harbour-post.example/feed.json');
    expect(items.map((i) => i.title)).to.deep.equal([
      'The night market returns to Quay Street',
      'Winter ferry timetable: fewer crossings, a later last boat',
      'Council budget keeps both libraries open',
      'Three generations behind the fish counter',
    ]);
    expect(items[0].image).to.equal('https://harbour-post.example/images/night-market.jpg');
    expect(items[2].image).to.equal('https://harbour-post.example/images/library.jpg');
    expect(items[3]).to.deep.equal({
      title: 'Three generations behind the fish counter',
      url: 'https://harbour-post.example/fish-counter/',
      date: new Date('2026-11-16T07:45:00Z'),
      image: undefined,
      tags: ['Market', 'People'],
    });
  });

  it('RSS 1.0 (RDF), items beside the channel', () => {
    const items = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://x.example/"><title>X</title></channel>
        <item rdf:about="https://x.example/a"><title>A</title><link>https://x.example/a</link><dc:date>2026-11-01T10:00:00Z</dc:date><dc:subject>Harbour</dc:subject></item>
      </rdf:RDF>`,
      BASE,
    );
    expect(items).to.deep.equal([
      {
        title: 'A',
        url: 'https://x.example/a',
        date: new Date('2026-11-01T10:00:00Z'),
        image: undefined,
        tags: ['Harbour'],
      },
    ]);
  });

  it('keeps only http(s) addresses, and an item without one is left out', () => {
    const items = parseFeed(
      `<rss><channel>
        <item><title>Bad</title><link>javascript:alert(1)</link></item>
        <item><title>Guid</title><guid>https://x.example/g</guid><enclosure url="data:image/png;base64,AA" type="image/png"/></item>
        <item><title>Enclosed</title><link>/e</link><enclosure url="/e.jpg" length="1" type="image/jpeg"/><pubDate>not a date</pubDate></item>
        <item><title>Podcast</title><link>/p</link><enclosure url="/p.mp3" type="audio/mpeg"/></item>
      </channel></rss>`,
      BASE,
    );
    expect(items).to.deep.equal([
      { title: 'Guid', url: 'https://x.example/g', date: undefined, image: undefined, tags: [] },
      {
        title: 'Enclosed',
        url: 'https://harbour-post.example/e',
        date: undefined,
        image: 'https://harbour-post.example/e.jpg',
        tags: [],
      },
      {
        title: 'Podcast',
        url: 'https://harbour-post.example/p',
        date: undefined,
        image: undefined,
        tags: [],
      },
    ]);
  });

  it('forgives the blank lines a WordPress plugin leaves before the XML declaration', async () => {
    const items = parseFeed(`\n\n${await text('wordpress.xml')}`, BASE);
    expect(items).to.have.length(5);
  });

  it('refuses a malformed feed (an unescaped "&"), saying where', async () => {
    const fileText = await text('broken.xml');
    expect(() => parseFeed(fileText, BASE)).to.throw(
      /a bare "&" \(XML needs "&amp;"\) at line 7, column 19/,
    );
  });

  for (const [what, body, message] of [
    [
      'an HTML page',
      '<!DOCTYPE html>\n<html lang="en"><head><title>Home</title></head></html>',
      /an HTML page, not a feed/,
    ],
    [
      'another XML document',
      '<?xml version="1.0"?><urlset><url/></urlset>',
      /not an RSS or Atom feed \(its root is <urlset>\)/,
    ],
    ['JSON that is not a JSON Feed', '{"items": []}', /not a JSON Feed/],
    ['broken JSON', '{"version": ', /not valid JSON/],
    ['plain text', 'Service unavailable', /neither XML nor JSON/],
  ] as [string, string, RegExp][])
    it(`refuses ${what}, saying why`, () => {
      expect(() => parseFeed(body, BASE)).to.throw(message);
    });
});
