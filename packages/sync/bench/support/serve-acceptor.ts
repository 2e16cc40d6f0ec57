import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// A platform that keeps nothing, for measuring the sync process's memory over a million records: it
// answers every batch POST with the contract's envelope, every record `accepted`, without validating,
// signing checks or storing (the mock platform stores every record, which a million would not fit).
let requests = 0;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    requests += 1;
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { records: { RECORD_ID: string }[] };
    const results = body.records.map((record, index) => ({
      index,
      recordId: record.RECORD_ID,
      status: 'accepted',
    }));
    const envelope = JSON.stringify({
      code: '00',
      message: 'OK',
      requestId: `00000000-0000-4000-8000-${String(requests).padStart(12, '0')}`,
      data: { received: results.length, accepted: results.length, duplicate: 0, rejected: 0, results },
    });
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(envelope),
    });
    res.end(envelope);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(
    `${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`,
  );
});
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
