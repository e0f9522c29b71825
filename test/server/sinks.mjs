// Real servers on loopback that receive notifications: an SMTP server (smtp-server, from the
// nodemailer project) and an HTTP server for webhooks, each on a free port, each able to fail.
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';
import { portOf } from '../../scripts/net.mjs';

/** Waits until `check()` is truthy (polling), or fails after `ms`. */
export async function until(check, ms = 10_000, what = 'the condition') {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Quoted-printable soft breaks and escapes undone, so a test can read the body. */
function unQuote(text) {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * An SMTP server. `fail` (a number) refuses that many messages with a 451 first. Resolves with
 * { port, mails: [{ from, to, user, headers, subject, text, raw }], fail, close() }.
 */
export async function smtpSink({ fail = 0 } = {}) {
  const sink = { mails: [], fail, refused: 0 };
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, cb) {
      cb(null, { user: auth.username });
    },
    onData(stream, session, cb) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (d) => (raw += d));
      stream.on('end', () => {
        if (sink.fail > 0) {
          sink.fail -= 1;
          sink.refused += 1;
          /** @type {Error & { responseCode?: number }} */
          const error = new Error('Mailbox busy, try later');
          error.responseCode = 451;
          return cb(error);
        }
        const [head, ...rest] = raw.split(/\r?\n\r?\n/);
        const headers = {};
        for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
          const i = line.indexOf(':');
          headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
        }
        sink.mails.push({
          // Set by MAIL FROM, which every delivery has.
          from: /** @type {import('smtp-server').SMTPServerAddress} */ (session.envelope.mailFrom)
            .address,
          to: session.envelope.rcptTo.map((r) => r.address),
          user: session.user,
          headers,
          subject: headers.subject,
          // Only a quoted-printable body is unquoted: in a 7bit one, "=AB" is text (an armored
          // message's checksum line may start so).
          text: /quoted-printable/i.test(headers['content-transfer-encoding'] ?? '')
            ? unQuote(rest.join('\n\n'))
            : rest.join('\n\n'),
          raw,
        });
        cb();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  sink.port = portOf(server.server);
  sink.close = () => new Promise((resolve) => server.close(() => resolve(undefined)));
  return sink;
}

/**
 * An HTTP server recording every POST: { method, path, headers, body }. `status` answers with
 * that status while `fail` (a count) lasts; `delay` (ms) answers slowly. Resolves with
 * { url, requests, fail, delay, close() }.
 */
export async function httpSink({ fail = 0, status = 503, delay = 0 } = {}) {
  const sink = { requests: [], fail, delay, refused: 0 };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const answer = () => {
        if (sink.fail > 0) {
          sink.fail -= 1;
          sink.refused += 1;
          sink.lastRefusedId = req.headers['afterword-delivery'];
          res.writeHead(status, { 'content-type': 'text/plain' }).end('Service unavailable');
          return;
        }
        sink.requests.push({ method: req.method, path: req.url, headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      };
      if (sink.delay) setTimeout(answer, sink.delay);
      else answer();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  sink.url = `http://127.0.0.1:${portOf(server)}`;
  sink.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    });
  return sink;
}
