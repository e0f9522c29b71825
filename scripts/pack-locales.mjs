// A rollup plugin for the one-script build: ships the nine message tables as one list of keys
// and one string per language, instead of nine copies of every key. The typed tables in
// src/locales/ stay the source; this only changes how the bundle carries them.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../src/locales/', import.meta.url));
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

export function packLocales() {
  let packed;
  return {
    name: 'afterword-pack-locales',
    async buildStart() {
      const locales = await loadTables();
      const keys = Object.entries(locales.en).flatMap(([section, table]) =>
        Object.keys(table).map((key) => `${section}.${key}`),
      );
      const rows = Object.entries(locales).map(([lang, table]) => {
        const values = keys.map((k) => {
          const [section, key] = k.split('.');
          const value = table[section]?.[key];
          if (typeof value !== 'string') throw new Error(`locale ${lang}: ${k} is missing`);
          if (value.includes(SEP)) throw new Error(`locale ${lang}: ${k} holds a separator`);
          return value;
        });
        return `${JSON.stringify(lang)}: ${JSON.stringify(values.join(SEP))}`;
      });
      packed = `const KEYS = ${JSON.stringify(keys.join(' '))}.split(' ');
function unpack(row) {
  const values = row.split(${JSON.stringify(SEP)});
  const table = {};
  KEYS.forEach((k, i) => {
    const [section, key] = k.split('.');
    (table[section] ??= {})[key] = values[i];
  });
  return table;
}
// Each language is unpacked the first time a widget asks for it: a page uses one or two.
const ROWS = { ${rows.join(', ')} };
export const locales = {};
const settle = (lang, table) => Object.defineProperty(locales, lang, { value: table, writable: true, enumerable: true, configurable: true });
for (const lang of Object.keys(ROWS)) {
  Object.defineProperty(locales, lang, {
    get: () => settle(lang, unpack(ROWS[lang]))[lang],
    set: (table) => settle(lang, table),
    enumerable: true,
    configurable: true,
  });
}
`;
      for (const file of ['index.ts', 'en.ts']) this.addWatchFile(`${dir}${file}`);
    },
    load(id) {
      if (!id.startsWith(dir)) return null;
      const name = id.slice(dir.length).replace(/\.ts$/, '');
      if (name === 'index') return packed;
      // A single table imported directly (e.g. English, for its keys) comes from the same pack.
      return `import { locales } from './index.ts';\nexport const ${name} = locales.${name};\n`;
    },
  };
}
