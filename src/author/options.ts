// The author card's JSON configuration (the `config` attribute or a child JSON script), checked with zod.
import { lazy, listSchema, z } from '../shared/config.js';
import { booleanish, commonConfig } from '../shared/schemas.js';

export const authorConfigSchema = lazy(() =>
  z.strictObject({
    ...commonConfig,
    name: z.optional(z.string()),
    photo: z.optional(z.string()),
    'job-title': z.optional(z.string()),
    location: z.optional(z.string()),
    href: z.optional(z.string()),
    links: z.optional(listSchema),
    'no-schema': z.optional(booleanish),
  }),
);
export type AuthorConfig = z.infer<typeof authorConfigSchema>;
