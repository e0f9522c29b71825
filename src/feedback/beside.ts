// Files shipped beside the one script (OpenPGP.js, the proof of work's worker), found wherever the
// script is served from.
import { ownScript } from '../shared/script.js';

// Read while a classic script is being evaluated: afterwards document.currentScript is someone else's.
const current =
  typeof document === 'undefined'
    ? undefined
    : (document.currentScript as HTMLScriptElement | null)?.src;

/**
 * A file's address: beside the classic script that defined this element (its src), else beside
 * the page's own tag for afterword.js (the loader, whose parts include this one, or a
 * `type=module` tag, which has no currentScript); for the ES modules (dist/esm/feedback/), two
 * folders up, in dist/.
 */
export function besideScript(file: string): string {
  const base = current || ownScript()?.src || new URL('../../', import.meta.url).href;
  return new URL(file, base).href;
}
