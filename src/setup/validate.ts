// Checks what the blogger typed, field by field: each widget by its own element (checks.ts), and the
// page's own settings (tokens, where afterword.js lives, the placement). What this returns is all the
// snippets and the preview ever see.
import { format } from '../shared/localize.js';
import { en, type SetupMessages } from './messages/en.js';
import { checkWidget } from './checks.js';
import { platform } from './recipes.js';
import { TOKENS, type SetupState, type Token } from './state.js';
import { WIDGET_NAMES, type Section, type WidgetName } from './widgets.js';

export type { Section, WidgetName };

export interface Checked {
  /** Problems by field id (`support.currency`, `support.providers.0.account`). */
  errors: Record<string, string>;
  /** Each widget that can be shown, as its config (attribute names, defaults left out). */
  sections: Partial<Record<WidgetName, Section>>;
  bio: string;
  tokens: Partial<Record<Token, string>>;
  script: string;
  placement: string;
}

/** The CSS property each token's value is used for. */
export const TOKEN_PROPERTY: Record<Token, string> = {
  accent: 'color',
  text: 'color',
  muted: 'color',
  surface: 'color',
  border: 'color',
  radius: 'border-radius',
  font: 'font-family',
};

/**
 * Where afterword.js lives: an absolute http(s) address or a path from the site's root, never a
 * path relative to one article, since the same snippet goes on every article.
 */
export function isSiteUrl(value: string): boolean {
  try {
    const root = value.startsWith('/') && !value.startsWith('//');
    const url = new URL(value, root ? 'https://site.invalid/' : undefined);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Every field checked; only what passed comes out. */
export function check(s: SetupState, m: SetupMessages = en): Checked {
  const errors: Record<string, string> = {};
  const sections: Checked['sections'] = {};
  for (const name of WIDGET_NAMES) {
    if (!s[name].on) continue;
    const section = checkWidget(name, s, m, errors);
    if (section) sections[name] = section;
  }
  const tokens: Checked['tokens'] = {};
  for (const t of TOKENS) {
    const value = s.tokens[t].trim();
    if (!value) continue;
    if (CSS.supports(TOKEN_PROPERTY[t], value) && !/[;{}<>]/.test(value)) tokens[t] = value;
    else errors[`tokens.${t}`] = format(m.errToken, { value });
  }
  let script = s.script.trim();
  if (!isSiteUrl(script)) {
    errors.script = m.errScript;
    script = '';
  }
  // Left empty, or not a selector: the platform's own placement stands.
  const recipe = platform(s.platform).placement;
  let placement = s.placement.trim() || recipe;
  try {
    document.createDocumentFragment().querySelector(placement);
  } catch {
    errors.placement = format(m.errPlacement, { value: placement });
    placement = recipe;
  }
  return {
    errors,
    sections,
    bio: s.author.on ? s.author.bio.trim() : '',
    tokens,
    script,
    placement,
  };
}
