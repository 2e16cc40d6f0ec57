import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExchangeEncoding,
  type ExchangeMessage,
  encodeExchangeMessage,
  measureExchangeRecord,
} from '../../../src/index.js';
import { HEADER, hostileRecord, RECORD_MESSAGE_KINDS } from './support/exchange-fixtures.js';

const ENCODINGS: ExchangeEncoding[] = ['UTF-8', 'GB18030'];

const size = (message: ExchangeMessage, encoding: ExchangeEncoding) =>
  encodeExchangeMessage(message, { encoding, maxBytes: Number.POSITIVE_INFINITY }).length;

describe.each(ENCODINGS)('measureExchangeRecord in %s', (encoding) => {
  it.each(RECORD_MESSAGE_KINDS)(
    'tells exactly the bytes a %s record adds to a message (hostile free text)',
    (messageType, recordType) => {
      fc.assert(
        fc.property(fc.array(hostileRecord(recordType), { minLength: 2, maxLength: 4 }), (records) => {
          const message = (list: unknown[]) =>
            ({ messageType, header: HEADER, records: list }) as unknown as ExchangeMessage;
          const [first, ...rest] = records;
          const measured = rest.reduce(
            (sum, record) => sum + measureExchangeRecord(messageType, record as never, { encoding }),
            0,
          );
          // The record count's digits in the header can grow with more records: compare like with like.
          expect(size(message(records), encoding) - size(message([first]), encoding)).toBe(
            measured + (String(records.length).length - 1),
          );
        }),
        { numRuns: 40 },
      );
    },
  );
});

describe('measureExchangeRecord', () => {
  it('refuses what encoding refuses: an unknown encoding, a value the wire cannot write', () => {
    const [messageType, recordType] = RECORD_MESSAGE_KINDS[0] as (typeof RECORD_MESSAGE_KINDS)[number];
    const record = fc.sample(hostileRecord(recordType), { numRuns: 1, seed: 7 })[0];
    expect(() =>
      measureExchangeRecord(messageType, record as never, { encoding: 'latin1' as never }),
    ).toThrow(expect.objectContaining({ code: 'E_ARGUMENT' }));
    expect(() =>
      measureExchangeRecord(messageType, { ...(record as object), version: 1.5 } as never),
    ).toThrow(expect.objectContaining({ code: 'E_WIRE_VALUE' }));
  });
});
