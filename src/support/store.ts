// The support prompt's one stored state: read, changed with the clock's time, and saved back.
import { readJson, writeJson } from '../shared/storage.js';
import { STORE_KEY, load, type SupportState } from './frequency.js';

export function update<T>(change: (s: SupportState, now: number) => T): T {
  const s = load(readJson(STORE_KEY));
  const result = change(s, Date.now());
  writeJson(STORE_KEY, s);
  return result;
}
