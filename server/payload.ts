// What the inbox asks of a submission beyond the shared schema, so that what readers write can't
// forge structure where it goes (mail and chat bodies, the feed, the CSV): a name and a page
// title are one line, and no field holds a control character but tab, line feed and carriage return.
import type { FeedbackPayload } from 'afterword/schema';

const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;
const ONE_LINE = new Set(['name', 'page.title']);

/** Field errors (`{ field: problem }`, as the schema's), empty when the payload is fine. */
export function structureErrors(payload: FeedbackPayload): Record<string, string> {
  const { page, ...rest } = payload;
  const fields: [string, unknown][] = [
    ...Object.entries(rest),
    ['page.url', page.url],
    ['page.title', page.title],
  ];
  const errors: Record<string, string> = {};
  for (const [field, value] of fields) {
    if (typeof value !== 'string') continue;
    if (ONE_LINE.has(field) && /[\r\n]/.test(value)) errors[field] = 'must be one line';
    else if (CONTROL.test(value))
      errors[field] = 'must not hold control characters (only tab and line breaks)';
  }
  return errors;
}
