import { startMockServer } from '@credit-bridge/mock';

// The benchmark's platform in a process of its own, so its work does not share the event loop (or the
// core) of the client being measured. Prints one JSON line with its URL; SIGTERM stops it.
const server = await startMockServer({ seed: 1 });
process.stdout.write(`${JSON.stringify({ url: server.creditUrl })}\n`);
process.once('SIGTERM', () => {
  server.close().then(() => process.exit(0));
});
