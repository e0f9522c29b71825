// Configuration parsing with zod/mini: every problem becomes one '[afterword] <tag>: <field>: <problem>'
// console error, and nothing here ever throws into the host page.
import * as z from 'zod/mini';
import { lazy } from './lazy.js';

// zod probes for `new Function` on first use; under a strict CSP that files a violation report.
z.config({ jitless: true });

export { lazy, z };

/** Logs one Afterword configuration error. */
export function reportError(tag: string, field: string, problem: string): void {
  console.error(`[afterword] ${tag}: ${field}: ${problem}`);
}

/** Turns zod issues into `field: problem` pairs, one per issue. */
export function describeIssues(error: z.core.$ZodError, prefix = ''): [string, string][] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return [
        path || 'config',
        `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      ];
    }
    return [path || 'config', issue.message];
  });
}

/** Splits an attribute list on commas and white space. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** A list given either as an attribute string or as a JSON array. */
export const listSchema = lazy(() =>
  z.pipe(
    z.union([z.string(), z.array(z.string())]),
    z.transform((v: string | string[]) => (typeof v === 'string' ? splitList(v) : v)),
  ),
);

export const themeSchema = lazy(() => z.enum(['auto', 'light', 'dark']));

/**
 * Reads an element's JSON configuration: the `config` attribute, else a child
 * `<script type="application/json">`. Broken JSON is reported, never thrown.
 */
export function readConfigJson(
  tag: string,
  host: Element,
  attr: string | null,
): Record<string, unknown> {
  const source =
    attr ?? host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
  if (source == null || source.trim() === '') return {};
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    reportError(tag, 'config', `not valid JSON (${(e as Error).message})`);
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    reportError(tag, 'config', 'must be a JSON object');
    return {};
  }
  return data as Record<string, unknown>;
}
