// What a request says about where it came from and how it reached the inbox (client address,
// host, scheme), read once per request, with a reverse proxy's X-Forwarded-* headers believed
// only where the inbox is told to.
import type { IncomingMessage } from 'node:http';

export interface RequestFacts {
  /** Who the request counts against for limits: an IPv4 address, or an IPv6 /64 network. */
  client: string;
  /** The Host the browser talked to (a trusted proxy's X-Forwarded-Host), lowercased. */
  host: string | undefined;
  protocol: 'http' | 'https';
  /** The inbox's own address as this request reached it (`--public-url` when given), for links. */
  base: string;
}

export interface FactsSettings {
  trustProxy: boolean;
  publicUrl: string | undefined;
}

export function factsReader({ trustProxy, publicUrl }: FactsSettings) {
  return function facts(req: IncomingMessage): RequestFacts {
    const forwarded = (name: string): string | undefined => {
      const value = trustProxy ? req.headers[name] : undefined;
      return typeof value === 'string' ? value : undefined;
    };
    const protocol =
      'encrypted' in req.socket || forwarded('x-forwarded-proto') === 'https' ? 'https' : 'http';
    const host = (
      forwarded('x-forwarded-host')?.split(',')[0]!.trim() || req.headers.host
    )?.toLowerCase();
    // The last address is the one our own proxy saw; earlier ones are the client's word.
    const last = forwarded('x-forwarded-for')?.split(',').pop()!.trim();
    return {
      client: network(last || req.socket.remoteAddress || 'unknown'),
      host,
      protocol,
      base: publicUrl ?? `${protocol}://${host ?? 'localhost'}`,
    };
  };
}

/** One IPv6 host usually holds a whole /64, so counting single addresses would be no limit. */
function network(address: string): string {
  if (address.startsWith('::ffff:')) return address.slice(7);
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
