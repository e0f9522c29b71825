// The pure parts of sealed tips: which kinds are sealed, the text that gets sealed, the fingerprint.
import { expect } from '@open-wc/testing';
import { fingerprintTail, plaintext } from '../../src/feedback/seal.js';
import { resolveSealing } from '../../src/feedback/sealing.js';
import { resolveOptions } from '../../src/feedback/options.js';

describe('seal.ts', () => {
  it('seals tips by default with a key, every kind with encrypt="all", nothing without either', () => {
    const table: [Parameters<typeof resolveSealing>[0], string[]][] = [
      [{ format: 'json' }, []],
      [{ format: 'json', key: '/key.asc' }, ['tip']],
      [{ format: 'json', key: '-----BEGIN PGP PUBLIC KEY BLOCK-----\n…' }, ['tip']],
      [{ format: 'json', encrypt: 'tips' }, ['tip']],
      [{ format: 'json', encrypt: 'all', key: '/key.asc' }, ['feedback', 'correction', 'tip']],
    ];
    for (const [settings, kinds] of table) {
      const r = resolveSealing(settings);
      expect(r.sealed, JSON.stringify(settings)).to.deep.equal(kinds);
      expect(r.refused).to.equal(undefined);
    }
    expect(
      resolveSealing({ format: 'json', key: '-----BEGIN PGP PUBLIC KEY BLOCK-----\n…' }).source,
    ).to.deep.include({ url: undefined, armored: '-----BEGIN PGP PUBLIC KEY BLOCK-----\n…' });
  });

  it('fails closed on settings it cannot use: each reported once, nothing sent in plain text', () => {
    const table: [Record<string, unknown>, string[], string, string][] = [
      // settings, sealed kinds, the refusal, the problem reported
      [
        { endpoint: '/api', encrypt: 'some', 'tip-key': '/key.asc' },
        ['feedback', 'correction', 'tip'],
        '',
        'encrypt: "some" is not one of tips, all',
      ],
      [
        { endpoint: '/api', format: 'form', 'tip-key': '/key.asc' },
        ['tip'],
        'destination',
        'format: sealed messages go only to a format "json" endpoint',
      ],
      [
        { endpoint: '/api', 'tip-key': 'http://elsewhere.example/key.asc' },
        ['tip'],
        'unreachable',
        'tip-key: "http://elsewhere.example/key.asc" is not an https: URL, a same-origin path or http://localhost, nor an armored public key',
      ],
      [
        { endpoint: '/api', 'tip-key': '/key.asc', 'tip-fingerprint': 'ABCD 1234' },
        ['tip'],
        'invalid',
        'tip-fingerprint: "ABCD 1234" is not a full key fingerprint (40 or 64 hex digits)',
      ],
    ];
    for (const [settings, kinds, refusal, problem] of table) {
      const problems: string[] = [];
      const o = resolveOptions({}, settings, (f, p) => problems.push(`${f}: ${p}`));
      expect(o.sealed, JSON.stringify(settings)).to.deep.equal(kinds);
      if (refusal) expect(o.refused).to.include({ ok: false, problem: refusal });
      expect(problems).to.deep.equal([problem]);
    }
  });

  it('writes Name and Email lines, the quote as "> " lines, a blank line, then the message', () => {
    expect(plaintext({ message: 'Hi\nthere' })).to.equal('\nHi\nthere');
    expect(plaintext({ message: 'M', name: 'N', email: 'e@x.org', quote: 'one\r\ntwo' })).to.equal(
      'Name: N\nEmail: e@x.org\n> one\n> two\n\nM',
    );
  });

  it('shows the last 16 hex digits of the fingerprint in groups of four', () => {
    expect(fingerprintTail('c5163b49addd45bed20a3abb9880d6b3c173e1aa')).to.equal(
      '9880 D6B3 C173 E1AA',
    );
  });
});
