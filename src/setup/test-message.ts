// "Send a test message": one real message through the destination the blogger configured, sent
// the way the feedback form sends it (same request builder), never queued for retries.
import { isInbox } from '../feedback/inbox.js';
import { payloadSchema, type FeedbackPayload } from '../feedback/schema.js';
import { buildRequest } from '../feedback/transport.js';
import { resolveOptions } from '../feedback/options.js';
import type { Section } from './validate.js';
import { format } from '../shared/localize.js';
import type { SetupMessages } from './messages/en.js';

export const TEST_MESSAGE =
  'Test message from the Afterword set-up page: your feedback form reaches you.';

/** Sends one test message; answers with what the blogger should read in the status line. */
export async function sendTest(section: Section | undefined, m: SetupMessages): Promise<string> {
  // Where the form itself would send, as it reads the same settings.
  const dest = section && resolveOptions({}, section, () => {}).dest;
  if (!dest) return m.testNoDestination;
  let payload: FeedbackPayload = payloadSchema.parse({
    id: crypto.randomUUID(),
    kind: 'feedback',
    message: TEST_MESSAGE,
    page: { url: location.href, title: 'Afterword set-up page' },
    lang: 'en',
    createdAt: new Date().toISOString(),
  });
  // An Afterword inbox with --pow asks for a proof of work, as of the form: without one the
  // test message would land in its Spam view.
  if (isInbox(dest.format, dest.endpoint)) {
    const { proofOfWork } = await import('../feedback/proof.js');
    const altcha = await proofOfWork(dest.endpoint);
    if (altcha) payload = { ...payload, altcha };
  }
  const req = buildRequest({ ...dest, subject: 'Afterword test message' }, payload);
  try {
    const res = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body });
    if (res.ok) return format(m.testSent, { host: new URL(req.url, location.href).host });
    const text = (await res.text().catch(() => '')).slice(0, 200);
    const said = text && !text.startsWith('<') ? ` (${text})` : '';
    return format(m.testRefused, { status: `${res.status}${said}` });
  } catch {
    return m.testFailed;
  }
}
