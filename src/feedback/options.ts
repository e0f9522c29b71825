// The feedback form's settings: its zod schema (attributes and JSON alike) and the pure step to its options.
import { lazy, listSchema, z } from '../shared/config.js';
import { commonConfig } from '../shared/schemas.js';
import { checkSettings, type Report } from '../shared/options.js';
import { KINDS, type Kind } from './schema.js';
import { pickKinds } from './draft.js';
import { resolveSealing, type TipKey } from './seal.js';
import { resolve, type Destination } from './transport.js';

export const feedbackConfigSchema = lazy(() =>
  z.strictObject({
    ...commonConfig,
    kinds: z.optional(listSchema),
    endpoint: z.optional(z.string()),
    format: z.optional(z.string()),
    'access-key': z.optional(z.string()),
    'form-name': z.optional(z.string()),
    mailto: z.optional(z.string()),
    // A number attribute that is not a number arrives as NaN: reported below.
    'min-seconds': z.optional(z.union([z.number(), z.nan()])),
    'tip-key': z.optional(z.string()),
    /** The armored public key itself, for pages that would rather not host a file. */
    tipKey: z.optional(z.string()),
    encrypt: z.optional(z.string()),
  }),
);
export type FeedbackConfig = z.infer<typeof feedbackConfigSchema>;

/** The form's attributes as the element holds them, by attribute name (undefined when absent). */
export interface FeedbackAttributes {
  kinds?: string;
  endpoint?: string;
  format?: string;
  'access-key'?: string;
  'form-name'?: string;
  mailto?: string;
  'min-seconds'?: number;
  'tip-key'?: string;
  encrypt?: string;
}

export interface FeedbackOptions {
  kinds: Kind[];
  /** Where the form posts; none when only `mailto` (or nothing usable) is set. */
  dest?: Destination;
  /** The address for the reader's mail app. */
  to?: string;
  minSeconds?: number;
  /** The kinds that are sealed, where their key comes from, and a refusal known before reading it. */
  sealed: Kind[];
  keySource: { url?: string; armored?: string };
  refused?: TipKey;
}

export function resolveOptions(
  attributes: FeedbackAttributes,
  json: Record<string, unknown>,
  report: Report,
): FeedbackOptions {
  const v = checkSettings(feedbackConfigSchema, attributes, json, report);
  const [kinds, unknown] = pickKinds(v.kinds ?? [...KINDS]);
  if (unknown.length)
    report(
      'kinds',
      `unknown kind${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}`,
    );
  const { dest, to, problems } = resolve({
    format: v.format,
    endpoint: v.endpoint,
    accessKey: v['access-key'],
    formName: v['form-name'],
    mailto: v.mailto,
  });
  for (const [field, problem] of problems) report(field, problem);
  const minSeconds = v['min-seconds'];
  if (Number.isNaN(minSeconds)) report('min-seconds', 'must be a number of seconds');
  const seal = resolveSealing({
    encrypt: v.encrypt,
    url: v['tip-key'],
    armored: v.tipKey,
    format: dest?.format,
  });
  for (const [field, problem] of seal.problems) report(field, problem);
  return {
    kinds,
    dest,
    to,
    minSeconds: Number.isNaN(minSeconds) ? undefined : minSeconds,
    sealed: seal.sealed,
    keySource: seal.source,
    refused: seal.refused,
  };
}
