// The feedback payload: built and checked in the browser, checked again by the inbox server.
import * as z from 'zod/mini';
import { lazy } from '../shared/lazy.js';
import { httpUrl } from '../shared/url.js';

z.config({ jitless: true });

export const KINDS = ['feedback', 'correction', 'tip'] as const;
export type Kind = (typeof KINDS)[number];

export const LIMITS = {
  message: 5000,
  name: 200,
  email: 254,
  quote: 2000,
  url: 2048,
  title: 500,
  /** An armored OpenPGP message (ASCII), in characters: 30 KiB. */
  encrypted: 30 * 1024,
  /** ALTCHA's base64 payload (a signed challenge and its solution). */
  altcha: 4096,
} as const;

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
// Plain regex checks (zod's own patterns) cost the bundle far less than z.uuid(), z.email(), z.iso.
const pattern = (re: RegExp, message: string) => z.string().check(z.regex(re, message));
const ISO_DATETIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

// What a sealed and a plain payload have in common.
const envelope = () => ({
  id: pattern(z.regexes.uuid(), 'Invalid UUID'),
  kind: z.enum(KINDS),
  page: z.object({
    url: z
      .string()
      .check(z.maxLength(LIMITS.url), z.refine(isHttpUrl, 'must be an http(s) address')),
    title: text(LIMITS.title),
  }),
  lang: z.string().check(z.maxLength(35), z.regex(/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/)),
  createdAt: pattern(ISO_DATETIME, 'Invalid ISO datetime'),
  /** What the form's spam checks saw (sent only to an Afterword inbox, which files it as spam). */
  checks: z.optional(
    z.object({ honeypot: z.optional(z.boolean()), fast: z.optional(z.boolean()) }),
  ),
  /** The proof of work: ALTCHA's base64 payload, for an inbox started with --pow. */
  altcha: z.optional(z.string().check(z.maxLength(LIMITS.altcha))),
});

export const payloadSchema = lazy(() =>
  z.object({
    ...envelope(),
    message: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.message)),
    name: z.optional(text(LIMITS.name)),
    email: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(LIMITS.email),
          z.regex(z.regexes.email, 'Invalid email address'),
        ),
    ),
    quote: z.optional(text(LIMITS.quote)),
  }),
);

const ARMORED =
  /^-----BEGIN PGP MESSAGE-----\r?\n[\x20-\x7e\r\n]*\r?\n-----END PGP MESSAGE-----\r?\n?$/;
const plain = 'not allowed beside encrypted: a sealed message carries no plain text';

/** A sealed message: the reader's words exist only inside `encrypted`, never beside it. */
export const sealedPayloadSchema = /* @__PURE__ */ lazy(() =>
  z.object({
    ...envelope(),
    encrypted: z
      .string()
      .check(
        z.maxLength(LIMITS.encrypted),
        z.regex(ARMORED, 'must be an armored OpenPGP message (-----BEGIN PGP MESSAGE-----)'),
      ),
    message: z.optional(z.never(plain)),
    name: z.optional(z.never(plain)),
    email: z.optional(z.never(plain)),
    quote: z.optional(z.never(plain)),
  }),
);

export type PlainPayload = z.infer<typeof payloadSchema>;
export type SealedPayload = Omit<
  z.infer<typeof sealedPayloadSchema>,
  'message' | 'name' | 'email' | 'quote'
>;
export type FeedbackPayload = PlainPayload | SealedPayload;

export const isSealed = (p: FeedbackPayload): p is SealedPayload => 'encrypted' in p;

/** Checks either kind of payload: one with `encrypted` is a sealed one. */
export function parsePayload(data: unknown) {
  const sealed = typeof data === 'object' && data !== null && 'encrypted' in data;
  return (sealed ? sealedPayloadSchema : payloadSchema).safeParse(data) as
    { success: true; data: FeedbackPayload } | { success: false; error: z.core.$ZodError };
}

const isHttpUrl = (value: string): boolean => !!httpUrl(value, undefined);

/** Field errors as `{ field: message }`, for the form and for the server's 400 answer. */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'payload';
    out[key] ??= issue.message;
  }
  return out;
}
