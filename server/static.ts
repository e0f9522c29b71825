// Serves folders of files (--static, and the demo article with the built script) under URL
// prefixes, on an origin of their own; nothing outside them, nothing private inside them.
// Text is compressed on Node's thread pool (never on the event loop), up to a size cap.
import { realpathSync, statSync, createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
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
export interface Mount {
  prefix: string;
  dir: string;
  /**
   * The demo's pages post to `/api/feedback`, which is the inbox's, on its own origin: their
   * HTML is served with that address made absolute.
   */
  inboxLinks?: boolean;
}

/** Resolves mounts to real folder paths; throws a one-line Error for a folder that is not there. */
export function realMounts(mounts: Mount[]): Mount[] {
  return mounts.map((mount) => {
    try {
      const real = realpathSync(mount.dir);
      if (statSync(real).isDirectory()) return { ...mount, dir: real };
    } catch {
      // reported below
    }
    throw new Error(`cannot serve ${mount.dir}: no such folder`);
  });
}

// SQLite databases and their journals, and token files: never served, whatever their folder.
const PRIVATE_NAME = /\.(db|db3|sqlite3?|token)(-wal|-shm|-journal)?$|-(wal|shm|journal)$/i;

/** The real paths of the inbox's own database files (and the token file) beside `db`. */
export function privateFiles(db: string, tokenFile?: string): Set<string> {
  const files = new Set<string>();
  if (tokenFile) {
    try {
      files.add(realpathSync(tokenFile));
    } catch {
      // not there (yet): nothing to hide
    }
  }
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
 * The file a URL path names inside one of the mounts, and that mount, or undefined. Hidden
 * files, database files and the `hidden` real paths are never found, not even through a symlink.
 */
export function findFile(
  mounts: Mount[],
  pathname: string,
  hidden: Set<string> = new Set(),
): { file: string; mount: Mount } | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // No NUL, no backslash tricks, no hidden files or `..` segments: such paths never name a file here.
  if (/[\0\\]/.test(path) || path.split('/').some((segment) => segment.startsWith('.')))
    return undefined;
  for (const mount of mounts) {
    const { prefix, dir } = mount;
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
        return { file: real, mount };
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
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;
const MIN_COMPRESS = 1024;
/** Larger files go as they are: compressing them would hold a pool thread for seconds. */
export const MAX_COMPRESS = 4 * 1024 * 1024;
/** Compressed copies kept, counted by their files' sizes (the demo and the built script are a few hundred KiB). */
const CACHE_BYTES = 32 * 1024 * 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Compressed copies by file and encoding, kept until the file changes; oldest dropped first. */
const cache = new Map<string, { stamp: string; body: Promise<Buffer>; size: number }>();
let cached = 0;

function compressed(
  file: string,
  stamp: string,
  encoding: Encoding,
  size: number,
): Promise<Buffer> {
  const key = `${encoding}:${file}`;
  const hit = cache.get(key);
  if (hit?.stamp === stamp) return hit.body;
  if (hit) {
    cache.delete(key);
    cached -= hit.size;
  }
  const body = readFile(file).then((data) =>
    encoding === 'br'
      ? brotli(data, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: size },
        })
      : gzipped(data, { level: 9 }),
  );
  cache.set(key, { stamp, body, size });
  cached += size;
  for (const [k, v] of cache) {
    if (cached <= CACHE_BYTES) break;
    cache.delete(k);
    cached -= v.size;
  }
  // A failed read is not kept: the next request tries again.
  body.catch(() => {
    if (cache.get(key)?.body !== body) return;
    cache.delete(key);
    cached -= size;
  });
  return body;
}

function baseHeaders(type: string): Record<string, string | number> {
  return { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' };
}

export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  extra: Record<string, string> = {},
): Promise<void> {
  const { size, mtimeMs } = statSync(file);
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string | number> = {
    ...baseHeaders(type),
    ...extra,
    'content-length': size,
  };
  const compressible = COMPRESSIBLE.test(type) && size >= MIN_COMPRESS && size <= MAX_COMPRESS;
  if (compressible) headers.vary = 'accept-encoding';
  const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : undefined;
  if (encoding) {
    const body = await compressed(file, `${mtimeMs}:${size}`, encoding, size);
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

/** A demo page, with its `"/api/feedback"` made the inbox's own address. */
async function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  endpoint: string,
): Promise<void> {
  const html = (await readFile(file, 'utf8')).replaceAll('"/api/feedback"', `"${endpoint}"`);
  res.writeHead(200, {
    ...baseHeaders(TYPES['.html']!),
    'content-length': Buffer.byteLength(html),
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}

export interface StaticSettings {
  mounts: Mount[];
  /** Real paths never served (the database, its journals, the token file). */
  hidden: Set<string>;
  /** The inbox's /api/feedback as a page from this request reaches it. */
  endpoint(req: IncomingMessage): string;
}

/** The request listener of the files' own origin: GET and HEAD of the mounted files, else 404. */
export function staticFiles({ mounts, hidden, endpoint }: StaticSettings) {
  const notFound = (res: ServerResponse) => {
    res.writeHead(404, { ...baseHeaders('text/plain; charset=utf-8') });
    res.end('Not found');
  };
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res);
    const found = findFile(mounts, path, hidden);
    if (!found) return notFound(res);
    if (found.mount.inboxLinks && extname(found.file).toLowerCase() === '.html')
      return sendPage(req, res, found.file, endpoint(req));
    return sendFile(req, res, found.file);
  };
}
