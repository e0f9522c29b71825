// What a request says about where it came from and how it reached the inbox (client address,
// host, scheme, the inbox's own origin), read once per request. A reverse proxy's
// X-Forwarded-For, -Proto and -Host count only when the peer is one of the --trust-proxy
// addresses; from anyone else they are the client's own word, and ignored.
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

export interface RequestFacts {
  /** Who the request counts against for limits: an IPv4 address, or an IPv6 /64 network. */
  client: string;
  /** The Host the browser talked to (a trusted proxy's X-Forwarded-Host), lowercased. */
  host: string | undefined;
  protocol: 'http' | 'https';
  /** The inbox's own origin (`--public-url`'s when given), for same-origin checks. */
  origin: string | undefined;
  /** The inbox's own address for links (`--public-url` when given). */
  base: string;
}

export interface FactsSettings {
  /** Addresses and networks (CIDR) of trusted reverse proxies. */
  trustProxy: string[];
  publicUrl: string | undefined;
}

/** `::ffff:192.0.2.1` (IPv4 on an IPv6 socket) → `192.0.2.1`; other addresses lowercased. */
function plain(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && isIP(lower.slice(7)) === 4 ? lower.slice(7) : lower;
}

/** One entry of X-Forwarded-For as an address (`[v6]`, `v4:port` and `[v6]:port` allowed), or undefined. */
function forwardedAddress(entry: string): string | undefined {
  const value = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  const candidate = bracketed
    ? bracketed[1]!
    : /^[\d.]+:\d+$/.test(value)
      ? value.split(':')[0]!
      : value;
  return isIP(candidate) ? plain(candidate) : undefined;
}

/** The right-most value of a header a proxy appends to or sets (the one the nearest proxy wrote). */
function nearest(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value.join(',') : value;
  const last = text?.split(',').pop()?.trim();
  return last || undefined;
}

export function factsReader({ trustProxy, publicUrl }: FactsSettings) {
  const trusted = new BlockList();
  for (const entry of trustProxy) {
    const [address = '', bits] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) trusted.addAddress(plain(address), type);
    else trusted.addSubnet(plain(address), Number(bits), type);
  }
  const isTrusted = (address: string) =>
    trustProxy.length > 0 && trusted.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
  const own = publicUrl ? new URL(publicUrl).origin : undefined;

  return function facts(req: IncomingMessage): RequestFacts {
    const peer = plain(req.socket.remoteAddress ?? '');
    const fromProxy = isIP(peer) !== 0 && isTrusted(peer);

    // The client: the right-most X-Forwarded-For entry that is not one of our proxies. An entry
    // that is not an address makes the whole header worthless: then the peer is the client.
    let client = peer;
    if (fromProxy) {
      const header = req.headers['x-forwarded-for'];
      const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
        .split(',')
        .filter((e) => e.trim());
      for (let i = entries.length - 1; i >= 0; i--) {
        const address = forwardedAddress(entries[i]!);
        if (!address) {
          client = peer;
          break;
        }
        client = address;
        if (!isTrusted(address)) break;
      }
    }

    const proto = fromProxy ? nearest(req.headers['x-forwarded-proto'])?.toLowerCase() : undefined;
    const protocol = 'encrypted' in req.socket || proto === 'https' ? 'https' : 'http';
    const host = (
      (fromProxy && nearest(req.headers['x-forwarded-host'])) ||
      req.headers.host
    )?.toLowerCase();
    let origin = own;
    if (!origin && host) {
      try {
        origin = new URL(`${protocol}://${host}`).origin;
      } catch {
        // A Host that is no host: no origin, so no same-origin check passes.
      }
    }
    return {
      client: network(client || 'unknown'),
      host,
      protocol,
      origin,
      base: publicUrl ?? origin ?? `${protocol}://localhost`,
    };
  };
}

/** One IPv6 host usually holds a whole /64, so counting single addresses would be no limit. */
function network(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
