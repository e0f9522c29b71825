// Request bodies: their media type, and reading them with a size limit.
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

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

const LINGER = 1024 * 1024;

/**
 * After a refused body: what is still on its way is thrown away unread (at most 1 MiB more), so
 * the client gets to read the answer instead of a reset connection; past that the connection is
 * cut. Returns the headers the answer needs.
 */
export function discardRest(req: IncomingMessage): OutgoingHttpHeaders {
  if (Number(req.headers['content-length']) > LINGER) return { connection: 'close' };
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > LINGER) req.socket.destroy();
  });
  req.resume();
  return {};
}
