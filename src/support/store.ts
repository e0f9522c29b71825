// The support prompt's one stored state: read, changed with the clock's time, and saved back; and
// the count of one page view (made by the loader before the prompt's code is here, and handed to
// the prompt, or by the prompt itself).
import { readJson, writeJson } from '../shared/storage.js';
import { pageUrl } from '../shared/page.js';
import {
  STORE_KEY,
  firesOnLoad,
  load,
  visit,
  type Rules,
  type SupportState,
  type Trigger,
  type Visit,
} from './frequency.js';

export function update<T>(change: (s: SupportState, now: number) => T): T {
  const s = load(readJson(STORE_KEY));
  const result = change(s, Date.now());
  writeJson(STORE_KEY, s);
  return result;
}

/** Counts this page view: what may show, and whether the banner's trigger is due at once. */
export function countView(rules: Rules, trigger: Trigger): Visit & { due: boolean } {
  const back = new URLSearchParams(location.search).get('afterword') === 'thanks';
  return update((s, now) => {
    const v = visit(s, rules, pageUrl(), now, back);
    return { ...v, due: firesOnLoad(trigger, s, v.count) };
  });
}
