// The set-up page agrees with the elements: what an element on a page takes, the page takes and
// pastes; what the element reports, the page shows on that field and keeps out of every snippet.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureErrors } from '../helpers.js';
import { initialState, setPath, type SetupState } from '../../src/setup/state.js';
import { check } from '../../src/setup/validate.js';
import { automountSnippet, elementsSnippet, headSnippet } from '../../src/setup/snippets.js';
import { setupMessages } from '../../src/setup/messages/index.js';
import { SHARE_DEFAULTS } from '../../src/share/options.js';

/** A filled-in form: every widget valid. */
function filled(): SetupState {
  let s = initialState('https://blog.example/afterword.js', 'https://inbox.example/api/feedback');
  s = setPath(s, 'support.providers.0.account', 'valleyledger');
  s = setPath(s, 'author.name', 'Maren Holt');
  return s;
}

const change = (pairs: [string, unknown][], s = filled()) =>
  pairs.reduce((acc, [path, value]) => setPath(acc, path, value), s);

/**
 * What a real element on this page says about its attributes: the problems it logs, by field.
 * The element reads its settings when it joins the page.
 */
function elementSays(widget: string, attrs: Record<string, string>): Record<string, string> {
  const el = document.createElement(`afterword-${widget}`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const errors = captureErrors();
  try {
    document.body.append(el);
  } finally {
    errors.restore();
    el.remove();
  }
  const line = new RegExp(`^\\[afterword\\] afterword-${widget}: ([\\w.-]+): (.*)$`);
  return Object.fromEntries(errors.messages.map((m) => line.exec(m)?.slice(1) ?? ['?', m]));
}

interface Row {
  widget: 'share' | 'support' | 'feedback' | 'author';
  /** The element's attribute. */
  field: string;
  /** What the blogger types, in the form field `path`. */
  typed: string;
  path: string;
  accepted: boolean;
  /** Other choices on the form, and the element's attributes, when they differ from the typed value. */
  form?: [string, unknown][];
  attrs?: Record<string, string>;
}

const row = (
  widget: Row['widget'],
  field: string,
  path: string,
  typed: string,
  accepted: boolean,
  extra: Pick<Row, 'form' | 'attrs'> = {},
): Row => ({ widget, field, path, typed, accepted, ...extra });

const banner = (kind: string, n: string) => ({
  form: [
    ['support.mode', 'banner'],
    ['support.trigger', kind],
  ] as [string, unknown][],
  // The element checks a trigger whatever its mode: no bar needs to appear on this page.
  attrs: { trigger: `${kind}:${n}` },
});
const mail = { form: [['feedback.destination', 'mailto']] as [string, unknown][] };

const ROWS: Row[] = [
  row('share', 'via', 'share.via', 'valleyledger', true),
  row('share', 'via', 'share.via', '@valley_ledger', true),
  row('share', 'via', 'share.via', 'not a handle!', false),
  row('share', 'via', 'share.via', 'sixteen_letters_', false),
  row('share', 'hashtags', 'share.hashtags', 'news local', true),
  row('share', 'hashtags', 'share.hashtags', '#news, #local', true),
  row('share', 'hashtags', 'share.hashtags', 'Übersee_2026', true),
  row('share', 'hashtags', 'share.hashtags', 'ok no-dash', false),
  row('support', 'account', 'support.providers.0.account', 'valleyledger', true, {
    attrs: { provider: 'kofi', account: 'valleyledger' },
  }),
  row('support', 'account', 'support.providers.0.account', '  ', false, {
    attrs: { provider: 'kofi', account: '  ' },
  }),
  row('support', 'currency', 'support.currency', 'EUR', true),
  row('support', 'currency', 'support.currency', 'jpy', true),
  row('support', 'currency', 'support.currency', 'EURO', false),
  row('support', 'amounts', 'support.amounts', '3 5 10', true),
  row('support', 'amounts', 'support.amounts', '2.5, 7', true),
  row('support', 'amounts', 'support.amounts', '3 five', false),
  row('support', 'amounts', 'support.amounts', '0 5', false),
  row('support', 'amount', 'support.amount', '7.5', true),
  row('support', 'amount', 'support.amount', '-2', false),
  row('support', 'trigger', 'support.triggerValue', '60', true, banner('scroll', '60')),
  row('support', 'trigger', 'support.triggerValue', '12.5', true, banner('time', '12.5')),
  row('support', 'trigger', 'support.triggerValue', '140', false, banner('scroll', '140')),
  row('support', 'trigger', 'support.triggerValue', 'soon', false, banner('time', 'soon')),
  row('feedback', 'endpoint', 'feedback.endpoint', 'https://inbox.example/api/feedback', true),
  row('feedback', 'endpoint', 'feedback.endpoint', '/api/feedback', true),
  row('feedback', 'endpoint', 'feedback.endpoint', 'http://localhost:8787/api/feedback', true),
  row('feedback', 'endpoint', 'feedback.endpoint', 'http://evil.example/x', false),
  row('feedback', 'mailto', 'feedback.mailto', 'maren@example.org', true, mail),
  row('feedback', 'mailto', 'feedback.mailto', 'maren at example', false, mail),
  row('author', 'photo', 'author.photo', 'me.jpg', true),
  row('author', 'photo', 'author.photo', '/images/maren.jpg', true),
  row('author', 'photo', 'author.photo', 'https://cdn.example/maren.jpg', true),
  row('author', 'photo', 'author.photo', 'javascript:alert(1)', false),
  row('author', 'href', 'author.href', 'about.html', true),
  row('author', 'href', 'author.href', 'ftp://x.example', false),
  row('author', 'links', 'author.links', 'https://mastodon.social/@maren', true),
  row('author', 'links', 'author.links', '/feed.xml', true),
  row('author', 'links', 'author.links', 'mailto:maren@example.org', true),
  row('author', 'links', 'author.links', 'ftp://x.example/maren', false),
];

describe('set-up page: checked by the elements’ own rules', () => {
  for (const r of ROWS) {
    const verdict = r.accepted ? 'takes' : 'reports';
    it(`<afterword-${r.widget}> ${verdict} ${r.field} "${r.typed}", and so does the set-up page`, () => {
      const said = elementSays(r.widget, r.attrs ?? { [r.field]: r.typed });
      expect(said[r.field] === undefined, `the element: ${JSON.stringify(said)}`).to.equal(
        r.accepted,
      );
      const c = check(change([...(r.form ?? []), [r.path, r.typed]]));
      const all = elementsSnippet(c) + automountSnippet(c, 'after') + headSnippet(c);
      if (r.accepted) {
        expect(c.errors, 'the set-up page').to.deep.equal({});
        expect(c.sections[r.widget]?.[r.field], 'in the snippets').to.exist;
      } else {
        expect(c.errors[r.path], `the set-up page: ${JSON.stringify(c.errors)}`).to.be.a('string');
        expect(c.sections[r.widget]?.[r.field], 'in the snippets').to.be.undefined;
        expect(all).to.not.include(`${r.field}="`);
        expect(all).to.not.include(`"${r.field}":`);
        if (r.typed.trim()) expect(all).to.not.include(r.typed.trim());
      }
    });
  }

  it('shows the element’s own problem where the page has no words of its own for the field', () => {
    const said = elementSays('feedback', { mailto: 'maren at example' });
    const c = check(change([...mail.form, ['feedback.mailto', 'maren at example']]));
    expect(said.mailto).to.be.a('string');
    expect(c.errors['feedback.mailto']).to.equal(
      `${said.mailto.charAt(0).toUpperCase()}${said.mailto.slice(1)}.`,
    );
  });

  it('says in the blogger’s language which members of a list the element refuses', () => {
    const tags = check(change([['share.hashtags', 'ok no-dash #fine bad!']]));
    expect(tags.errors['share.hashtags']).to.equal('Not a hashtag: "no-dash", "bad!".');
    const links = check(
      change([['author.links', 'https://mastodon.social/@maren\nftp://x.example\nwww']]),
      setupMessages.de,
    );
    expect(links.errors['author.links']).to.equal(
      'Keine https:-, http:- oder mailto:-Adresse: "ftp://x.example", "www".',
    );
  });

  it('pastes the element’s own reading of a value: @ and # dropped, the currency in capitals', () => {
    const c = check(
      change([
        ['share.via', ' @valley_ledger '],
        ['share.hashtags', '#news, local'],
        ['support.currency', 'eur'],
        ['support.amount', '7.50'],
      ]),
    );
    expect(c.sections.share).to.deep.equal({ via: 'valley_ledger', hashtags: 'news local' });
    expect(c.sections.support).to.include({ currency: 'EUR', amount: 7.5 });
  });

  it('leaves out what equals the element’s default, however it was written', () => {
    const c = check(
      change([
        ['share.networks', [...SHARE_DEFAULTS.networks]],
        ['support.currency', ' usd '],
        ['support.mode', 'banner'],
        ['support.trigger', 'immediate'],
      ]),
    );
    expect(c.sections.share).to.deep.equal({});
    expect(c.sections.support).to.deep.equal({
      provider: 'kofi',
      account: 'valleyledger',
      mode: 'banner',
    });
  });

  it('keeps the ways to pay the element takes when another one cannot be linked', () => {
    const c = check(
      change([
        [
          'support.providers',
          [
            { provider: 'kofi', account: 'valleyledger', href: '' },
            { provider: 'stripe', account: '', href: 'http://buy.stripe.com/x' },
            { provider: 'liberapay', account: 'maren', href: '' },
          ],
        ],
      ]),
    );
    expect(c.errors).to.have.keys('support.providers.1.href');
    expect(c.sections.support?.providers).to.deep.equal([
      { provider: 'kofi', account: 'valleyledger' },
      { provider: 'liberapay', account: 'maren' },
    ]);
  });

  it('asks for what a widget needs before it is pasted, which its element would let pass', () => {
    const c = check(
      change([
        ['share.networks', []],
        ['support.intervals', []],
        ['feedback.kinds', []],
        ['feedback.endpoint', ''],
        ['author.name', ''],
      ]),
    );
    expect(c.errors).to.have.keys(
      'share.networks',
      'support.intervals',
      'feedback.kinds',
      'feedback.endpoint',
      'author.name',
    );
    expect(c.sections).to.deep.equal({});
  });
});
