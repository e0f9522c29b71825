// <afterword-more> when its feed can't be read: nothing shown, no room taken, one console error.
import { expect, html } from '@open-wc/testing';
import { captureErrors, expectAccessible } from '../helpers.js';
import { cleanUp, head, list, nothingShown, titles } from './helpers.js';

describe('<afterword-more>', () => {
  afterEach(cleanUp);

  describe('when the feed can’t be read: nothing shown, no room taken, one error', () => {
    const CASES: [string, () => ReturnType<typeof html>, RegExp][] = [
      [
        'no feed given and none linked',
        () => html`<afterword-more></afterword-more>`,
        /^\[afterword\] afterword-more: feed: no feed given, and the page links none/,
      ],
      [
        'a feed on another site',
        () => html`<afterword-more feed="https://feeds.feedburner.com/harbour"></afterword-more>`,
        /^\[afterword\] afterword-more: feed: "https:\/\/feeds\.feedburner\.com\/harbour" is not on this site \(http:\/\/[^)]+\): only the site's own feed is read$/,
      ],
      [
        'not found',
        () => html`<afterword-more feed="/feeds/gone.xml"></afterword-more>`,
        /^\[afterword\] afterword-more: feed: "http:\/\/[^"]+\/feeds\/gone\.xml" answered HTTP 404$/,
      ],
      [
        'a malformed feed',
        () => html`<afterword-more feed="/feeds/broken.xml"></afterword-more>`,
        /^\[afterword\] afterword-more: feed: "[^"]+\/feeds\/broken\.xml" is not a feed that can be read: a bare "&" \(XML needs "&amp;"\) at line 7, column 19$/,
      ],
      [
        'an HTML page',
        () => html`<afterword-more feed="/test/fixtures/csp.html"></afterword-more>`,
        /is not a feed that can be read: an HTML page, not a feed$/,
      ],
      [
        'a redirect to another site',
        () =>
          html`<afterword-more
            feed="/feeds/ghost.xml?redirect=https%3A%2F%2Fharbour-post.example%2Frss%2F"
          ></afterword-more>`,
        /^\[afterword\] afterword-more: feed: "[^"]+" could not be fetched \(.+\)$/,
      ],
      [
        'a feed larger than 2 MB',
        () => html`<afterword-more feed="/feeds/ghost.xml?size=2200000"></afterword-more>`,
        /is larger than 2 MB$/,
      ],
    ];
    for (const [what, markup, message] of CASES)
      it(what, async () => {
        const [el, errors] = await nothingShown(markup());
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(message);
        expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
        const style = getComputedStyle(el);
        expect([
          el.getBoundingClientRect().height,
          style.marginTop,
          style.marginBottom,
        ]).to.deep.equal([0, '0px', '0px']);
        await expectAccessible(el);
      });

    it('a feed the page links on another site', async () => {
      head(
        '<link rel="alternate" type="application/atom+xml" href="https://feeds.example/harbour.atom">',
      );
      const [el, errors] = await nothingShown(html`<afterword-more></afterword-more>`);
      expect(errors).to.deep.equal([
        '[afterword] afterword-more: feed: the page\'s feed "https://feeds.example/harbour.atom" is not on this site: give the address of the site\'s own feed',
      ]);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('lists what there is when the feed holds fewer than asked for', async () => {
      head(
        '<link rel="canonical" href="https://harbour-post.example/posts/night-market-returns/">',
      );
      const errors = captureErrors();
      const el = await list(
        html`<afterword-more feed="/feeds/hugo.xml" count="12"></afterword-more>`,
      );
      errors.restore();
      expect(errors.messages).to.deep.equal([]);
      expect(titles(el)).to.have.length(3);
    });
  });
});
