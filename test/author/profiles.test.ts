import { expect } from '@open-wc/testing';
import { detectProfile, type ProfileNetwork } from '../../src/author/profiles.js';

describe('author/profiles', () => {
  const table: [string, ProfileNetwork, string][] = [
    ['https://x.com/jane', 'x', 'X'],
    ['https://twitter.com/jane', 'x', 'X'],
    ['https://mobile.twitter.com/jane', 'x', 'X'],
    ['https://mastodon.social/@jane', 'mastodon', 'Mastodon'],
    ['https://hachyderm.io/@jane/', 'mastodon', 'Mastodon'],
    ['https://social.example.coop/@jane@mastodon.social', 'mastodon', 'Mastodon'],
    ['https://bsky.app/profile/jane.bsky.social', 'bluesky', 'Bluesky'],
    ['https://www.threads.net/@jane', 'threads', 'Threads'],
    ['https://www.threads.com/@jane', 'threads', 'Threads'],
    ['https://www.instagram.com/jane/', 'instagram', 'Instagram'],
    ['https://www.facebook.com/jane', 'facebook', 'Facebook'],
    ['https://m.facebook.com/jane', 'facebook', 'Facebook'],
    ['https://fb.com/jane', 'facebook', 'Facebook'],
    ['https://www.linkedin.com/in/jane', 'linkedin', 'LinkedIn'],
    ['https://de.linkedin.com/in/jane', 'linkedin', 'LinkedIn'],
    ['https://www.youtube.com/@jane', 'youtube', 'YouTube'],
    ['https://youtu.be/abc', 'youtube', 'YouTube'],
    ['https://www.tiktok.com/@jane', 'tiktok', 'TikTok'],
    ['https://github.com/jane', 'github', 'GitHub'],
    ['https://jane.substack.com/', 'substack', 'Substack'],
    ['https://substack.com/@jane', 'substack', 'Substack'],
    ['https://medium.com/@jane', 'medium', 'Medium'],
    ['https://jane.medium.com/', 'medium', 'Medium'],
    ['https://t.me/jane', 'telegram', 'Telegram'],
    ['https://telegram.me/jane', 'telegram', 'Telegram'],
    ['https://wa.me/15551234567', 'whatsapp', 'WhatsApp'],
    ['https://api.whatsapp.com/send?phone=1555', 'whatsapp', 'WhatsApp'],
    ['mailto:jane@example.org', 'email', 'jane@example.org'],
    ['https://example.org/feed', 'rss', 'RSS'],
    ['https://example.org/blog/feed/', 'rss', 'RSS'],
    ['https://example.org/rss.xml', 'rss', 'RSS'],
    ['https://example.org/index.xml', 'rss', 'RSS'],
    ['https://example.org/atom.xml', 'rss', 'RSS'],
    ['https://example.org/posts.rss', 'rss', 'RSS'],
    ['https://feeds.example.org/jane', 'rss', 'RSS'],
    ['https://www.example.org/about', 'website', 'example.org'],
    ['http://jane.example/', 'website', 'jane.example'],
    // Look-alike hosts are not the network.
    ['https://notx.com/jane', 'website', 'notx.com'],
    ['https://github.com.evil.example/jane', 'website', 'github.com.evil.example'],
    // /@user on a known host belongs to that host, not to Mastodon.
    ['https://example.org/@jane/posts', 'website', 'example.org'],
  ];
  for (const [url, network, name] of table) {
    it(`recognises ${url} as ${network}`, () => {
      const p = detectProfile(url);
      expect(p).to.not.equal(null);
      expect([p!.network, p!.name]).to.deep.equal([network, name]);
    });
  }

  it('keeps the address, normalised', () => {
    expect(detectProfile('  https://GitHub.com/jane ')!.href).to.equal('https://github.com/jane');
  });

  it('resolves root-relative addresses against the page', () => {
    expect(detectProfile('/feed.xml', 'https://blog.example/post/1')).to.deep.equal({
      network: 'rss',
      name: 'RSS',
      href: 'https://blog.example/feed.xml',
    });
  });

  for (const bad of [
    'javascript:alert(1)',
    'data:text/html,hi',
    'ftp://example.org/x',
    'tel:+15551234',
    'example.org',
    '',
    'https://',
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => {
      expect(detectProfile(bad, 'https://blog.example/')).to.equal(null);
    });
  }
});
