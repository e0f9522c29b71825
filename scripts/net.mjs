// The one place that turns a listening server's address into its port: a server listening on a
// TCP port (as every one here does, on 127.0.0.1 and port 0, "any free one") reports an
// AddressInfo, a pipe a string and a closed server null.

/**
 * The TCP port `server` listens on.
 * @param {{ address(): import('node:net').AddressInfo | string | null }} server
 * @returns {number}
 */
export function portOf(server) {
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error(`not listening on a TCP port (address: ${address})`);
  return address.port;
}
