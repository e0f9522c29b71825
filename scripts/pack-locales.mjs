// A rollup plugin for the builds: each element's strings (src/locales/<section>.ts) ship as one
// list of keys and one string per language, unpacked the first time a widget asks for that
// language, instead of nine copies of every key. The typed tables in src/locales/ stay the
// source; an element's module imports only its own section, so a bundle of one element carries
// only that section's strings.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../src/locales/', import.meta.url));
const SECTIONS = ['share', 'support', 'feedback', 'author', 'fediverse'];
const SEP = '\u0001';

async function loadTables() {
  const out = await build({
    entryPoints: [`${dir}index.ts`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).locales;
}

/**
 * Per language, the values of `keys` (each `section.key`) joined by SEP, as the body of an object
 * literal: `"en": "…", "es": "…"`. A missing string stops the build.
 */
function packRows(locales, keys) {
  return Object.entries(locales)
    .map(([lang, table]) => {
      const values = keys.map((k) => {
        const [section, key] = k.split('.');
        const value = table[section]?.[key];
        if (typeof value !== 'string') throw new Error(`locale ${lang}: ${k} is missing`);
        if (value.includes(SEP)) throw new Error(`locale ${lang}: ${k} holds a separator`);
        return value;
      });
      return `${JSON.stringify(lang)}: ${JSON.stringify(values.join(SEP))}`;
    })
    .join(', ');
}

const keysOf = (locales, section) =>
  Object.keys(locales.en[section]).map((key) => `${section}.${key}`);

/** The module for one section: its keys, one packed row per language, lazily unpacked tables. */
function sectionModule(locales, section) {
  const keys = keysOf(locales, section);
  return `const KEYS = ${JSON.stringify(keys.map((k) => k.split('.')[1]).join(' '))}.split(' ');
const ROWS = { ${packRows(locales, keys)} };
export const ${section} = {};
for (const lang of Object.keys(ROWS)) {
  Object.defineProperty(${section}, lang, {
    get() {
      const values = ROWS[lang].split(${JSON.stringify(SEP)});
      const table = {};
      KEYS.forEach((k, i) => (table[k] = values[i]));
      Object.defineProperty(${section}, lang, { value: table, enumerable: true });
      return table;
    },
    enumerable: true,
    configurable: true,
  });
}
`;
}

/**
 * One module with every section: one key list and one row per language for the whole kit, the
 * row unpacked once per language. The one script carries all four elements, and one row packs
 * smaller than four.
 */
function combinedModule(locales) {
  const keys = SECTIONS.flatMap((section) => keysOf(locales, section));
  return `const KEYS = ${JSON.stringify(keys.join(' '))}.split(' ');
const ROWS = { ${packRows(locales, keys)} };
const unpacked = {};
function unpack(lang) {
  if (unpacked[lang]) return unpacked[lang];
  const values = ROWS[lang].split(${JSON.stringify(SEP)});
  const table = (unpacked[lang] = {});
  KEYS.forEach((k, i) => {
    const [section, key] = k.split('.');
    (table[section] ??= {})[key] = values[i];
  });
  return table;
}
/** One section's tables by language, each unpacked on first use. */
export function section(name) {
  const tables = {};
  for (const lang of Object.keys(ROWS)) {
    Object.defineProperty(tables, lang, { get: () => unpack(lang)[name], enumerable: true });
  }
  return tables;
}
`;
}

const COMBINED = '\0afterword-locales';

/**
 * `split`: a module per section (the ES modules, where a bundle of one element should carry
 * only its strings); otherwise one module for all sections (the one script).
 */
export function packLocales({ split = false } = {}) {
  let modules;
  let combined;
  return {
    name: 'afterword-pack-locales',
    async buildStart() {
      const locales = await loadTables();
      combined = split ? undefined : combinedModule(locales);
      modules = new Map(
        SECTIONS.map((s) => [
          `${dir}${s}.ts`,
          split
            ? sectionModule(locales, s)
            : `import { section } from '${COMBINED}';\nexport const ${s} = section('${s}');\n`,
        ]),
      );
      for (const file of ['index.ts', 'en.ts', ...SECTIONS.map((s) => `${s}.ts`)])
        this.addWatchFile(`${dir}${file}`);
    },
    resolveId(id) {
      return id === COMBINED ? COMBINED : null;
    },
    load(id) {
      if (id === COMBINED) return combined;
      return modules.get(id) ?? null;
    },
  };
}
