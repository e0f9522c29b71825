// Configuration parsing with zod/mini: every problem becomes one '[afterword] <tag>: <field>: <problem>'
// console error, and nothing here ever throws into the host page.
import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { readConfigJson, reportError, splitList } from './read.js';

// zod probes for `new Function` on first use; under a strict CSP that files a violation report.
z.config({ jitless: true });

export { lazy, readConfigJson, reportError, splitList, z };

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
