// The pure parts of sealed tips: which kinds are sealed, the text that gets sealed, the fingerprint.
import { expect } from '@open-wc/testing';
import { fingerprintTail, plaintext, resolveSealing } from '../../src/feedback/seal.js';

describe('seal.ts', () => {
  it('seals tips by default with a key, every kind with encrypt="all", nothing without either', () => {
    const table: [Parameters<typeof resolveSealing>[0], string[]][] = [
      [{ format: 'json' }, []],
      [{ format: 'json', url: '/key.asc' }, ['tip']],
      [{ format: 'json', armored: '-----BEGIN PGP PUBLIC KEY BLOCK-----' }, ['tip']],
      [{ format: 'json', encrypt: 'tips' }, ['tip']],
      [{ format: 'json', encrypt: 'all', url: '/key.asc' }, ['feedback', 'correction', 'tip']],
    ];
    for (const [settings, kinds] of table) {
      const r = resolveSealing(settings);
      expect(r.sealed, JSON.stringify(settings)).to.deep.equal(kinds);
      expect(r.problems).to.deep.equal([]);
    }
  });

  it('fails closed on settings it cannot use', () => {
    const wrong = resolveSealing({ format: 'json', encrypt: 'some', url: '/key.asc' });
    expect(wrong.sealed).to.deep.equal(['feedback', 'correction', 'tip']);
    expect(wrong.problems[0][0]).to.equal('encrypt');
    const form = resolveSealing({ format: 'form', url: '/key.asc' });
    expect(form.refused).to.include({ ok: false, problem: 'destination' });
    const http = resolveSealing({ format: 'json', url: 'http://elsewhere.example/key.asc' });
    expect(http.refused).to.include({ ok: false, problem: 'unreachable' });
    expect(http.problems[0][0]).to.equal('tip-key');
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
