// Which kinds a form seals and where their key comes from: the light, pure part of sealed tips,
// read with the form's settings. OpenPGP.js and the key itself load only when a sealed kind is picked
// (seal.ts).
import type { Kind } from './schema.js';
import type { Key } from './seal.js';

/** Why a kind cannot be sealed; each has its sentence in the form and its console error. */
export type KeyProblem =
  'missing' | 'unreachable' | 'invalid' | 'mismatch' | 'expired' | 'noEncryption' | 'destination';

export type TipKey =
  { ok: true; key: Key; fingerprint: string } | { ok: false; problem: KeyProblem; detail: string };

export const fail = (problem: KeyProblem, detail: string): TipKey => ({
  ok: false,
  problem,
  detail,
});

export interface SealSettings {
  encrypt?: 'tips' | 'all';
  /** `tip-key`: the key's address or the armored key itself; false when it can't be used. */
  key?: string | false;
  /** `config.tipKey`: the armored key itself. */
  armored?: string;
  /** `tip-fingerprint`: the key's full fingerprint; false when it can't be read. */
  fingerprint?: string | false;
  /** The destination's format; sealed messages go only to `json`. */
  format?: string;
}

/** The armored public key itself rather than its address. */
export const isArmoredKey = (v: string): boolean =>
  v.trim().startsWith('-----BEGIN PGP PUBLIC KEY BLOCK-----');

/** A full OpenPGP fingerprint (40 hex digits, or 64 for version 6 keys), spaces allowed. */
export const isFingerprint = (v: string): boolean =>
  /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(v.replace(/\s/g, ''));

/**
 * Which kinds are sealed (`encrypt` = `tips`, the default with a key, or `all`), where their key
 * comes from, and the refusal known before any key is read: sealing fails closed, never open.
 */
export function resolveSealing(s: SealSettings): {
  sealed: Kind[];
  source: { url?: string; armored?: string; fingerprint?: string };
  refused?: TipKey;
  problem?: [string, string];
} {
  const sealed: Kind[] =
    s.encrypt === 'all'
      ? ['feedback', 'correction', 'tip']
      : s.encrypt === 'tips' || s.key !== undefined || s.armored !== undefined
        ? ['tip']
        : [];
  const key = s.key || undefined;
  const source = {
    url: key && !isArmoredKey(key) ? key : undefined,
    armored: key && isArmoredKey(key) ? key.trim() : key === undefined ? s.armored : undefined,
    fingerprint: s.fingerprint ? s.fingerprint.replace(/\s/g, '').toUpperCase() : undefined,
  };
  if (!sealed.length) return { sealed, source };
  if (s.format !== 'json')
    return {
      sealed,
      source,
      refused: fail('destination', ''),
      problem: ['format', 'sealed messages go only to a format "json" endpoint'],
    };
  if (s.key === false || s.fingerprint === false)
    return { sealed, source, refused: fail(s.key === false ? 'unreachable' : 'invalid', '') };
  return { sealed, source };
}
