// One way from attributes and JSON to an element's settings: attributes over JSON, one schema for both,
// each problem reported once, and a key at fault left out so that the rest still works.
import { describeIssues, type z } from './config.js';

/** Logs one problem with one setting. */
export type Report = (field: string, problem: string) => void;

/**
 * The settings given as attributes (undefined when absent) over those of the JSON configuration,
 * checked by the element's schema. Each issue is reported once; the keys at fault are dropped.
 */
export function checkSettings<T extends object>(
  schema: z.ZodMiniType<T>,
  attributes: object,
  json: Record<string, unknown>,
  report: Report,
): Partial<T> {
  const input: Record<string, unknown> = { ...json };
  for (const [key, value] of Object.entries(attributes))
    if (value !== undefined) input[key] = value;
  // With nothing given there is nothing to check: the schema is not even built.
  if (!Object.keys(input).length) return {};
  for (let round = 0; round < 3; round++) {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    for (const [field, problem] of describeIssues(result.error)) if (!round) report(field, problem);
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path[0]];
      for (const key of keys) delete input[key as string];
    }
  }
  return {};
}
