// Request bodies: their media type, reading them with a size limit, and refusing the rest.
import type { IncomingMessage } from 'node:http';

/** The media type without parameters, lowercased: `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export const TOO_LARGE = Symbol('too large');

/**
 * Reads the body up to `limit` bytes. Past the limit it stops keeping it (a declared
 * Content-Length over the limit is refused before a byte is read) and resolves TOO_LARGE.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | typeof TOO_LARGE> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        resolve(TOO_LARGE);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error = new Error('the client went away')) => {
      cleanup();
      reject(Object.assign(error, { clientGone: true }));
    };
    const onClose = () => onError();
    const cleanup = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

/** How long a client still sending a refused body gets to read the answer. */
const LINGER = 2000;

/**
 * After refusing a body (answered at once): what the client still sends is read and thrown away,
 * never kept, so that a client sending at full speed is not reset before it has read the answer
 * (a lingering close). Once it has had LINGER ms to read it, a body still coming is cut off.
 */
export function refuseRest(req: IncomingMessage): void {
  if (req.complete) return;
  req.resume();
  const { socket } = req;
  const cut = setTimeout(() => {
    if (req.complete) return;
    socket.end();
    setTimeout(() => socket.destroy(), 1000).unref();
  }, LINGER);
  cut.unref();
  req.once('end', () => clearTimeout(cut)).once('close', () => clearTimeout(cut));
}
