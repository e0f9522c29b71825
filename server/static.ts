// Serves folders of files (the demo article and the built script) under URL prefixes; nothing outside them.
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A URL prefix ending in `/` and the folder it maps to. */
export type Mount = [prefix: string, dir: string];

/** Resolves mounts to real folder paths; throws a one-line Error for a folder that is not there. */
export function realMounts(mounts: Mount[]): Mount[] {
  return mounts.map(([prefix, dir]) => {
    try {
      const real = realpathSync(dir);
      if (statSync(real).isDirectory()) return [prefix, real];
    } catch {
      // reported below
    }
    throw new Error(`cannot serve ${dir}: no such folder`);
  });
}

// SQLite databases and their journals, and token files: never served, whatever their folder.
const PRIVATE_NAME = /\.(db|db3|sqlite3?|token)(-wal|-shm|-journal)?$|-(wal|shm|journal)$/i;

/** The real paths of the inbox's own database files (and the token file) beside `db`. */
export function privateFiles(db: string): Set<string> {
  const files = new Set<string>();
  if (/^postgres(ql)?:/i.test(db) || db === ':memory:' || db === '') return files;
  let dir: string;
  try {
    dir = realpathSync(dirname(resolve(db)));
  } catch {
    return files;
  }
  for (const suffix of ['', '-wal', '-shm', '-journal', '.token'])
    files.add(join(dir, `${basename(db)}${suffix}`));
  return files;
}

/**
 * The file a URL path names inside one of the mounts, or undefined. Hidden files, database files
 * and the `hidden` real paths are never found, not even through a symlink.
 */
export function findFile(
  mounts: Mount[],
  pathname: string,
  hidden: Set<string> = new Set(),
): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // No NUL, no backslash tricks, no hidden files or `..` segments: such paths never name a file here.
  if (/[\0\\]/.test(path) || path.split('/').some((segment) => segment.startsWith('.')))
    return undefined;
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    let file = resolve(dir, `.${sep}${path.slice(prefix.length)}`);
    if (file !== dir && !file.startsWith(dir + sep)) continue;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const real = realpathSync(file);
      // A symlink may not lead out of the folder either.
      if (
        real.startsWith(dir + sep) &&
        !hidden.has(real) &&
        !PRIVATE_NAME.test(real) &&
        !real
          .slice(dir.length + 1)
          .split(sep)
          .some((segment) => segment.startsWith('.')) &&
        statSync(real).isFile()
      )
        return real;
    } catch {
      // not in this mount
    }
  }
  return undefined;
}

type Encoding = 'br' | 'gzip';

/** The encoding to send: brotli, else gzip, if the client accepts it (`q=0` refuses). */
function pickEncoding(header: string | string[] | undefined): Encoding | undefined {
  const accepted = new Set(
    String(header ?? '')
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split(/\s*;\s*/))
      .filter(([, q]) => !/^q=0(\.0*)?$/.test(q ?? ''))
      .map(([name]) => name),
  );
  return (['br', 'gzip'] as const).find((e) => accepted.has(e));
}

// Text worth compressing; images other than SVG and fonts are compressed already.
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;
const MIN_COMPRESS = 1024;
/** Compressed copies by file, kept until the file changes (the demo and the built script are few). */
const compressed = new Map<
  string,
  { mtimeMs: number; size: number; body: Partial<Record<Encoding, Buffer>> }
>();

function compressedBody(file: string, mtimeMs: number, size: number, encoding: Encoding): Buffer {
  let entry = compressed.get(file);
  if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size) {
    entry = { mtimeMs, size, body: {} };
    compressed.set(file, entry);
  }
  return (entry.body[encoding] ??=
    encoding === 'br'
      ? brotliCompressSync(readFileSync(file), {
          params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: size },
        })
      : gzipSync(readFileSync(file), { level: 9 }));
}

export function sendFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const { size, mtimeMs } = statSync(file);
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string | number> = {
    'content-type': type,
    'content-length': size,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
  const compressible = COMPRESSIBLE.test(type) && size >= MIN_COMPRESS;
  if (compressible) headers.vary = 'accept-encoding';
  const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : undefined;
  if (encoding) {
    const body = compressedBody(file, mtimeMs, size, encoding);
    res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
