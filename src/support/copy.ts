// The support prompt's reader-facing copy that depends on the rules: what the close button says, and
// which strings fall back when the reader has asked not to be counted.
import { format } from '../shared/localize.js';

/** "Hide for 30 days" / "Hide for 20 hours", plurals by Intl; plain "Close" when it may come back at once. */
export function closeText(
  lang: string,
  hours: number,
  m: { close: string; closeFor: string },
): string {
  if (!(hours > 0)) return m.close;
  const days = hours >= 24;
  const n = days ? Math.round(hours / 24) : Math.ceil(hours);
  const unit = { style: 'unit', unit: days ? 'day' : 'hour', unitDisplay: 'long' } as const;
  let time: string;
  try {
    time = new Intl.NumberFormat(lang, unit).format(n);
  } catch {
    time = new Intl.NumberFormat('en', unit).format(n);
  }
  return format(m.closeFor, { time });
}

export const usesCount = (s: string): boolean => s.includes('{count}');

/**
 * A reader who asked not to be counted never sees a count: a string that uses `{count}` gives way
 * to the language's own string for that key (which has none).
 */
export function uncounted<T extends Record<string, string>>(m: T, shipped: T): T {
  const out: Record<string, string> = { ...m };
  for (const k in out) if (usesCount(out[k]) && !usesCount(shipped[k] ?? '')) out[k] = shipped[k];
  return out as T;
}
