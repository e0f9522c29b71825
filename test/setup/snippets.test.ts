import { expect } from '@open-wc/testing';
import { initialState, setPath, type SetupState } from '../../src/setup/state.js';
import { check } from '../../src/setup/validate.js';
import {
  automountConfig,
  automountSnippet,
  elementsSnippet,
  elementTag,
  fediverseHandle,
  headSnippet,
} from '../../src/setup/snippets.js';
import { PLATFORMS, platform } from '../../src/setup/recipes.js';
import { pickLanguage, setupMessages } from '../../src/setup/messages/index.js';

const SCRIPT = 'https://blog.example/afterword.js';

/** A filled-in state: every widget valid. */
function filled(): SetupState {
  let s = initialState(SCRIPT, 'https://inbox.example/api/feedback');
  s = setPath(s, 'support.providers.0.account', 'valleyledger');
  s = setPath(s, 'author.name', 'Maren Holt');
  s = setPath(s, 'author.links', 'https://mastodon.social/@maren\nmailto:maren@example.org');
  return s;
}

const change = (pairs: [string, unknown][], s = filled()) =>
  pairs.reduce((acc, [path, value]) => setPath(acc, path, value), s);

describe('set-up page: checks and snippets', () => {
  describe('check', () => {
    it('gives every widget with its defaults left out', () => {
      const c = check(filled());
      expect(c.errors).to.deep.equal({});
      expect(c.sections).to.deep.equal({
        share: {},
        support: { provider: 'kofi', account: 'valleyledger' },
        feedback: { endpoint: 'https://inbox.example/api/feedback' },
        author: {
          name: 'Maren Holt',
          links: ['https://mastodon.social/@maren', 'mailto:maren@example.org'],
        },
      });
    });

    const bad: [string, string, unknown, string][] = [
      ['support.currency', 'support.currency', 'EURO', 'currency'],
      ['support.amounts', 'support.amounts', '3 five', 'amounts'],
      ['support.amount', 'support.amount', '-2', 'amount'],
      ['share.via', 'share.via', 'not a handle!', 'via'],
      ['share.hashtags', 'share.hashtags', 'ok no-dash', 'hashtags'],
      ['author.photo', 'author.photo', 'javascript:alert(1)', 'photo'],
      ['author.href', 'author.href', 'ftp://x.example', 'href'],
      ['feedback.endpoint', 'feedback.endpoint', 'http://evil.example/x', 'endpoint'],
      ['tokens.accent', 'tokens.accent', 'red; } body { display: none', '--afterword-accent'],
      ['tokens.radius', 'tokens.radius', 'round', '--afterword-radius'],
    ];
    for (const [path, field, value, leaked] of bad) {
      it(`reports ${path} = ${JSON.stringify(value)} on its field and keeps it out of every snippet`, () => {
        const c = check(change([[path, value]]));
        expect(c.errors[field], JSON.stringify(c.errors)).to.be.a('string').and.not.empty;
        const all = elementsSnippet(c) + automountSnippet(c, 'after') + headSnippet(c);
        expect(all).to.not.include(String(value));
        if (leaked.startsWith('--')) expect(all).to.not.include(leaked);
        else expect(all).to.not.include(`${leaked}="${value}`);
      });
    }

    it('leaves out a widget that cannot work, and says which field to fix', () => {
      const c = check(
        change([
          ['support.providers.0.account', ''],
          ['author.name', ' '],
        ]),
      );
      expect(c.sections.support).to.be.undefined;
      expect(c.sections.author).to.be.undefined;
      expect(c.errors['support.providers.0.account']).to.equal('Write your Ko-fi account.');
      expect(c.errors['author.name']).to.be.a('string');
      expect(elementsSnippet(c)).to.not.include('<afterword-support');
    });

    it('needs an https: link for Stripe and an access key for Web3Forms', () => {
      const c = check(
        change([
          ['support.providers.0.provider', 'stripe'],
          ['support.providers.0.href', 'http://buy.stripe.com/x'],
          ['feedback.destination', 'web3forms'],
        ]),
      );
      expect(c.errors['support.providers.0.href']).to.include('https');
      // Tied to the access key's own field.
      expect(c.errors['feedback.accessKey'].toLowerCase()).to.include('required');
      expect(c.sections.feedback).to.be.undefined;
    });

    it('keeps the chosen networks in the bar’s order and the trigger as the element reads it', () => {
      const c = check(
        change([
          ['share.networks', ['x', 'mastodon', 'copy']],
          ['support.mode', 'banner'],
          ['support.trigger', 'scroll'],
          ['support.triggerValue', '60'],
          ['support.intervals', ['once', 'monthly']],
          ['support.currency', 'eur'],
        ]),
      );
      expect(c.sections.share).to.deep.equal({ networks: 'x mastodon copy' });
      expect(c.sections.support).to.include({
        mode: 'banner',
        trigger: 'scroll:60',
        intervals: 'once monthly',
        currency: 'EUR',
      });
      expect(
        check(
          change([
            ['support.mode', 'banner'],
            ['support.trigger', 'scroll'],
            ['support.triggerValue', '140'],
          ]),
        ).errors,
      ).to.have.property('support.triggerValue');
    });

    it('writes the tip key with its fingerprint, and asks for the fingerprint when only the key is given', () => {
      const key = 'https://maren.example/key.asc';
      const fp = '3AF2 0C1E 4B5D 6E7F 8091 A2B3 C4D5 E6F7 0819 2A3B';
      const tips = change([['feedback.kinds', ['tip']]]);
      const alone = check(change([['feedback.tipKey', key]], tips));
      expect(alone.errors['feedback.tipFingerprint']).to.match(/fingerprint/);
      const pinned = check(
        change(
          [
            ['feedback.tipKey', key],
            ['feedback.tipFingerprint', fp],
          ],
          tips,
        ),
      );
      expect(pinned.errors).to.deep.equal({});
      expect(pinned.sections.feedback).to.include({ 'tip-key': key, 'tip-fingerprint': fp });
      expect(elementsSnippet(pinned)).to.include(`tip-fingerprint="${fp}"`);
      // Without tips among the kinds, there is nothing to seal: no key is written.
      const none = check(
        change([
          ['feedback.kinds', ['feedback', 'correction']],
          ['feedback.tipKey', key],
        ]),
      );
      expect(none.sections.feedback).to.not.have.property('tip-key');
    });

    it('lists more articles only when asked, with what differs from its defaults', () => {
      expect(check(filled()).sections.more).to.be.undefined;
      const bare = check(change([['more.on', true]]));
      expect(bare.errors).to.deep.equal({});
      expect(bare.sections.more).to.deep.equal({});
      expect(elementsSnippet(bare)).to.include('<afterword-more></afterword-more>');
      expect(automountConfig(bare, 'after').more).to.equal(true);
      const set = check(
        change([
          ['more.on', true],
          ['more.feed', ' /index.xml '],
          ['more.count', '5'],
          ['more.match', 'tags'],
        ]),
      );
      expect(set.sections.more).to.deep.equal({ feed: '/index.xml', count: '5', match: 'tags' });
      expect(elementsSnippet(set)).to.include(
        '<afterword-more feed="/index.xml" count="5" match="tags"></afterword-more>',
      );
      // The blog's feed may be on its own domain: this page is not on the blog.
      const absolute = check(
        change([
          ['more.on', true],
          ['more.feed', 'https://blog.example/feed/'],
        ]),
      );
      expect(absolute.sections.more).to.deep.equal({ feed: 'https://blog.example/feed/' });
    });

    it('says what is wrong with a feed address or a count, and keeps them out', () => {
      const c = check(
        change([
          ['more.on', true],
          ['more.feed', 'ftp://blog.example/feed'],
          ['more.count', '40'],
        ]),
      );
      expect(c.errors['more.feed']).to.equal(
        '"ftp://blog.example/feed" is not a web address (https://… or /path).',
      );
      expect(c.errors['more.count']).to.equal('"40" is not a whole number from 1 to 12.');
      expect(c.sections.more).to.deep.equal({});
    });
  });

  describe('snippets', () => {
    it('writes the script, the token styles and the elements, escaping what the blogger typed', () => {
      const c = check(
        change([
          ['tokens.accent', '#c2185b'],
          ['author.name', 'Maren "M" <Holt>'],
          ['author.bio', 'Reporter.\n\nSecond <b>line</b>.'],
          ['lang', 'nl'],
        ]),
      );
      const text = elementsSnippet(c);
      expect(text.startsWith(`<script src="${SCRIPT}" defer></script>`)).to.be.true;
      expect(text).to.include('--afterword-accent: #c2185b;');
      expect(text).to.include('name="Maren &quot;M&quot; &lt;Holt&gt;"');
      expect(text).to.include('<p>Reporter.</p>');
      expect(text).to.include('<p>Second &lt;b&gt;line&lt;/b&gt;.</p>');
      expect(text).to.include('<afterword-share lang="nl"></afterword-share>');
    });

    it('puts several providers in config and boolean settings as bare attributes', () => {
      expect(
        elementTag('support', {
          providers: [
            { provider: 'kofi', account: "o'brien" },
            { provider: 'liberapay', account: 'x' },
          ],
        }),
      ).to.equal(
        `<afterword-support config='{"providers":[{"provider":"kofi","account":"o&#39;brien"},{"provider":"liberapay","account":"x"}]}'>`,
      );
      expect(elementTag('share', { utm: true })).to.equal('<afterword-share utm>');
    });

    it('writes the auto-mount block with placement, position and true for defaults', () => {
      const c = check(filled());
      expect(automountConfig(c, 'append')).to.deep.include({
        placement: 'article',
        position: 'append',
        share: true,
      });
      expect(automountConfig(c, 'after')).to.not.have.property('position');
      const evil = check(change([['author.name', '</script><script>alert(1)</script>']]));
      const block = automountSnippet(evil, 'after');
      expect(block.match(/<\/script>/g)).to.have.length(2);
      const json = block.slice(block.indexOf('{'), block.indexOf('</script>'));
      expect(JSON.parse(json).author.name).to.equal('</script><script>alert(1)</script>');
    });

    it('writes the <head> lines: fediverse:creator, rel="me" for each web profile, and the Person', () => {
      const c = check(
        change([
          ['author.jobTitle', 'Reporter'],
          ['author.href', '/about'],
        ]),
      );
      const lines = headSnippet(c).split('\n');
      expect(lines[0]).to.equal('<meta name="fediverse:creator" content="@maren@mastodon.social">');
      expect(lines[1]).to.equal('<link rel="me" href="https://mastodon.social/@maren">');
      expect(lines).to.have.length(3);
      const ld = JSON.parse(lines[2].replace(/^<script[^>]*>|<\/script>$/g, ''));
      expect(ld).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'Person',
        name: 'Maren Holt',
        jobTitle: 'Reporter',
        url: '/about',
        sameAs: ['https://mastodon.social/@maren'],
      });
    });

    const handles: [string, string | undefined][] = [
      ['https://mastodon.social/@maren', '@maren@mastodon.social'],
      ['https://social.example/@jo/', '@jo@social.example'],
      ['https://mastodon.social/@jo@other.example', '@jo@other.example'],
      ['https://bsky.app/profile/maren', undefined],
      ['https://maren.example/about', undefined],
    ];
    for (const [link, handle] of handles) {
      it(`reads ${link} as ${handle ?? 'no fediverse handle'}`, () => {
        expect(fediverseHandle(link)).to.equal(handle);
      });
    }
  });

  describe('recipes', () => {
    it('names the placement that keeps the widgets in each theme’s column', () => {
      const byId = Object.fromEntries(PLATFORMS.map((p) => [p.id, [p.placement, p.position]]));
      expect(byId).to.deep.include({
        wordpress: ['.wp-block-post-content', 'after'],
        ghost: ['.gh-content', 'append'],
        hugo: ['.post-content', 'after'],
        blogger: ['.post-body', 'after'],
      });
      expect(platform('nope').id).to.equal('html');
    });
  });

  describe('the page’s own language', () => {
    it('speaks the first of the browser’s languages it has, else English', () => {
      expect(pickLanguage(['pt-BR', 'en'])).to.equal('pt');
      expect(pickLanguage(['ja', 'nl-BE'])).to.equal('nl');
      expect(pickLanguage(['ja'])).to.equal('en');
    });

    it('has every string in all nine languages, each one written for it', () => {
      const keys = Object.keys(setupMessages.en);
      expect(Object.keys(setupMessages)).to.have.members([
        'en',
        'es',
        'nl',
        'de',
        'fr',
        'pt',
        'it',
        'pl',
        'ar',
      ]);
      for (const [lang, table] of Object.entries(setupMessages)) {
        expect(Object.keys(table), lang).to.have.members(keys);
        if (lang !== 'en') expect(table.title, lang).to.not.equal(setupMessages.en.title);
      }
    });

    it('reports problems in that language', () => {
      const c = check(change([['support.currency', 'EURO']]), setupMessages.de);
      expect(c.errors['support.currency']).to.equal(
        '"EURO" ist kein Währungscode wie USD, EUR oder GBP.',
      );
    });
  });
});
