import { describe, expect, it } from 'vitest';
import {
  type DecodedExchangeMessage,
  decodeExchangeMessage,
  type ExchangeHeaderInput,
  type ExchangeMessage,
  encodeExchangeMessage,
} from '../../../src/index.js';
import { exampleMessages } from './support/exchange-fixtures.js';

const examples = exampleMessages();
const unprefixed = examples.filter(({ bytes }) => !bytes.includes('<ex:Message'));

/** The message a sender would have encoded to produce `decoded`. */
function resend(decoded: DecodedExchangeMessage): ExchangeMessage {
  const { messageId, correlationId, senderCode, receiverCode, regionCode, sendTime, resourceCode } =
    decoded.header;
  const header: ExchangeHeaderInput = {
    messageId,
    senderCode,
    receiverCode,
    regionCode,
    sendTime,
    ...(correlationId === undefined ? {} : { correlationId }),
    ...(resourceCode === undefined ? {} : { resourceCode }),
  };
  if (decoded.messageType === 'RECEIPT') return { messageType: 'RECEIPT', header, receipt: decoded.receipt };
  const records = decoded.records.map((record) => {
    if (!record.ok) throw new Error(`record ${record.index} did not decode`);
    return record.value;
  });
  return { messageType: decoded.messageType, header, records } as ExchangeMessage;
}

describe('the contract examples (docs/contracts/examples)', () => {
  it('cover every message type, GB18030 and a prefixed message', () => {
    const decoded = examples.map(({ bytes }) => decodeExchangeMessage(bytes));
    expect(new Set(decoded.map((message) => message.messageType))).toEqual(
      new Set(['XZCF', 'XZXK', 'SXMD', 'XYXF', 'XYBG', 'RECEIPT']),
    );
    expect(decoded.some((message) => message.encoding === 'GB18030')).toBe(true);
  });

  describe.each(examples.map((example) => [example.name, example.bytes] as const))('%s', (_name, bytes) => {
    const decoded = decodeExchangeMessage(bytes);

    it('decodes, digest verified, every record typed', () => {
      if (decoded.messageType !== 'RECEIPT') {
        expect(decoded.records.length).toBe(decoded.header.recordCount);
        expect(decoded.records.filter((record) => !record.ok)).toEqual([]);
      }
    });

    it('re-encodes to a message that decodes to the same content', () => {
      const again = encodeExchangeMessage(resend(decoded), {
        encoding: decoded.encoding,
        digestAlgorithm: decoded.header.digestAlgorithm,
      });
      // Only the prefixed example's digest changes: its Body bytes carried `ex:`.
      const withoutDigest = (message: DecodedExchangeMessage) => ({
        ...message,
        header: { ...message.header, bodyDigest: '' },
      });
      expect(withoutDigest(decodeExchangeMessage(again))).toEqual(withoutDigest(decoded));
    });
  });

  // The codec writes the layout of the examples, so the same records give the same Body bytes and the
  // same digest; only the explanatory comment is not reproduced (nor the `ex:` prefixes of one example).
  it.each(unprefixed.map((example) => [example.name, example.bytes] as const))(
    're-encodes %s byte for byte, but for the comment line',
    (_, bytes) => {
      const decoded = decodeExchangeMessage(bytes);
      const again = encodeExchangeMessage(resend(decoded), {
        encoding: decoded.encoding,
        digestAlgorithm: decoded.header.digestAlgorithm,
      });
      const withoutComment = Buffer.from(bytes)
        .toString('latin1')
        .replace(/\n<!--[^\n]*-->/, '');
      expect(Buffer.from(again).toString('latin1')).toBe(withoutComment);
    },
  );

  it('reads the prefixed SXMD example and its PARTIAL receipt', () => {
    const byName = new Map(examples.map(({ name, bytes }) => [name, decodeExchangeMessage(bytes)]));
    const sxmd = byName.get('sxmd-blacklist.xml');
    const receipt = byName.get('receipt-partial.xml');
    if (sxmd?.messageType !== 'SXMD' || receipt?.messageType !== 'RECEIPT')
      throw new Error('examples missing');
    expect(sxmd.records.map((record) => record.recordId)).toEqual([
      'SXMD-420111-2026-0001',
      'SXMD-420113-2025-0007',
      'SXMD-420111-2026-0002',
    ]);
    expect(sxmd.records[1]?.ok && sxmd.records[1].value.action).toBe('remove');
    expect(receipt.header.correlationId).toBe(sxmd.header.messageId);
    expect(receipt.receipt).toMatchObject({ status: 'PARTIAL', acceptedCount: 2, rejectedCount: 1 });
    expect(receipt.receipt.results?.[2]).toEqual({
      index: 2,
      recordId: 'SXMD-420111-2026-0002',
      status: 'rejected',
      errors: [
        {
          code: 'E_USCC_CHECKSUM',
          field: 'SXMD_TYSHXYDM',
          message: 'check character (position 18) is wrong',
        },
      ],
    });
  });

  it('reads the GB18030 example as the same Chinese text a UTF-8 reader sees', () => {
    const gb = examples.find(({ name }) => name.includes('gb18030'));
    const decoded = gb === undefined ? undefined : decodeExchangeMessage(gb.bytes);
    if (decoded?.messageType !== 'XZCF') throw new Error('GB18030 example missing');
    expect(decoded.encoding).toBe('GB18030');
    expect(decoded.records[0]?.ok && decoded.records[0].value.subject.name).toBe('李示例');
    expect(decoded.records[0]?.ok && decoded.records[0].value.authority).toBe(
      '武汉市洪山区应急管理局（示例）',
    );
  });
});
