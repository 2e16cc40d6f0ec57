import { type ExchangeReceipt, encodeExchangeMessage, isCreditBridgeError } from '@credit-bridge/core';
import { isContractError } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import { readReceipt } from '../../src/internal/read-receipt.js';

const messageId = '2c4e6a80-1b3d-4f5a-9c7e-8d0f2a4c6e81';
const senderCode = '11420103CBG1030147';
const context = { method: 'POST', path: '/exchange/v1/messages', operation: 'publish', requestId: 'r-1' };
const recordIds = ['XK-1', 'XK-2'];

const partial: ExchangeReceipt = {
  status: 'PARTIAL',
  receivedTime: '2026-01-05T16:40:01+08:00',
  acceptedCount: 1,
  duplicateCount: 0,
  rejectedCount: 1,
  results: [
    { index: 0, recordId: 'XK-1', status: 'accepted' },
    {
      index: 1,
      recordId: 'XK-2',
      status: 'rejected',
      errors: [{ code: 'E_USCC_CHECKSUM', field: 'XK_XDR_SHXYM', message: 'check character is wrong' }],
    },
  ],
};

function receiptBytes(
  receipt: ExchangeReceipt,
  header: Partial<{ correlationId: string; receiverCode: string }> = {},
): Uint8Array {
  return encodeExchangeMessage({
    messageType: 'RECEIPT',
    header: {
      messageId: 'c0ffee00-1234-4abc-9def-0123456789ab',
      correlationId: messageId,
      senderCode: '11420100CBG000023H',
      receiverCode: senderCode,
      regionCode: '420103',
      sendTime: '2026-01-05T16:40:01+08:00',
      ...header,
    },
    receipt,
  });
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('readReceipt', () => {
  it('returns a receipt whose digest matches and which answers the message record by record', () => {
    const { receipt, header } = readReceipt(receiptBytes(partial), context, {
      messageId,
      senderCode,
      recordIds,
    });
    expect(receipt).toEqual(partial);
    expect(header.messageType).toBe('RECEIPT');
  });

  it('refuses a receipt whose Body was altered after its digest was computed: E_BODY_DIGEST, never accepted', () => {
    const text = Buffer.from(receiptBytes(partial))
      .toString('utf8')
      .replace('<status>rejected', '<status>accepted');
    const tampered = new TextEncoder().encode(text);
    const error = caught(() => readReceipt(tampered, context, { messageId, senderCode, recordIds }));
    expect(isCreditBridgeError(error) && error.code).toBe('E_BODY_DIGEST');
    expect(String((error as Error).message)).toContain('[POST /exchange/v1/messages]');
    expect((error as { details: Record<string, unknown> }).details).toMatchObject({
      messageId,
      requestId: 'r-1',
    });
  });

  it.each([
    [
      'another message',
      () => receiptBytes(partial, { correlationId: 'c0ffee00-0000-4abc-9def-0123456789ab' }),
    ],
    ['someone else', () => receiptBytes(partial, { receiverCode: '11420103CBG1030222' })],
    [
      'results of other records',
      () =>
        receiptBytes({
          ...partial,
          results: partial.results?.map((r) => ({ ...r, recordId: `${r.recordId}x` })),
        }),
    ],
    [
      'too few results',
      () =>
        receiptBytes({
          ...partial,
          acceptedCount: 1,
          rejectedCount: 0,
          results: partial.results?.slice(0, 1),
        }),
    ],
    ['counts that do not add up', () => receiptBytes({ ...partial, acceptedCount: 2 })],
    [
      'no results unless rejected whole',
      () => receiptBytes({ ...partial, results: undefined } as unknown as ExchangeReceipt),
    ],
    ['not XML at all', () => new TextEncoder().encode('<html>502 Bad Gateway</html>')],
  ])('a receipt answering %s is a contract violation', (_name, bytes) => {
    const error = caught(() => readReceipt(bytes(), context, { messageId, senderCode, recordIds }));
    expect(isContractError(error)).toBe(true);
  });

  it('accepts a message rejected whole, without results', () => {
    const rejected: ExchangeReceipt = {
      status: 'REJECTED',
      receivedTime: '2026-01-05T16:40:01+08:00',
      acceptedCount: 0,
      duplicateCount: 0,
      rejectedCount: 2,
      errors: [{ code: 'E_RECEIVER_UNKNOWN', field: 'receiverCode', message: 'unknown department' }],
    };
    expect(
      readReceipt(receiptBytes(rejected), context, { messageId, senderCode, recordIds }).receipt,
    ).toEqual(rejected);
  });
});
