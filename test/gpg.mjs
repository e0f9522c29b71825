// The journalist's side of sealed tips, with the real GnuPG: keys made by `gpg --batch` in a
// temporary GNUPGHOME, and `gpg --decrypt` of what the inbox stored.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function gpg(home, args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'gpg',
      ['--batch', '--no-tty', '--pinentry-mode', 'loopback', '--passphrase', '', ...args],
      { env: { ...process.env, GNUPGHOME: home }, encoding: 'utf8', maxBuffer: 1 << 24 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`gpg ${args.join(' ')}: ${stderr || error.message}`))
          : resolve(stdout),
    );
    // gpg may exit without reading its input (a key command, or a failure): no EPIPE for that.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/**
 * A key pair in `home`'s keyring, with an encryption subkey of algorithm `sub` if given.
 * @param {string} home
 * @param {string} email
 * @param {string} primary the primary key's algorithm
 * @param {string | undefined} sub
 * @param {{ expire?: string, faked?: string }} [options] `faked`: the time gpg believes it is
 */
async function makeKey(home, email, primary, sub, { expire = 'never', faked } = {}) {
  const time = faked ? ['--faked-system-time', faked] : [];
  await gpg(home, [...time, '--quick-gen-key', `Journalist <${email}>`, primary, 'cert', expire]);
  const colons = await gpg(home, ['--with-colons', '--list-keys', email]);
  const fingerprint = colons.match(/^fpr:+([0-9A-F]{40}):/m)[1];
  if (sub) await gpg(home, [...time, '--quick-add-key', fingerprint, sub, 'encr', expire]);
  const armored = await gpg(home, ['--armor', '--export', email]);
  return { email, fingerprint, armored };
}

/**
 * A fresh keyring with the keys a journalist might publish: Curve25519 and RSA-3072 (both good),
 * one that expired in 2020, and one that can only sign.
 */
export async function makeKeyring() {
  const home = mkdtempSync(join(tmpdir(), 'afterword-gpg-'));
  const keys = {
    cv25519: await makeKey(home, 'cv@example.org', 'ed25519', 'cv25519'),
    rsa3072: await makeKey(home, 'rsa@example.org', 'rsa3072', 'rsa3072'),
    expired: await makeKey(home, 'old@example.org', 'ed25519', 'cv25519', {
      expire: '1d',
      faked: '20200101T000000!',
    }),
    signOnly: await makeKey(home, 'sign@example.org', 'ed25519', undefined),
  };
  return {
    home,
    keys,
    /** What GnuPG makes of an armored message: the plain text, exactly. */
    decrypt: (armored) => gpg(home, ['--decrypt'], armored),
    /** Seals like a sender with GnuPG would (for server tests that need real ciphertext). */
    encrypt: (text, email = 'cv@example.org') =>
      gpg(home, ['--armor', '--trust-model', 'always', '--encrypt', '-r', email], text),
    async close() {
      await new Promise((resolve) =>
        execFile(
          'gpgconf',
          ['--kill', 'gpg-agent'],
          { env: { ...process.env, GNUPGHOME: home } },
          resolve,
        ),
      );
      rmSync(home, { recursive: true, force: true });
    },
  };
}
