import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveMessageId } from '../../src/internal/derive-message-id.js';

// The envelope's `Uuid` simple type (exchange-envelope.xsd).
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const base = {
  senderCode: '11420103CBG1030147',
  receiverCode: '11420100CBG000023H',
  messageType: 'XZCF',
  records: [
    { recordId: 'CF-420103-2026-000001', version: 1 },
    { recordId: 'CF-420103-2026-000002', version: 3 },
  ],
};

describe('deriveMessageId', () => {
  it('is the same for the same sender, receiver, type and record versions, and a version-8 UUID', () => {
    const id = deriveMessageId(base);
    expect(deriveMessageId({ ...base, records: base.records.map((record) => ({ ...record })) })).toBe(id);
    expect(id).toMatch(UUID);
    expect(id.charAt(14)).toBe('8');
    expect('89ab').toContain(id.charAt(19));
  });

  it('changes with the receiver, the type, a version, a record or the order of the records', () => {
    const id = deriveMessageId(base);
    const variants = [
      { ...base, receiverCode: '11420103CBG1030222' },
      { ...base, senderCode: '11420111CBG1110143' },
      { ...base, messageType: 'XZXK' },
      { ...base, records: [base.records[0], { recordId: 'CF-420103-2026-000002', version: 4 }] },
      { ...base, records: base.records.slice(0, 1) },
      { ...base, records: [...base.records].reverse() },
    ];
    const ids = variants.map((variant) => deriveMessageId(variant as typeof base));
    expect(new Set([id, ...ids]).size).toBe(variants.length + 1);
  });

  it('always yields a UUID the schema accepts, whatever the record ids', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ recordId: fc.string({ minLength: 1 }), version: fc.integer({ min: 1 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        (records) => {
          const id = deriveMessageId({ ...base, records });
          expect(id).toMatch(UUID);
          expect(deriveMessageId({ ...base, records })).toBe(id);
        },
      ),
    );
  });
});
