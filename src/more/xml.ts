// A small strict XML reader for the site's feed: elements (with their namespaces), attributes,
// text, CDATA and entities, as plain objects. No DOMParser: in Chromium its error document for a
// malformed feed carries inline styles, which a page with `style-src 'self'` reports as a CSP
// violation. Malformed input throws an Error saying what and where; nothing is guessed.

export interface XmlElement {
  /** The name as written (`media:content`). */
  name: string;
  /** The name without its prefix (`content`). */
  local: string;
  /** The namespace the prefix (or the default namespace) stands for; '' for none. */
  ns: string;
  /** Attributes by the name as written. */
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME =
  /[A-Za-z_\u00C0-\uFFFF][\w.\u00B7-\uFFFF-]*(?::[A-Za-z_\u00C0-\uFFFF][\w.\u00B7-\uFFFF-]*)?/y;
const SPACE = /[ \t\r\n]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Reads `src` as one XML document; throws on anything that is not well-formed. */
export function parseXml(src: string): XmlElement {
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const start = i;
  const stack: XmlElement[] = [];
  const scopes: Record<string, string>[] = [{ xml: XML_NS }];
  let root: XmlElement | undefined;

  const fail = (what: string, at = i): never => {
    const lines = src.slice(0, at).split('\n');
    throw new Error(
      `${what} at line ${lines.length}, column ${lines[lines.length - 1].length + 1}`,
    );
  };
  const match = (re: RegExp): string => {
    re.lastIndex = i;
    const m = re.exec(src);
    if (m) i = re.lastIndex;
    return m ? m[0] : '';
  };
  const name = (): string => match(NAME) || fail('a name expected');
  const expect = (s: string): void => {
    if (!src.startsWith(s, i)) fail(`"${s}" expected`);
    i += s.length;
  };
  const upTo = (end: string, what: string): string => {
    const e = src.indexOf(end, i);
    if (e < 0) fail(`unclosed ${what}`);
    const body = src.slice(i, e);
    i = e + end.length;
    return body;
  };
  const decode = (s: string, at: number): string =>
    s.includes('&')
      ? s.replace(/&([^;&<\s]*)(;?)/g, (all: string, ref: string, semi: string, k: number) => {
          const hex = /^#x([0-9a-f]+)$/i.exec(ref);
          const dec = /^#([0-9]+)$/.exec(ref);
          const code = hex ? parseInt(hex[1], 16) : dec ? Number(dec[1]) : NaN;
          const known = Object.hasOwn(PREDEFINED, ref) ? PREDEFINED[ref] : undefined;
          if (semi && known) return known;
          const ok = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
          if (semi && ok) return String.fromCodePoint(code);
          return fail(
            ref ? `"${all.slice(0, 12)}" is not an XML entity` : 'a bare "&" (XML needs "&amp;")',
            at + k,
          );
        })
      : s;
  const add = (text: string): void => {
    const kids = stack[stack.length - 1]?.children;
    if (!kids) {
      if (text.trim()) fail('text outside the root element');
      return;
    }
    if (typeof kids[kids.length - 1] === 'string') kids[kids.length - 1] += text;
    else kids.push(text);
  };

  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const end = lt < 0 ? src.length : lt;
    if (end > i) {
      const text = src.slice(i, end);
      if (text.includes(']]>')) fail('"]]>" in text');
      add(decode(text, i));
      i = end;
    }
    if (lt < 0) break;
    if (src.startsWith('<!--', i)) {
      i += 4;
      if (upTo('-->', 'comment').includes('--')) fail('"--" in a comment');
    } else if (src.startsWith('<![CDATA[', i)) {
      if (!stack.length) fail('CDATA outside the root element');
      i += 9;
      add(upTo(']]>', 'CDATA section'));
    } else if (src.startsWith('<?', i)) {
      if (/^<\?xml[\s?]/.test(src.slice(i, i + 6)) && i !== start)
        fail('a misplaced XML declaration');
      i += 2;
      upTo('?>', 'processing instruction');
    } else if (src.startsWith('<!DOCTYPE', i)) {
      if (root || stack.length) fail('a misplaced DOCTYPE');
      // Its internal subset, if any, is skipped: only XML's own entities are read.
      const gt = src.indexOf('>', i);
      const bracket = src.indexOf('[', i);
      const close = bracket >= 0 && bracket < gt ? src.indexOf(']', bracket) : i;
      const e = close < 0 ? -1 : src.indexOf('>', close);
      if (gt < 0 || e < 0) fail('unclosed DOCTYPE');
      i = e + 1;
    } else if (src[i + 1] === '/') {
      const at = i;
      i += 2;
      const n = name();
      match(SPACE);
      expect('>');
      const open = stack.pop();
      if (!open) fail(`"</${n}>" closes nothing`, at);
      if (open!.name !== n) fail(`"</${n}>" closes <${open!.name}>`, at);
      scopes.pop();
    } else {
      if (root && !stack.length) fail('a second root element');
      i += 1;
      const at = i;
      const n = name();
      const attrs: Record<string, string> = {};
      for (;;) {
        const spaced = match(SPACE);
        if (src.startsWith('/>', i) || src[i] === '>') break;
        if (!spaced) fail('a space expected between attributes');
        const a = name();
        match(SPACE);
        expect('=');
        match(SPACE);
        const q = src[i];
        if (q !== '"' && q !== "'") fail('a quoted attribute value expected');
        i += 1;
        const vAt = i;
        const raw = upTo(q, 'attribute value');
        if (raw.includes('<')) fail('"<" in an attribute value', vAt);
        if (Object.hasOwn(attrs, a)) fail(`attribute "${a}" twice`);
        attrs[a] = decode(raw.replace(/[\t\r\n]/g, ' '), vAt);
      }
      const scope = { ...scopes[scopes.length - 1] };
      for (const [a, v] of Object.entries(attrs)) {
        if (a === 'xmlns') scope[''] = v;
        else if (a.startsWith('xmlns:')) scope[a.slice(6)] = v;
      }
      const colon = n.indexOf(':');
      const prefix = colon < 0 ? '' : n.slice(0, colon);
      if (prefix && !Object.hasOwn(scope, prefix))
        fail(`the prefix "${prefix}" is not declared`, at);
      const el: XmlElement = {
        name: n,
        local: n.slice(colon + 1),
        ns: scope[prefix] ?? '',
        attrs,
        children: [],
      };
      stack[stack.length - 1]?.children.push(el);
      root ??= el;
      if (src.startsWith('/>', i)) i += 2;
      else {
        i += 1;
        stack.push(el);
        scopes.push(scope);
      }
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> is not closed`);
  return root ?? fail('no root element');
}
