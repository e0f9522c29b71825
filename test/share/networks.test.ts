import { expect } from '@open-wc/testing';
import {
  blueskyText,
  shareUrl,
  trimGraphemes,
  withUtm,
  type LinkNetwork,
} from '../../src/share/networks.js';
import { parseServer } from '../../src/fediverse/server.js';
import { profileAccount } from '../../src/fediverse/account.js';
import { fediFamily, fediFollowUrl, fediShareUrl } from '../../src/fediverse/targets.js';

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

  describe('fediverse', () => {
    const data = { url: 'https://e.org/?a=1&b=2', text: 'Hi there' };
    const page = 'https%3A%2F%2Fe.org%2F%3Fa%3D1%26b%3D2';
    const shares: [string | null, string, boolean][] = [
      ['mastodon', `https://s.example/share?text=Hi%20there%20${page}`, false],
      ['hometown', `https://s.example/share?text=Hi%20there%20${page}`, false],
      ['fedibird', `https://s.example/share?text=Hi%20there%20${page}`, false],
      ['misskey', `https://s.example/share?text=Hi%20there&url=${page}`, false],
      ['sharkey', `https://s.example/share?text=Hi%20there&url=${page}`, false],
      ['firefish', `https://s.example/share?text=Hi%20there&url=${page}`, false],
      ['Iceshrimp', `https://s.example/share?text=Hi%20there&url=${page}`, false],
      ['friendica', `https://s.example/compose?title=Hi%20there&body=${page}`, false],
      ['lemmy', `https://s.example/create_post?url=${page}&title=Hi%20there`, false],
      ['pleroma', `https://s.example/share?text=Hi%20there%20${page}`, true],
      ['akkoma', `https://s.example/share?text=Hi%20there%20${page}`, true],
      ['gotosocial', `https://s.example/share?text=Hi%20there%20${page}`, true],
      [null, `https://s.example/share?text=Hi%20there%20${page}`, true],
    ];
    for (const [software, url, fallback] of shares) {
      it(`shares from ${software ?? 'an unknown server'} at ${url.slice(18)}`, () => {
        expect(fediShareUrl('https://s.example', software, data)).to.deep.equal({ url, fallback });
      });
    }

    const account = { uri: 'https://news.example/@jane', acct: 'jane@news.example' };
    const uri = 'https%3A%2F%2Fnews.example%2F%40jane';
    const follows: [string | null, string, boolean][] = [
      ['mastodon', `https://s.example/authorize_interaction?uri=${uri}`, false],
      ['glitch-soc', `https://s.example/authorize_interaction?uri=${uri}`, false],
      ['misskey', 'https://s.example/authorize-follow?acct=jane%40news.example', false],
      ['sharkey', 'https://s.example/authorize-follow?acct=jane%40news.example', false],
      ['iceshrimp.net', 'https://s.example/authorize-follow?acct=jane%40news.example', false],
      ['friendica', `https://s.example/contact/follow?url=${uri}`, false],
      ['pleroma', 'https://s.example/ostatus_subscribe?acct=jane%40news.example', false],
      ['akkoma', 'https://s.example/ostatus_subscribe?acct=jane%40news.example', false],
      ['lemmy', `https://s.example/authorize_interaction?uri=${uri}`, true],
      [null, `https://s.example/authorize_interaction?uri=${uri}`, true],
    ];
    for (const [software, url, fallback] of follows) {
      it(`follows from ${software ?? 'an unknown server'} at ${url.slice(18)}`, () => {
        expect(fediFollowUrl('https://s.example', software, account)).to.deep.equal({
          url,
          fallback,
        });
      });
    }

    it('knows each family by its NodeInfo name, in any case', () => {
      expect(fediFamily('Mastodon')).to.equal('mastodon');
      expect(fediFamily('calckey')).to.equal('misskey');
      expect(fediFamily('akkoma')).to.equal('pleroma');
      expect(fediFamily('gotosocial')).to.equal(undefined);
      expect(fediFamily(null)).to.equal(undefined);
    });

    const servers: [string, string | null][] = [
      ['mastodon.social', 'https://mastodon.social'],
      ['  Mastodon.Social ', 'https://mastodon.social'],
      ['https://fosstodon.org/@someone', 'https://fosstodon.org'],
      ['@me@hachyderm.io', 'https://hachyderm.io'],
      ['me@hachyderm.io', 'https://hachyderm.io'],
      ['javascript:alert(1)', null],
      ['evil.com/share?x=', 'https://evil.com'],
      ['not a server', null],
      ['localhost', null],
      ['', null],
      ['https://user:pass@host.org', null],
      ['host.org:8443', null],
      ['http://host.org', null],
      ['http://misskey.localhost:8000/x', 'http://misskey.localhost:8000'],
    ];
    for (const [input, expected] of servers) {
      it(`reads "${input}" as ${expected}`, () => {
        expect(parseServer(input)).to.equal(expected);
      });
    }

    it('reads the account of a profile link', () => {
      expect(profileAccount('https://news.example/@jane')).to.deep.equal(account);
      expect(profileAccount('https://news.example/@jane@other.example/')).to.deep.equal({
        uri: 'https://news.example/@jane@other.example/',
        acct: 'jane@other.example',
      });
      expect(profileAccount('https://news.example/about')).to.equal(null);
    });
  });

  describe('withUtm', () => {
    it('adds source and medium, keeping query and hash', () => {
      expect(withUtm('https://e.org/a?x=1#h', 'x')).to.equal(
        'https://e.org/a?x=1&utm_source=x&utm_medium=social#h',
      );
    });
  });
});
