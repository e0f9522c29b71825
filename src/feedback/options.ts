// The feedback form's JSON configuration (the `config` attribute or a child JSON script), checked with zod.
import { lazy, listSchema, z } from '../shared/config.js';
import { commonConfig } from '../shared/schemas.js';

export const feedbackConfigSchema = lazy(() =>
  z.strictObject({
    ...commonConfig,
    kinds: z.optional(listSchema),
    endpoint: z.optional(z.string()),
    format: z.optional(z.string()),
    'access-key': z.optional(z.string()),
    'form-name': z.optional(z.string()),
    mailto: z.optional(z.string()),
    'min-seconds': z.optional(z.number()),
    'tip-key': z.optional(z.string()),
    /** The armored public key itself, for pages that would rather not host a file. */
    tipKey: z.optional(z.string()),
    encrypt: z.optional(z.string()),
  }),
);
export type FeedbackConfig = z.infer<typeof feedbackConfigSchema>;
