// The feedback form's settings: its zod schema (attributes and JSON alike), which holds every rule, and the
// pure step from what it accepted to the options the element renders.
import { lazy, z } from '../shared/config.js';
import {
  amountOf,
  common,
  listOf,
  oneOf,
  orElse,
  rule,
  unknownOnes,
  type Common,
} from '../shared/schemas.js';
import { checkSettings, type Report } from '../shared/options.js';
import { feedback } from '../locales/en/feedback.js';
import { KINDS, type Kind } from './schema.js';
import { isArmoredKey, isFingerprint, resolveSealing, type TipKey } from './sealing.js';
import {
  FORMATS,
  destination,
  isAddress,
  isEndpoint,
  type Destination,
  type Format,
} from './transport.js';

/** The defaults, in one place: the element, the set-up page and the README read them here. */
export const FEEDBACK_DEFAULTS = {
  kinds: [...KINDS] as Kind[],
  format: 'json' as Format,
  minSeconds: 3,
};

const ENDPOINT = 'an https: URL, a same-origin path or http://localhost';

export const feedbackConfigSchema = lazy(() => {
  const tipKey = rule(
    z.string(),
    (v) => isArmoredKey(v) || isEndpoint(v),
    (v) => `"${v}" is not ${ENDPOINT}, nor an armored public key`,
  );
  return z.strictObject({
    ...common(Object.keys(feedback)),
    kinds: z.optional(listOf(oneOf(KINDS), unknownOnes('kind'))),
    endpoint: z.optional(
      rule(
        z.string(),
        (v) => isEndpoint(v),
        (v) => `"${v}" is not ${ENDPOINT}`,
      ),
    ),
    format: z.optional(oneOf(FORMATS)),
    'access-key': z.optional(z.string()),
    'form-name': z.optional(z.string()),
    mailto: z.optional(
      rule(
        z.string(),
        (v) => isAddress(v),
        (v) => `"${v}" is not an email address`,
      ),
    ),
    'min-seconds': z.optional(amountOf('a number of seconds')),
    // Sealing fails closed: a key, a fingerprint or an `encrypt` that can't be read still seals,
    // and refuses to send, rather than let a tip go out in plain text.
    'tip-key': z.optional(orElse(tipKey, false as const)),
    /** The armored key itself (`tip-key` takes it too); read, and refused if it isn't one, when used. */
    tipKey: z.optional(z.string()),
    'tip-fingerprint': z.optional(
      orElse(
        rule(
          z.string(),
          (v) => isFingerprint(v),
          (v) => `"${v}" is not a full key fingerprint (40 or 64 hex digits)`,
        ),
        false as const,
      ),
    ),
    encrypt: z.optional(orElse(oneOf(['tips', 'all'] as const), 'all' as const)),
  });
});
export type FeedbackConfig = z.infer<typeof feedbackConfigSchema>;

export interface FeedbackOptions extends Common {
  kinds: Kind[];
  /** Where the form posts; none when only `mailto` (or nothing usable) is set. */
  dest?: Destination;
  /** The address for the reader's mail app. */
  to?: string;
  minSeconds: number;
  /** The kinds that are sealed, where their key comes from, and a refusal known before reading it. */
  sealed: Kind[];
  keySource: { url?: string; armored?: string; fingerprint?: string };
  refused?: TipKey;
}

export function resolveOptions(
  attributes: object,
  json: Record<string, unknown>,
  report: Report,
): FeedbackOptions {
  const v = checkSettings(feedbackConfigSchema, attributes, json, report);
  const format = v.format ?? FEEDBACK_DEFAULTS.format;
  // Relations between settings: web3forms needs its key; sealing needs a JSON endpoint.
  const { dest, problem } = destination({
    format,
    endpoint: v.endpoint,
    accessKey: v['access-key'],
    formName: v['form-name'],
  });
  if (problem) report(...problem);
  const seal = resolveSealing({
    encrypt: v.encrypt,
    key: v['tip-key'],
    armored: v.tipKey,
    fingerprint: v['tip-fingerprint'],
    format: dest?.format,
  });
  if (seal.problem) report(...seal.problem);
  const kinds = KINDS.filter((k) => v.kinds?.includes(k));
  return {
    lang: v.lang,
    analytics: v.analytics,
    theme: v.theme,
    messages: v.messages,
    kinds: kinds.length ? kinds : FEEDBACK_DEFAULTS.kinds,
    dest,
    to: v.mailto,
    minSeconds: v['min-seconds'] ?? FEEDBACK_DEFAULTS.minSeconds,
    sealed: seal.sealed,
    keySource: seal.source,
    refused: seal.refused,
  };
}
