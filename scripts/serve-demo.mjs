// A static server for the demo article and the built script on http://localhost:8080.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (path === '/') path = '/demo/index.html';
  if (path.endsWith('/')) path += 'index.html';
  if (!path.startsWith('/demo/') && !path.startsWith('/dist/')) path = `/demo${path}`;
  const file = normalize(join(root, path));
  const allowed = [join(root, 'demo'), join(root, 'dist')].some((dir) => file.startsWith(dir));
  let ok = false;
  try {
    ok = allowed && statSync(file).isFile();
  } catch {}
  if (!ok) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, () => console.log(`Afterword demo: http://localhost:${port}/`));
