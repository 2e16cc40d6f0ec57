import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExchangeEncoding, type ExchangeMessage, encodeExchangeMessage } from '../../../src/index.js';
import {
  HEADER,
  hostileReceipt,
  hostileRecord,
  hostileReport,
  RECORD_MESSAGE_KINDS,
  xsdErrors,
} from './support/exchange-fixtures.js';

// libxml2 compiled to wasm validates a message in tens of milliseconds: a few dozen samples per kind.
const anyMessage: fc.Arbitrary<ExchangeMessage> = fc.oneof(
  ...RECORD_MESSAGE_KINDS.map(([messageType, recordType]) =>
    fc
      .array(hostileRecord(recordType), { minLength: 1, maxLength: 3 })
      .map((records) => ({ messageType, header: HEADER, records }) as ExchangeMessage),
  ),
  fc.array(hostileReport(), { minLength: 1, maxLength: 2 }).map(
    (records): ExchangeMessage => ({
      messageType: 'XYBG',
      header: { ...HEADER, resourceCode: 'WH-XYBG' },
      records,
    }),
  ),
  hostileReceipt().map(
    (receipt): ExchangeMessage => ({
      messageType: 'RECEIPT',
      header: { ...HEADER, correlationId: '8f3a1d2c-5b6e-4c7d-a8e9-0f1a2b3c4d5e' },
      receipt,
    }),
  ),
);

describe('every message the codec writes is valid against exchange-envelope.xsd (libxml2)', () => {
  it('holds for sampled records, reports and receipts in UTF-8 and GB18030', async () => {
    const samples = fc.sample(fc.tuple(anyMessage, fc.constantFrom<ExchangeEncoding>('UTF-8', 'GB18030')), {
      numRuns: 24,
      seed: 20260105,
    });
    const failures: string[] = [];
    for (const [index, [message, encoding]] of samples.entries()) {
      const errors = await xsdErrors(encodeExchangeMessage(message, { encoding }), `sample-${index}.xml`);
      if (errors.length > 0) failures.push(`${message.messageType} ${encoding}: ${errors.join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 90_000);

  it('holds for a full 500-record message of each kind', async () => {
    for (const [messageType, recordType] of RECORD_MESSAGE_KINDS) {
      const records = fc.sample(hostileRecord(recordType), { numRuns: 500, seed: 7 });
      const bytes = encodeExchangeMessage({ messageType, header: HEADER, records } as ExchangeMessage);
      expect(await xsdErrors(bytes, `${messageType}-500.xml`)).toEqual([]);
    }
  }, 60_000);

  it('detects a message the schema rejects (the validator is really on)', async () => {
    const bytes = encodeExchangeMessage({
      messageType: 'XZCF',
      header: HEADER,
      records: fc.sample(hostileRecord('penalty'), { numRuns: 1, seed: 3 }),
    } as ExchangeMessage);
    const broken = Buffer.from(bytes).toString('utf8').replace('<RECORD_VERSION>', '<RECORD_VERSION>x');
    expect((await xsdErrors(new TextEncoder().encode(broken), 'broken.xml')).length).toBeGreaterThan(0);
  });
});
