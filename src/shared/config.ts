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

const quoted = (values: readonly unknown[]): string => values.map((k) => `"${k}"`).join(', ');

/**
 * What one zod issue says, in the words of our console errors. zod/mini carries no message
 * catalogue: schemas give their own words (`error`), and these cover the rest.
 */
export function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${quoted(issue.keys)}`;
    case 'invalid_type':
      return issue.expected === 'undefined' ? 'not allowed' : `must be a ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${quoted(issue.values)}`;
    case 'too_big':
      return `must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_small':
      return `must be at least ${issue.minimum}${issue.origin === 'string' ? ' characters' : ''}`;
    default:
      return issue.message;
  }
}

/** Turns zod issues into `field: problem` pairs, one per issue. */
export function describeIssues(
  error: { issues: z.core.$ZodIssue[] },
  prefix = '',
): [string, string][] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    // A schema's own words (a refine, a custom `error`) stand; zod's placeholder does not.
    const own = issue.message && issue.message !== 'Invalid input';
    return [
      path || 'config',
      own && issue.code !== 'unrecognized_keys' ? issue.message : issueText(issue),
    ];
  });
}

/** Splits an attribute list on commas and white space. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

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
