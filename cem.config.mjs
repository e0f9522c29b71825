// Custom Elements Manifest for editors and docs tools, from the JSDoc tags in src/, described as
// the package ships it: modules at their paths in dist/esm/, and the `--afterword-*` tokens every
// element takes, with their defaults from src/shared/token-defaults.ts (built to dist/esm first).
import { existsSync } from 'node:fs';

// Built by rollup before the analyzer runs (npm run build); imported by address, as a fresh
// clone type-checks this file before anything is built.
const built = new URL('./dist/esm/shared/token-defaults.js', import.meta.url);
const { TOKEN_DEFAULTS: T } = await import(built.href);

/** The tokens every element reads, with what each does and its default. */
const TOKENS = [
  ['accent', 'Buttons, links and focus', `${T.light.accent} (dark: ${T.dark.accent})`],
  ['text', 'Text colour', `${T.light.text} (dark: ${T.dark.text})`],
  ['muted', 'Secondary text', `${T.light.muted} (dark: ${T.dark.muted})`],
  ['surface', 'Background of cards and fields', `${T.light.surface} (dark: ${T.dark.surface})`],
  ['border', 'Borders', `${T.light.border} (dark: ${T.dark.border})`],
  ['radius', 'Corner radius', T.radius],
  ['font', "Font family (the page's own by default)", T.font],
  ['focus-ring', 'Focus outline colour', 'the accent'],
  ['space', 'Block margin of the element', T.space],
].map(([name, description, fallback]) => ({
  name: `--afterword-${name}`,
  description,
  default: fallback,
}));

/** `src/share/share.ts` → `dist/esm/share/share.js`, where the package has it. */
const shipped = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/esm/$1.js');

function walk(value, visit) {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value && typeof value === 'object') {
    visit(value);
    Object.values(value).forEach((v) => walk(v, visit));
  }
}

function asShipped() {
  return {
    name: 'afterword-as-shipped',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest, (node) => {
        for (const key of ['path', 'module'])
          if (typeof node[key] === 'string' && /^\/?src\//.test(node[key]))
            node[key] = shipped(node[key]);
        if (node.tagName) {
          const own = new Set((node.cssProperties ?? []).map((p) => p.name));
          node.cssProperties = [
            ...(node.cssProperties ?? []),
            ...TOKENS.filter((t) => !own.has(t.name)),
          ];
        }
      });
      // A module of types only ships as its declaration file; one the package doesn't ship at all
      // (nothing an entry imports) is left out. Every element's own module must ship.
      customElementsManifest.modules = customElementsManifest.modules.filter((mod) => {
        if (existsSync(mod.path)) return true;
        const types = mod.path.replace(/\.js$/, '.d.ts');
        if (existsSync(types)) return (mod.path = types);
        if (mod.declarations?.some((d) => d.tagName))
          throw new Error(`custom-elements.json: no ${mod.path} in the package`);
        return false;
      });
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.styles.ts',
    'src/locales/**',
    'src/shared/icon-data.ts',
    'src/shared/icon-data/**',
    'src/setup/**',
    // The loader is dist/afterword.js, not an ES module of the package.
    'src/loader/**',
  ],
  outdir: 'dist',
  litelement: true,
  plugins: [asShipped()],
};
