// What test pages set on window for the Node tests that drive them (checked with the .mjs files
// only, by tsconfig.js.json: the elements' own code and the browser tests must not see these).

interface Window {
  /** origins.test.mjs's page on another origin: what each of its reads of the inbox got. */
  results: Promise<Record<string, string>>;
  /** pow-browser.test.mjs: the body of every POST the form made. */
  __bodies: string[];
  /** axe-core, added to an inbox page by inbox-page.test.mjs. */
  axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
}

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}
