// ALTCHA's proof of work (altcha-lib's v2 format, algorithm SHA-256) solved with the browser's
// own Web Crypto: find the counter whose key, SHA-256(salt ‖ nonce ‖ counter as 4 bytes) repeated
// `cost` times, starts with the challenge's key prefix. The answer is ALTCHA's own base64 payload,
// `{ challenge, solution: { counter, derivedKey } }`, which altcha-lib's verifySolution accepts.

export interface Challenge {
  parameters: {
    algorithm: string;
    nonce: string;
    salt: string;
    cost: number;
    keyLength?: number;
    keyPrefix: string;
    [more: string]: unknown;
  };
  signature?: string;
}

const bytes = (hex: string): Uint8Array =>
  new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)));
const hex = (b: Uint8Array): string =>
  Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** The payload for a challenge, or null (not one we can solve, or no answer below `max`). */
export async function solve(challenge: Challenge, max = 5_000_000): Promise<string | null> {
  const p = challenge?.parameters;
  if (!p || p.algorithm !== 'SHA-256' || !/^([0-9a-f]{2})+$/i.test(p.keyPrefix)) return null;
  const salt = bytes(p.salt);
  const nonce = bytes(p.nonce);
  const input = new Uint8Array(salt.length + nonce.length + 4);
  input.set(salt);
  input.set(nonce, salt.length);
  const view = new DataView(input.buffer);
  const prefix = bytes(p.keyPrefix);
  const cost = Math.max(1, p.cost | 0);
  for (let counter = 0; counter < max; counter++) {
    view.setUint32(salt.length + nonce.length, counter);
    let key = new Uint8Array(await crypto.subtle.digest('SHA-256', input));
    for (let i = 1; i < cost; i++) key = new Uint8Array(await crypto.subtle.digest('SHA-256', key));
    if (prefix.every((b, i) => key[i] === b)) {
      const derivedKey = hex(key.subarray(0, p.keyLength ?? 32));
      return btoa(JSON.stringify({ challenge, solution: { counter, derivedKey } }));
    }
  }
  return null;
}
