// Sealed tips: loads OpenPGP.js from beside Afterword's own script, reads the journalist's public
// key (failing closed on anything doubtful) and encrypts the reader's words to it.
import { LIMITS, type PlainPayload, type SealedPayload } from './schema.js';
import { fail, type TipKey } from './sealing.js';
import { ownScript } from '../shared/script.js';

/**
 * The parts of OpenPGP.js used here, typed locally: it is a separately loaded file, not a
 * dependency, so Afterword's published types must not name it.
 */
export interface Key {
  isPrivate(): boolean;
  isRevoked(): Promise<boolean>;
  getExpirationTime(): Promise<Date | number | null>;
  getEncryptionKey(): Promise<unknown>;
  getFingerprint(): string;
}
interface OpenPGP {
  readKey(options: { armoredKey: string }): Promise<Key>;
  createMessage(options: { text: string }): Promise<unknown>;
  encrypt(options: { message: unknown; encryptionKeys: Key; format: 'armored' }): Promise<string>;
}

/** The second file, shipped beside dist/afterword.js (LGPL, so kept apart from the MIT bundle). */
export const LIBRARY = 'afterword-openpgp.js';

// Read while a classic script is being evaluated: afterwards document.currentScript is someone else's.
const current =
  typeof document === 'undefined'
    ? undefined
    : (document.currentScript as HTMLScriptElement | null)?.src;

/**
 * Where the library lives: beside the classic script that defined this element (its src), else
 * beside the page's own tag for afterword.js (the loader, whose parts include this one, or a
 * `type=module` tag, which has no currentScript); for the ES modules (dist/esm/feedback/), two
 * folders up, in dist/.
 */
export function libraryUrl(): string {
  const base = current || ownScript()?.src || new URL('../../', import.meta.url).href;
  return new URL(LIBRARY, base).href;
}

let library: Promise<OpenPGP> | undefined;

/** Loads the library once per page (a failed load may be tried again later). */
export function loadOpenPGP(url = libraryUrl()): Promise<OpenPGP> {
  library ??= (import(/* @vite-ignore */ url) as Promise<OpenPGP>).catch((error) => {
    library = undefined;
    throw error;
  });
  return library;
}

/** The last 16 hex digits of the fingerprint, in groups of four, as GnuPG prints them. */
export const fingerprintTail = (hex: string): string =>
  hex
    .slice(-16)
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');

async function fetchKey(url: string): Promise<string | TipKey> {
  try {
    const res = await fetch(url, { credentials: 'omit', cache: 'no-cache' });
    if (!res.ok) return fail('unreachable', `"${url}" answered ${res.status}`);
    return await res.text();
  } catch (error) {
    return fail('unreachable', `"${url}" could not be fetched (${(error as Error).message})`);
  }
}

/**
 * The journalist's key, from `armored` text or from `url`, checked as the journalist's own tools
 * would: a public key, neither expired nor revoked, with a key that can encrypt.
 */
export async function readTipKey(source: {
  url?: string;
  armored?: string;
  fingerprint?: string;
}): Promise<TipKey> {
  const text = source.armored ?? (source.url ? await fetchKey(source.url) : undefined);
  if (text === undefined) return fail('missing', 'no key: set tip-key or config.tipKey');
  if (typeof text !== 'string') return text;
  let pgp: OpenPGP;
  try {
    pgp = await loadOpenPGP();
  } catch (error) {
    return fail('unreachable', `${libraryUrl()} could not be loaded (${(error as Error).message})`);
  }
  let key: Key;
  try {
    key = await pgp.readKey({ armoredKey: text });
  } catch (error) {
    return fail('invalid', `not an armored OpenPGP public key (${(error as Error).message})`);
  }
  if (key.isPrivate())
    return fail('invalid', 'is a private key: publish only the public key (gpg --armor --export)');
  // A key swapped on the host that serves it is refused, not used: tip-fingerprint pins the one.
  const fingerprint = key.getFingerprint().toUpperCase();
  if (source.fingerprint && fingerprint !== source.fingerprint)
    return fail(
      'mismatch',
      `its fingerprint ${fingerprint} is not tip-fingerprint ${source.fingerprint}`,
    );
  const expires = await key.getExpirationTime().catch(() => null);
  if (
    (await key.isRevoked().catch(() => false)) ||
    (expires instanceof Date && expires < new Date())
  )
    return fail('expired', 'the key has expired or is revoked');
  try {
    await key.getEncryptionKey();
  } catch {
    return fail('noEncryption', 'the key has no valid subkey that can encrypt');
  }
  return { ok: true, key, fingerprint: fingerprintTail(fingerprint) };
}

export interface Words {
  message: string;
  name?: string;
  email?: string;
  quote?: string;
}

/** The text that gets sealed: `Name:` and `Email:` lines, the quote as `> ` lines, a blank line, the message. */
export function plaintext({ message, name, email, quote }: Words): string {
  const head = [
    name && `Name: ${name}`,
    email && `Email: ${email}`,
    ...(quote ? quote.split(/\r?\n/).map((line) => `> ${line}`) : []),
  ].filter(Boolean);
  return [...head, '', message].join('\n');
}

/** The inbox's limit for a whole request body. */
const MAX_BODY = 32 * 1024;

/**
 * The payload with the reader's words sealed to the key; undefined when the ciphertext would
 * exceed 30 KiB or the request the inbox's 32 KiB (long text in a script of many bytes a character).
 */
export async function sealPayload(key: Key, p: PlainPayload): Promise<SealedPayload | undefined> {
  const pgp = await loadOpenPGP();
  const message = await pgp.createMessage({ text: plaintext(p) });
  const encrypted = await pgp.encrypt({ message, encryptionKeys: key, format: 'armored' });
  const { id, kind, page, lang, createdAt, checks } = p;
  // What the spam checks saw stays on the envelope, where the inbox reads it.
  const sealed = { id, kind, encrypted, page, lang, createdAt, ...(checks && { checks }) };
  const bytes = new TextEncoder().encode(JSON.stringify(sealed)).length;
  return encrypted.length <= LIMITS.encrypted && bytes <= MAX_BODY ? sealed : undefined;
}
