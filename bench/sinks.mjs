// The notification destinations for the inbox load, in a process of their own so that they take
// no CPU from the load generator: a webhook, ntfy and a slow Slack webhook on 127.0.0.1.
// Prints their addresses as one JSON line; each line on stdin gets the delivery counts back.
import { createInterface } from 'node:readline';
import { httpSink } from '../test/server/sinks.mjs';

const slowMs = Number(process.argv[2] ?? 250);
const sinks = {
  webhook: await httpSink(),
  ntfy: await httpSink(),
  'slow slack': await httpSink({ delay: slowMs }),
};
const counts = () =>
  Object.fromEntries(
    Object.entries(sinks).map(([name, sink]) => [
      name,
      {
        requests: sink.requests.length,
        delivered: new Set(sink.requests.map((r) => r.headers['afterword-delivery'])).size,
      },
    ]),
  );
console.log(JSON.stringify(Object.fromEntries(Object.entries(sinks).map(([k, s]) => [k, s.url]))));
createInterface({ input: process.stdin }).on('line', () => console.log(JSON.stringify(counts())));
process.stdin.on('end', () => process.exit(0));
