// Writes the snippets a blogger pastes: elements, the auto-mount block and the <head> lines. Pure:
// it takes only values that validate.ts has already checked.
import { personJsonLd } from '../author/json-ld.js';
import { detectProfile } from '../author/profiles.js';
import type { Checked, Section, WidgetName } from './validate.js';

const WIDGETS: WidgetName[] = ['share', 'support', 'feedback', 'author', 'more'];

const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');
/** JSON that can sit inside a <script> element: no value can close it. */
const scriptJson = (value: unknown, indent?: number): string =>
  JSON.stringify(value, null, indent).replace(/</g, '\\u003c');

export function scriptTag(src: string): string {
  return `<script src="${escapeAttr(src)}" defer></script>`;
}

/** `:root { --afterword-accent: … }` for the colours and other tokens the blogger set, or ''. */
export function styleBlock(tokens: Checked['tokens']): string {
  const lines = Object.entries(tokens).map(([k, v]) => `    --afterword-${k}: ${v};`);
  return lines.length ? `<style>\n  :root {\n${lines.join('\n')}\n  }\n</style>` : '';
}

/** One element's opening tag: simple values as attributes, lists of objects in `config`. */
export function elementTag(name: WidgetName, section: Section): string {
  const attrs: string[] = [];
  const config: Section = {};
  for (const [key, value] of Object.entries(section)) {
    if (value === true) attrs.push(key);
    else if (typeof value === 'string' || typeof value === 'number')
      attrs.push(`${key}="${escapeAttr(String(value))}"`);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      attrs.push(`${key}="${escapeAttr(value.join(' '))}"`);
    else config[key] = value;
  }
  if (Object.keys(config).length)
    attrs.push(`config='${JSON.stringify(config).replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'`);
  const tag = `afterword-${name}`;
  if (!attrs.length) return `<${tag}>`;
  return attrs.length > 1 && attrs.join(' ').length > 60
    ? `<${tag}\n${attrs.map((a) => `  ${a}`).join('\n')}\n>`
    : `<${tag} ${attrs.join(' ')}>`;
}

/** The bio as paragraphs of plain text (blank lines separate them). */
export function bioHtml(bio: string): string {
  return bio
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeText(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The script tag, any token styles and the elements, in the order auto-mount uses. */
export function elementsSnippet(c: Checked): string {
  const parts = [scriptTag(c.script), styleBlock(c.tokens)];
  for (const name of WIDGETS) {
    const section = c.sections[name];
    if (!section) continue;
    const body = name === 'author' ? bioHtml(c.bio) : '';
    const indented = body && body.replace(/^/gm, '  ');
    parts.push(
      `${elementTag(name, section)}${indented ? `\n${indented}\n` : ''}</afterword-${name}>`,
    );
  }
  return parts.filter(Boolean).join('\n\n');
}

/** The auto-mount configuration object, in the order its sections mount. */
export function automountConfig(c: Checked, position: 'after' | 'append'): Section {
  const config: Section = { placement: c.placement };
  if (position === 'append') config.position = 'append';
  for (const name of WIDGETS) {
    const section = c.sections[name];
    if (section) config[name] = Object.keys(section).length ? section : true;
  }
  return config;
}

/** The auto-mount block and the script, for platforms that only take a pasted script. */
export function automountSnippet(c: Checked, position: 'after' | 'append'): string {
  const json = scriptJson(automountConfig(c, position), 2);
  return [
    styleBlock(c.tokens),
    `<script type="application/json" id="afterword-config">\n${json}\n</script>`,
    scriptTag(c.script),
  ]
    .filter(Boolean)
    .join('\n');
}

/** `@user@server` for a fediverse profile address (`https://server/@user`), else undefined. */
export function fediverseHandle(link: string): string | undefined {
  const profile = detectProfile(link);
  if (profile?.network !== 'mastodon') return undefined;
  const url = new URL(profile.href);
  const [user, server = url.host] = url.pathname.replace(/^\/@|\/$/g, '').split('@');
  return `@${user}@${server}`;
}

/**
 * The lines that must be in the page's own HTML, because crawlers and fediverse servers don't run
 * scripts: the fediverse author attribution, `rel="me"` for profile verification, and the
 * author's schema.org Person.
 */
export function headSnippet(c: Checked): string {
  const author = c.sections.author;
  if (!author) return '';
  const links = (author.links as string[] | undefined) ?? [];
  const web = links.filter((l) => /^https?:/i.test(l));
  const lines: string[] = [];
  const handle = web.map(fediverseHandle).find(Boolean);
  if (handle) lines.push(`<meta name="fediverse:creator" content="${escapeAttr(handle)}">`);
  for (const l of web) lines.push(`<link rel="me" href="${escapeAttr(l)}">`);
  const ld = personJsonLd({
    name: author.name as string,
    image: author.photo as string | undefined,
    jobTitle: author['job-title'] as string | undefined,
    url: author.href as string | undefined,
    sameAs: web.length ? web : undefined,
  });
  if (ld) lines.push(`<script type="application/ld+json">${ld}</script>`);
  return lines.join('\n');
}
