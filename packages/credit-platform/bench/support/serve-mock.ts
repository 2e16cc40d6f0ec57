import { toWireRecord } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { startMockServer } from '@credit-bridge/mock';

// The benchmark's platform, in a process of its own so that its work does not share the event loop (or
// the core) of the clients being measured. Prints one JSON line: where it listens and a subject it lists.
const server = await startMockServer({ seed: 1 });
const entries = generateRecords('blacklist', { seed: 1, count: 20 });
server.credit.state.submit(
  'blacklist',
  entries.map((entry) => toWireRecord('blacklist', entry)),
);
const listed = entries.find(
  (entry) =>
    entry.subject.category !== 'natural_person' &&
    server.credit.state.isPublished('blacklist', entry.recordId),
);
if (listed === undefined || listed.subject.category === 'natural_person')
  throw new Error('no listed company in seed 1');
// A company the platform holds no listing for: the answer most checks before an approval get.
const clear = generateRecords('penalty', { seed: 2, count: 1 })[0]?.subject;
if (clear === undefined || clear.category === 'natural_person')
  throw new Error('no company in penalty seed 2');
process.stdout.write(
  `${JSON.stringify({ url: server.creditUrl, listed: listed.subject.uscc, clear: clear.uscc })}\n`,
);
process.once('SIGTERM', () => {
  server.close().then(() => process.exit(0));
});
