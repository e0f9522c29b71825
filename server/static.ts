// Serves folders of files (the demo article and the built script) under URL prefixes; nothing outside them.
import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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

/** The file a URL path names inside one of the mounts, or undefined. */
export function findFile(mounts: Mount[], pathname: string): string | undefined {
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
      if (real.startsWith(dir + sep) && statSync(real).isFile()) return real;
    } catch {
      // not in this mount
    }
  }
  return undefined;
}

export function sendFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const { size } = statSync(file);
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': size,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
