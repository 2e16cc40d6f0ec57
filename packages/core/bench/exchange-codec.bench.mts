// Exchange codec benchmark (issue 5, section 4), run by `pnpm bench` (scripts/bench.mjs) as a plain
// script: vitest bench cannot end its output with the summary line below. In one run, on the same
// 1,000 records, interleaved rounds on a noisy shared machine, medians of the rounds:
// - our decode: size cap, encoding, the safety scan, parse, digest verification, typed records;
// - our encode: wire mapping, escaping and character checks, digest, bytes;
// - fast-xml-parser 5 parse/build of the same bytes/tree with the same safe options (full tree, no
//   stop nodes: what an integration would otherwise do), xml2js parse, JSON.parse/stringify as floor.
// Every XML parser is handed the same bytes, as a receiver gets them, and decodes them itself (both
// fast-xml-parser and xml2js take a Buffer and read it as UTF-8).
// The contract allows at most 500 records per message, so the 1,000 records travel as four messages
// of 250, one per record type.
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { parseStringPromise } from 'xml2js';
import {
  decodeExchangeMessage,
  EXCHANGE_NAMESPACE,
  type ExchangeMessage,
  encodeExchangeMessage,
  toWireRecord,
} from '../src/index.js';
import { generateRecords } from '../src/testing/index.js';
import { SAFE_PARSER_OPTIONS } from '../src/wire/exchange/internal/exchange-xml-parser.js';

const RECORDS_PER_MESSAGE = 250;
const ROUNDS = Number(process.env.EXCHANGE_BENCH_ROUNDS ?? 9);
const header = {
  messageId: '6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81',
  senderCode: '11420113CBG11301XU',
  receiverCode: '11420113CBG113028U',
  regionCode: '420113',
  sendTime: '2026-01-05T10:15:30+08:00',
};
const kinds = [
  ['XZCF', 'penalty', 'PenaltyRecord'],
  ['XZXK', 'license', 'LicenseRecord'],
  ['SXMD', 'blacklist', 'BlacklistRecord'],
  ['XYXF', 'repair', 'RepairRecord'],
] as const;

const messages = kinds.map(
  ([messageType, recordType], index) =>
    ({
      messageType,
      header,
      records: generateRecords(recordType, { seed: 2026 + index, count: RECORDS_PER_MESSAGE }),
    }) as ExchangeMessage,
);
const RECORDS = RECORDS_PER_MESSAGE * messages.length;
const bytes = messages.map((message) => encodeExchangeMessage(message));
const rows = messages.map((message, index) =>
  'records' in message
    ? message.records.map((record) => toWireRecord(kinds[index]?.[1] ?? 'penalty', record as never))
    : [],
);
const trees = kinds.map(([messageType, , element], index) => ({
  '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
  Message: {
    '@_xmlns': EXCHANGE_NAMESPACE,
    Header: { ...header, messageType, schemaVersion: '1.0', recordCount: RECORDS_PER_MESSAGE },
    Body: { [element]: rows[index] },
  },
}));
const json = rows.map((batch) => JSON.stringify(batch));

const bareParser = new XMLParser(SAFE_PARSER_OPTIONS);
const bareBuilder = new XMLBuilder({
  format: true,
  indentBy: '  ',
  ignoreAttributes: false,
  processEntities: true,
});
const utf8 = new TextEncoder();

type Contender = { name: string; run: () => unknown };
const contenders: Contender[] = [
  {
    name: 'decode (ours)',
    run: () => {
      let ok = 0;
      for (const message of bytes) {
        const decoded = decodeExchangeMessage(message);
        if (decoded.messageType !== 'RECEIPT') ok += decoded.records.filter((record) => record.ok).length;
      }
      if (ok !== RECORDS) throw new Error(`decoded ${ok} of ${RECORDS} records`);
    },
  },
  {
    name: 'fast-xml-parser parse',
    run: () => bytes.map((message) => bareParser.parse(Buffer.from(message))),
  },
  {
    name: 'xml2js parse',
    run: () => Promise.all(bytes.map((message) => parseStringPromise(Buffer.from(message)))),
  },
  { name: 'JSON.parse', run: () => json.map((batch) => JSON.parse(batch)) },
  { name: 'encode (ours)', run: () => messages.map((message) => encodeExchangeMessage(message)) },
  { name: 'fast-xml-parser build', run: () => trees.map((tree) => utf8.encode(bareBuilder.build(tree))) },
  { name: 'JSON.stringify', run: () => rows.map((batch) => utf8.encode(JSON.stringify(batch))) },
];

async function timeOnce(contender: Contender): Promise<number> {
  const started = performance.now();
  await contender.run();
  return performance.now() - started;
}

const samples = new Map<string, number[]>(contenders.map(({ name }) => [name, []]));
for (const contender of contenders) for (let warm = 0; warm < 3; warm += 1) await timeOnce(contender);
for (let round = 0; round < ROUNDS; round += 1) {
  for (const contender of contenders) samples.get(contender.name)?.push(await timeOnce(contender));
}

const rate = (name: string): number => {
  const times = [...(samples.get(name) ?? [])].sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return RECORDS / (median / 1000);
};
const round = (value: number): string => String(Math.round(value));
const ratio = (a: number, b: number): string => (a / b).toFixed(2);

const totalBytes = bytes.reduce((sum, message) => sum + message.length, 0);
console.log(
  `exchange codec benchmark: ${RECORDS} records in ${bytes.length} messages, ${totalBytes} bytes, median of ${ROUNDS} rounds`,
);
for (const { name } of contenders) console.log(`  ${name.padEnd(24)} ${round(rate(name)).padStart(9)} rec/s`);
const decode = rate('decode (ours)');
const encode = rate('encode (ours)');
console.log(
  `exchange codec: decode ${round(decode)} rec/s (${ratio(decode, rate('fast-xml-parser parse'))}× bare parser, ${ratio(decode, rate('xml2js parse'))}× xml2js), encode ${round(encode)} rec/s (${ratio(encode, rate('fast-xml-parser build'))}× bare builder)`,
);
