// Checks the Lit templates in src/ with lit-analyzer: bindings against the elements' and the DOM's
// types, unknown elements, attributes, properties and events. Its rules are set in tsconfig.json
// ("plugins": ts-lit-plugin); any warning fails too.
//
// lit-analyzer uses TypeScript's compiler API through a plain require('typescript'), which from
// its place in node_modules finds the project's TypeScript 7: that has no JS API, and it crashes.
// Its companion web-component-analyzer depends on TypeScript 5 and has its own copy; lit-analyzer
// hands its program to web-component-analyzer, so both must use that one copy. This points every
// require('typescript') of this process at it.
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const wca = path.dirname(require.resolve('web-component-analyzer'));
const typescript = require.resolve('typescript', { paths: [wca] });
const { version } = require(typescript);
if (!version.startsWith('5.')) throw new Error(`lit-analyzer needs TypeScript 5, found ${version}`);

// Module._resolveFilename is Node's internal (and long stable) resolution hook; it is not typed.
const loader = /** @type {{ _resolveFilename(request: string, ...rest: unknown[]): string }} */ (
  /** @type {unknown} */ (Module)
);
const resolve = loader._resolveFilename;
loader._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescript : resolve.call(this, request, ...rest);
};

// Arguments given to this script (say `--format markdown`) go to lit-analyzer too.
const [node, , ...args] = process.argv;
process.argv = [
  node,
  'lit-analyzer',
  'src/**/*.ts',
  '--maxWarnings',
  '0',
  '--format',
  'list',
  ...args,
];
require('lit-analyzer/cli.js');
