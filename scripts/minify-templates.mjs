// A rollup plugin for both builds (the one script and the ES modules): squeezes the white space out of Lit's css`` and
// html`` template literals, which terser leaves as written.
const TAGS = new Set(['css', 'html', 'svg']);

function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');
}

function squeezeHtml(text) {
  // Only runs that contain a line break: they come from source indentation, never from content.
  return text.replace(/\s*\n\s*/g, ' ');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string')
      walk(value, visit);
  }
}

export function minifyTemplates() {
  return {
    name: 'afterword-minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        if (!TAGS.has(node.tag.name)) return;
        const squeeze = node.tag.name === 'css' ? squeezeCss : squeezeHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const next = squeeze(raw);
          if (next !== raw) edits.push([quasi.start, quasi.end, next]);
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
