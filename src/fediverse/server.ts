// The reader's fediverse server: what they typed turned into an origin, and its NodeInfo asked
// (only that server, only when the reader acts) which software it runs.

const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

const isLoopback = (host: string) => host === 'localhost' || host.endsWith('.localhost');

/**
 * The server's origin (`https://example.social`) from `@you@example.social`, `you@example.social`,
 * `example.social` or any address on it; null when it cannot be a server.
 */
export function parseServer(input: string): string | null {
  let value = input.trim();
  const handle = value.match(/^@?[^@\s/:]+@([^@\s/]+)$/);
  if (handle) value = handle[1];
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) value = `https://${value}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  if (url.username || url.password || !HOST.test(host)) return null;
  // Plain http: and ports are for a server on this machine only (development, tests).
  if ((url.protocol === 'http:' || url.port) && !isLoopback(host)) return null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`;
}

/** How the dialog shows a remembered origin: the bare host name where it is `https:`. */
export function serverLabel(origin: string): string {
  return origin.replace(/^https:\/\//, '');
}

const SCHEMA = /^https?:\/\/nodeinfo\.diaspora\.software\/ns\/schema\/(\d+(?:\.\d+)?)$/;

async function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, {
    signal,
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/**
 * The software a server runs, from `/.well-known/nodeinfo` and the newest schema document it
 * links to on the same server; null when the lookup is blocked (CORS, the page's CSP, offline),
 * slow or malformed. Never throws.
 */
export async function lookupSoftware(origin: string, timeoutMs = 3000): Promise<string | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const index = (await getJson(`${origin}/.well-known/nodeinfo`, controller.signal)) as {
      links?: { rel?: unknown; href?: unknown }[];
    };
    const links = (Array.isArray(index?.links) ? index.links : [])
      .map((l) => ({ version: Number(String(l?.rel).match(SCHEMA)?.[1]), href: String(l?.href) }))
      .filter((l) => l.version > 0)
      .sort((a, b) => b.version - a.version);
    // Only that server is asked: a schema document elsewhere is not followed.
    const link = links.find((l) => {
      try {
        return new URL(l.href).origin === origin;
      } catch {
        return false;
      }
    });
    if (!link) return null;
    const info = (await getJson(link.href, controller.signal)) as {
      software?: { name?: unknown };
    };
    const name = info?.software?.name;
    return typeof name === 'string' && name.trim() ? name.trim().toLowerCase() : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
