// Storage that survives a disabled, full or missing localStorage/sessionStorage: it falls back
// to memory for the page's lifetime and never throws.
type Area = 'local' | 'session';

const memory = new Map<string, string>();

function area(kind: Area): Storage | undefined {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readJson<T>(key: string, kind: Area = 'local'): T | undefined {
  let raw: string | null | undefined;
  try {
    raw = area(kind)?.getItem(key);
  } catch {
    raw = undefined;
  }
  raw ??= memory.get(`${kind}:${key}`) ?? null;
  if (raw == null) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function writeJson(key: string, value: unknown, kind: Area = 'local'): void {
  const raw = JSON.stringify(value);
  memory.set(`${kind}:${key}`, raw);
  try {
    area(kind)?.setItem(key, raw);
  } catch {
    // Full or disabled: the in-memory copy keeps this page working.
  }
}

export function remove(key: string, kind: Area = 'local'): void {
  memory.delete(`${kind}:${key}`);
  try {
    area(kind)?.removeItem(key);
  } catch {
    // Nothing to do: storage is unavailable.
  }
}
