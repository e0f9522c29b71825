// The share bar's JSON configuration (the `config` attribute or a child JSON script), checked with zod.
import { lazy, listSchema, z } from '../shared/config.js';
import { commonConfig } from '../shared/schemas.js';

export const shareConfigSchema = lazy(() =>
  z.strictObject({
    ...commonConfig,
    networks: z.optional(listSchema),
    url: z.optional(z.string()),
    text: z.optional(z.string()),
    via: z.optional(z.string()),
    hashtags: z.optional(listSchema),
    utm: z.optional(z.boolean()),
    labels: z.optional(z.enum(['auto', 'show', 'hide'])),
  }),
);
export type ShareConfig = z.infer<typeof shareConfigSchema>;
