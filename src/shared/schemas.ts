// Config keys every element accepts, shared by the element schemas and auto-mount.
import { lazy, themeSchema, z } from './config.js';

export const commonConfig = lazy(() => ({
  lang: z.optional(z.string()),
  theme: z.optional(themeSchema),
  /** Overrides for the element's visible strings, by message key. */
  messages: z.optional(z.record(z.string(), z.string())),
}));

export const booleanish = lazy(() =>
  z.union([z.boolean(), z.literal(''), z.literal('true'), z.literal('false')]),
);
