// Auto-mount: widgets configured in one <script type="application/json" id="afterword-config"> block,
// for platforms where the blogger can paste a script but not write custom elements.
import { readConfigJson, reportError } from './read.js';

const TAG = 'afterword-config';
const SECTIONS = ['share', 'support', 'feedback', 'author', 'more'] as const;
const KEYS = ['placement', 'position', 'analytics', ...SECTIONS];
const POSITIONS = ['after', 'append'];

/**
 * Inserts the configured widgets after the `placement` element (default `article`), or inside it
 * at its end with `"position": "append"`, in the order share, support, feedback, author, more. Each section becomes the element's `config`, so it is
 * validated exactly like the element's attributes. Runs once per config block, however many
 * copies of the script load; never throws.
 */
export function mountFromConfig(doc: Document = document): HTMLElement[] {
  const block = doc.querySelector<HTMLScriptElement>(`script#${TAG}`);
  if (!block || block.hasAttribute('data-mounted')) return [];
  block.setAttribute('data-mounted', '');
  const config = readConfigJson(TAG, block, block.textContent ?? '');
  const unknown = Object.keys(config).filter((k) => !KEYS.includes(k));
  if (unknown.length)
    reportError(
      TAG,
      'config',
      `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (expected ${KEYS.join(', ')})`,
    );
  let position = config.position ?? 'after';
  if (typeof position !== 'string' || !POSITIONS.includes(position)) {
    reportError(TAG, 'position', `must be "after" or "append", not ${JSON.stringify(position)}`);
    position = 'after';
  }
  const widgets: HTMLElement[] = [];
  for (const key of SECTIONS) {
    const section = config[key];
    if (section === undefined || section === false) continue;
    if (
      section !== true &&
      (typeof section !== 'object' || section === null || Array.isArray(section))
    ) {
      reportError(TAG, key, 'must be an object of settings, or true');
      continue;
    }
    const el = doc.createElement(`afterword-${key}`);
    // The site's analytics tool, named once for every widget (each checks it like its own).
    const settings = { analytics: config.analytics, ...(section === true ? {} : section) };
    if (settings.analytics === undefined) delete settings.analytics;
    if (Object.keys(settings).length) el.setAttribute('config', JSON.stringify(settings));
    widgets.push(el);
  }
  if (!widgets.length) return [];
  const placement = config.placement ?? 'article';
  let target: Element | null = null;
  try {
    target = typeof placement === 'string' ? doc.querySelector(placement) : null;
  } catch {
    // An invalid selector is reported below like a missing target.
  }
  if (!target) {
    reportError(
      TAG,
      'placement',
      `no element matches ${JSON.stringify(placement)}; nothing was mounted`,
    );
    return [];
  }
  if (position === 'append') target.append(...widgets);
  else target.after(...widgets);
  return widgets;
}

/** Mounts once the document is parsed, whether the script runs before or after that. */
export function automount(doc: Document = document): void {
  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', () => mountFromConfig(doc), { once: true });
  } else {
    mountFromConfig(doc);
  }
}
