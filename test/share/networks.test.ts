import { expect } from '@open-wc/testing';
import {
  blueskyText,
  mastodonUrl,
  normalizeInstance,
  shareUrl,
  trimGraphemes,
  withUtm,
  type LinkNetwork,
} from '../../src/share/networks.js';

describe('share/networks', () => {
  describe('shareUrl', () => {
    const data = { url: 'https://example.org/a?b=1&c=2#top', text: 'Café & "crime" #1? 🎉' };
    const u = encodeURIComponent(data.url);
    const t = encodeURIComponent(data.text);
    const table: [LinkNetwork, string][] = [
      ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
      ['x', `https://x.com/intent/tweet?text=${t}&url=${u}`],
      ['linkedin', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
      ['bluesky', `https://bsky.app/intent/compose?text=${t}%20${u}`],
      ['threads', `https://www.threads.com/intent/post?text=${t}&url=${u}`],
      ['reddit', `https://www.reddit.com/submit?url=${u}&title=${t}`],
      ['telegram', `https://t.me/share/url?url=${u}&text=${t}`],
      ['whatsapp', `https://wa.me/?text=${t}%20${u}`],
      ['email', `mailto:?subject=${t}&body=${u}`],
    ];
    for (const [network, expected] of table) {
      it(`builds the ${network} URL`, () => {
        expect(shareUrl(network, data)).to.equal(expected);
      });
    }

    it('keeps &, #, ? and emoji intact through encoding', () => {
      const href = shareUrl('reddit', data);
      const params = new URL(href).searchParams;
      expect(params.get('url')).to.equal(data.url);
      expect(params.get('title')).to.equal(data.text);
    });

    it('writes spaces in mailto links as %20, never +', () => {
      const href = shareUrl('email', { url: 'https://e.org/', text: 'two words here' });
      expect(href).to.equal('mailto:?subject=two%20words%20here&body=https%3A%2F%2Fe.org%2F');
      expect(href).not.to.include('+');
    });

    it('adds via and hashtags for X, without @ and #', () => {
      const href = shareUrl('x', { ...data, via: '@afterword', hashtags: ['#news', 'media'] });
      expect(href).to.equal(
        `https://x.com/intent/tweet?text=${t}&url=${u}&via=afterword&hashtags=news%2Cmedia`,
      );
    });
  });

  describe('bluesky', () => {
    it('trims the text so text and URL stay within 300 graphemes', () => {
      const url = 'https://example.org/story';
      const text = '👩‍👩‍👧‍👦'.repeat(400);
      const out = blueskyText(text, url);
      const graphemes = [
        ...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(out),
      ];
      expect(graphemes.length).to.equal(300);
      expect(out.endsWith(` ${url}`)).to.be.true;
      expect(out).to.include('…');
    });
    it('leaves short text alone', () => {
      expect(blueskyText('Short', 'https://e.org')).to.equal('Short https://e.org');
    });
    it('uses the whole 300 graphemes and no more', () => {
      const url = 'https://e.org/story';
      const fits = 'a'.repeat(300 - url.length - 1);
      expect(blueskyText(fits, url)).to.equal(`${fits} ${url}`);
      expect(blueskyText(`${fits}b`, url)).to.equal(`${'a'.repeat(fits.length - 1)}… ${url}`);
    });
    it('counts graphemes, not UTF-16 units, before trimming', () => {
      const family = '👩‍👩‍👧‍👦'.repeat(100); // 100 graphemes, 1,100 UTF-16 units
      expect(blueskyText(family, 'https://e.org')).to.equal(`${family} https://e.org`);
      expect(trimGraphemes(family, 100)).to.equal(family);
    });
    it('never splits a grapheme', () => {
      expect(trimGraphemes('🇳🇱🇳🇱🇳🇱', 2)).to.equal('🇳🇱…');
    });
  });

  describe('mastodon', () => {
    it('shares on the reader’s own server', () => {
      expect(
        mastodonUrl('fosstodon.org', { url: 'https://e.org/?a=1&b=2', text: 'Hi there' }),
      ).to.equal(
        'https://fosstodon.org/share?text=Hi%20there%20https%3A%2F%2Fe.org%2F%3Fa%3D1%26b%3D2',
      );
    });
    const instances: [string, string | null][] = [
      ['mastodon.social', 'mastodon.social'],
      ['  Mastodon.Social ', 'mastodon.social'],
      ['https://fosstodon.org/@someone', 'fosstodon.org'],
      ['@me@hachyderm.io', 'hachyderm.io'],
      ['me@hachyderm.io', 'hachyderm.io'],
      ['javascript:alert(1)', null],
      ['evil.com/share?x=', 'evil.com'],
      ['not a server', null],
      ['localhost', null],
      ['', null],
      ['https://user:pass@host.org', null],
      ['host.org:8443', null],
    ];
    for (const [input, expected] of instances) {
      it(`reads "${input}" as ${expected}`, () => {
        expect(normalizeInstance(input)).to.equal(expected);
      });
    }
  });

  describe('withUtm', () => {
    it('adds source and medium, keeping query and hash', () => {
      expect(withUtm('https://e.org/a?x=1#h', 'x')).to.equal(
        'https://e.org/a?x=1&utm_source=x&utm_medium=social#h',
      );
    });
  });
});
