// What the reader is writing: the draft kept across reloads and its turn into the shared payload.
import { readJson, remove, writeJson } from '../shared/storage.js';
import { fieldErrors, payloadSchema, type Kind, type PlainPayload } from './schema.js';

export interface Draft {
  id: string;
  kind: Kind;
  message: string;
  name: string;
  email: string;
  quote: string;
  /** When the reader first typed into this draft (ms), for the minimum fill time. */
  started: number;
}

export type Field = 'message' | 'name' | 'email' | 'quote';
export type Problem = 'required' | 'tooLong' | 'email';

const KEY = 'afterword:feedback:draft:';

/** Tips stay in the tab's sessionStorage; everything else survives a closed tab. */
export const areaFor = (kind: Kind): 'local' | 'session' => (kind === 'tip' ? 'session' : 'local');

/** A random version 4 UUID; crypto.randomUUID() is missing on plain-http pages. */
export function uuid(): string {
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16),
  );
}

/** A filled honeypot, or a submission sooner than `minSeconds` (default 3) after `since`. */
export function looksLikeBot(
  trap: string,
  since: number,
  minSeconds = 3,
  now = Date.now(),
): boolean {
  return !!trap || now - since < (Number.isNaN(minSeconds) ? 3 : minSeconds) * 1000;
}

export function emptyDraft(kind: Kind): Draft {
  return { id: uuid(), kind, message: '', name: '', email: '', quote: '', started: 0 };
}

/** The draft after the reader changed one field; switching to a correction brings the last selection. */
export function edit(
  d: Draft,
  name: string,
  value: string,
  selection: string,
  now = Date.now(),
): Draft {
  const next = { ...d, started: d.started || now };
  if (name !== 'kind') return { ...next, [name]: value };
  return {
    ...next,
    kind: value as Kind,
    quote: value === 'correction' && !d.quote ? selection : d.quote,
  };
}

/** A draft again from a payload, so words refused on a later retry go back into the form. */
export function fromPayload(p: PlainPayload): Draft {
  return {
    id: p.id,
    kind: p.kind,
    message: p.message,
    name: p.name ?? '',
    email: p.email ?? '',
    quote: p.quote ?? '',
    started: 1,
  };
}

export function loadDraft(page: string): Draft | undefined {
  const d = readJson<Draft>(KEY + page, 'session') ?? readJson<Draft>(KEY + page);
  return d && typeof d.id === 'string' && typeof d.message === 'string' ? d : undefined;
}

export function saveDraft(page: string, draft: Draft, area = areaFor(draft.kind)): void {
  writeJson(KEY + page, draft, area);
  remove(KEY + page, area === 'local' ? 'session' : 'local');
}

export function clearDraft(page: string): void {
  remove(KEY + page, 'local');
  remove(KEY + page, 'session');
}

/**
 * Builds and validates the payload. Empty optional fields are left out; a quote only
 * travels with a correction. Returns the payload, or what the reader has to fix.
 */
export function toPayload(
  d: Draft,
  page: { url: string; title: string },
  lang: string,
):
  | { payload: PlainPayload }
  | { problems: Partial<Record<Field, Problem>>; other: Record<string, string> } {
  const raw: Record<string, unknown> = {
    id: d.id,
    kind: d.kind,
    message: d.message,
    page,
    lang: /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : 'und',
    createdAt: new Date().toISOString(),
  };
  for (const f of ['name', 'email', 'quote'] as const) {
    if (d[f].trim() && (f !== 'quote' || d.kind === 'correction')) raw[f] = d[f];
  }
  const result = payloadSchema.safeParse(raw);
  if (result.success) return { payload: result.data };
  const problems: Partial<Record<Field, Problem>> = {};
  const other: Record<string, string> = {};
  for (const [key, text] of Object.entries(fieldErrors(result.error))) {
    if (key === 'email') problems.email = 'email';
    else if (key === 'message' && !d.message.trim()) problems.message = 'required';
    else if (key in d) problems[key as Field] = 'tooLong';
    else other[key] = text;
  }
  return { problems, other };
}
