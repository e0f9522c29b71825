// Delivers one notification to one destination: an email (nodemailer), a signed webhook, ntfy,
// a Slack-compatible or a Discord webhook. Resolves on success; rejects with a short reason.
import { createHmac } from 'node:crypto';
import type { Destination } from './destinations.js';
import type { Rendered } from './message.js';

const TIMEOUT = 15_000;

export interface Delivery {
  /** Afterword-Delivery: the same on every retry. */
  id: string;
  /** One message, or several for a digest (daily mail, or past --notify-max an hour). */
  messages: Rendered[];
  /** The reader's address for Reply-To (single messages only). */
  replyTo: string | undefined;
}

export interface SendContext {
  secret: string | undefined;
  inboxUrl: string;
}

export type Sender = (delivery: Delivery) => Promise<void>;

/** A sender for a destination (an SMTP transport is made once and kept). */
export async function createSender(dest: Destination, ctx: SendContext): Promise<Sender> {
  if (dest.type === 'smtp') return smtpSender(dest);
  return (delivery) => sendHttp(dest, ctx, delivery);
}

async function smtpSender(dest: Destination): Promise<Sender> {
  let nodemailer;
  try {
    nodemailer = (await import('nodemailer')).default;
  } catch {
    throw new Error(
      'nodemailer is not installed: run `npm install nodemailer` for mail notifications',
    );
  }
  const s = dest.smtp!;
  const transport = nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    // A password goes to another machine only over TLS (STARTTLS on smtp://).
    requireTLS: !s.secure && !!s.user && !/^(localhost|127(\.\d+){3}|::1|\[::1\])$/i.test(s.host),
    auth: s.user ? { user: s.user, pass: s.pass ?? '' } : undefined,
    connectionTimeout: TIMEOUT,
    greetingTimeout: TIMEOUT,
    socketTimeout: TIMEOUT,
  });
  return async ({ id, messages, replyTo }) => {
    const one = messages.length === 1 ? messages[0]! : undefined;
    const subject = one ? one.subject : `Afterword: ${messages.length} new messages`;
    const text = one
      ? one.text
      : messages.map((m) => `${m.subject}\n\n${m.text}`).join('\n\n-----\n\n');
    await transport.sendMail({
      from: s.from,
      to: s.to,
      subject,
      text,
      replyTo: one ? replyTo : undefined,
      headers: { 'Afterword-Delivery': id },
    });
  };
}

/** RFC 2047 for header values that are not plain ASCII (fetch refuses them otherwise). */
function headerText(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return /^[\x20-\x7e]*$/.test(flat)
    ? flat
    : `=?UTF-8?B?${Buffer.from(flat, 'utf8').toString('base64')}?=`;
}

/** Slack's mrkdwn reads <…> as links and mentions: a reader's text must not ping a channel. */
function slackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * In a chat, what a reader wrote pings no one and hides no link: a zero-width space after `@`
 * keeps `@channel`, `@here`, `@all`, `@everyone` and `@name` from notifying (Mattermost and
 * Rocket.Chat read them in Slack-style messages), and one between `]` and `(` keeps a Markdown
 * link from showing other words than its address.
 */
export function defuse(text: string): string {
  return text.replace(/(^|[^\w./:+-])@(?=[\w.-])/g, '$1@\u200B').replace(/\]\(/g, ']\u200B(');
}

/** The title of a notification: its message's subject, or how many messages a digest holds. */
const titleOf = (messages: Rendered[]) =>
  messages.length === 1 ? messages[0]!.subject : `Afterword: ${messages.length} new messages`;

/** The text of a notification: one message's, or each message's subject and text in turn. */
function textOf(messages: Rendered[], bold: (s: string) => string = (s) => s): string {
  if (messages.length === 1) return messages[0]!.text;
  return messages.map((m) => `${bold(m.subject)}\n${m.text}`).join('\n\n-----\n\n');
}

function requestFor(
  dest: Destination,
  ctx: SendContext,
  { id, messages }: Delivery,
): { body: string; headers: Record<string, string> } {
  const headers: Record<string, string> = {
    'afterword-delivery': id,
    'user-agent': 'afterword-inbox',
  };
  if (dest.type === 'ntfy') {
    headers['content-type'] = 'text/plain; charset=utf-8';
    headers.title = headerText(titleOf(messages));
    headers.click = ctx.inboxUrl;
    return { body: textOf(messages), headers };
  }
  headers['content-type'] = 'application/json';
  if (dest.type === 'slack') {
    const bold = (s: string) => `*${s}*`;
    const text = `${bold(titleOf(messages))}\n${textOf(messages, bold)}`;
    return { body: JSON.stringify({ text: defuse(slackText(text)) }), headers };
  }
  if (dest.type === 'discord') {
    const bold = (s: string) => `**${s}**`;
    const content = defuse(`${bold(titleOf(messages))}\n${textOf(messages, bold)}`);
    return {
      body: JSON.stringify({
        content: content.length > 2000 ? `${content.slice(0, 1999)}…` : content,
        allowed_mentions: { parse: [] },
      }),
      headers,
    };
  }
  // More than --notify-max an hour: one event with every message that waited.
  const body = JSON.stringify(
    messages.length === 1
      ? { event: 'feedback.created', item: messages[0]!.item }
      : { event: 'feedback.digest', items: messages.map((m) => m.item) },
  );
  if (ctx.secret) headers['afterword-signature'] = signature(ctx.secret, body);
  return { body, headers };
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signature(secret: string, body: string, now = Date.now()): string {
  const t = Math.floor(now / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

async function sendHttp(dest: Destination, ctx: SendContext, delivery: Delivery): Promise<void> {
  const { body, headers } = requestFor(dest, ctx, delivery);
  let res: Response;
  try {
    res = await fetch(dest.url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT),
    });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError') throw new Error(`no answer within ${TIMEOUT / 1000} s`);
    throw new Error(`network error: ${e.cause?.code ?? e.cause?.message ?? e.message}`);
  }
  const text = await res.text().catch(() => '');
  if (res.status < 200 || res.status > 299) {
    const detail = text.replace(/\s+/g, ' ').trim().slice(0, 120);
    throw new Error(`HTTP ${res.status}${detail ? `: ${detail}` : ''}`);
  }
}
