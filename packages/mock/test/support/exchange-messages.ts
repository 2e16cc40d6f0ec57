import { readFileSync } from 'node:fs';
import {
  decodeExchangeMessage,
  type EncodeExchangeOptions,
  type ExchangeHeader,
  type ExchangeHeaderInput,
  type ExchangeMessage,
  type ExchangeReceipt,
  encodeExchangeMessage,
  type RecordMessageType,
  type RecordOf,
  type RecordType,
} from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { DEMO_APPS, DEMO_DEPARTMENTS, type ExchangePlatformOptions } from '../../src/index.js';
import type { CallOptions, CallResult, TestClient } from './test-client.js';

/** 汉南区市场监督管理局: the department `demo-app` acts for (the test client's default). */
export const SAMR = '11420113CBG11301XU';
/** 汉南区发展和改革局: the department `cb-demo-district` acts for. */
export const DRC = '11420113CBG113028U';
/** Call options that sign as `cb-demo-district`, for the receiving department's side. */
export const AS_DRC: CallOptions = { appKey: 'cb-demo-district', secret: 'cb-demo-secret-0123456789abcdef' };

/** The scenarios' day, the latest a generated record may carry. */
export const TODAY = '2026-07-15';

const RECORD_TYPES: Readonly<Record<RecordMessageType, RecordType>> = {
  XZCF: 'penalty',
  XZXK: 'license',
  SXMD: 'blacklist',
  XYXF: 'repair',
};

let messages = 0;

/** A fresh message id (a UUID of version-4 form), different on every call. */
export function newMessageId(): string {
  messages += 1;
  return `00000000-0000-4000-8000-${String(messages).padStart(12, '0')}`;
}

/** Valid synthetic records of a message type. */
export function recordsOf<M extends RecordMessageType>(
  messageType: M,
  count: number,
  seed: number,
): RecordOf<RecordType>[] {
  return generateRecords(RECORD_TYPES[messageType], { seed, count, today: TODAY });
}

/** A header from `demo-app`'s department to `cb-demo-district`'s, with a fresh message id. */
export function headerOf(overrides: Partial<ExchangeHeaderInput> = {}): ExchangeHeaderInput {
  return {
    messageId: newMessageId(),
    senderCode: SAMR,
    receiverCode: DRC,
    regionCode: '420113',
    sendTime: '2026-07-15T09:59:00+08:00',
    ...overrides,
  };
}

/** The bytes of a message of `records` (records of the message type, or anything to test rejection). */
export function encodeRecords(
  messageType: RecordMessageType,
  records: readonly unknown[],
  header: Partial<ExchangeHeaderInput> = {},
  options: EncodeExchangeOptions = {},
): Uint8Array {
  const message = { messageType, header: headerOf(header), records } as unknown as ExchangeMessage;
  return encodeExchangeMessage(message, options);
}

/** Publishes XML bytes (signed as `demo-app` unless `options` say otherwise). */
export function publish(
  client: TestClient,
  bytes: Uint8Array,
  options: CallOptions = {},
): Promise<CallResult> {
  return client.call('POST', '/exchange/v1/messages', {
    body: bytes,
    contentType: 'application/xml',
    ...options,
  });
}

/** The receipt a publish was answered with, decoded (digest verified) by core. */
export function receiptOf(result: CallResult): { header: ExchangeHeader; receipt: ExchangeReceipt } {
  const decoded = decodeExchangeMessage(result.bytes);
  if (decoded.messageType !== 'RECEIPT') throw new Error(`not a receipt: ${decoded.messageType}`);
  return { header: decoded.header, receipt: decoded.receipt };
}

/** A copy of UTF-8 message bytes with `from` replaced by `to` (the digest left as it was). */
export function tamper(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  if (!text.includes(from)) throw new Error(`"${from}" is not in the message`);
  return new TextEncoder().encode(text.replace(from, to));
}

/** The payloads of inbox items, as bytes. */
export function payloads(result: CallResult): Uint8Array[] {
  return (result.json.data.items as { payload: string }[]).map(
    ({ payload }) => new Uint8Array(Buffer.from(payload, 'base64')),
  );
}

/** Reads a contract example message (`docs/contracts/examples/<name>`) as bytes. */
export function exampleBytes(name: string): Uint8Array {
  return new Uint8Array(
    readFileSync(new URL(`../../../../docs/contracts/examples/${name}`, import.meta.url)),
  );
}

/** Apps for 洪山区应急管理局 (the examples' SXMD, XYXF and GB18030 sender) and the credit centre (XYBG). */
export const EXAMPLE_SENDERS = {
  hongshan: { appKey: 'hs-emergency', secret: 'hs-emergency-secret-0001' },
  centre: { appKey: 'credit-centre', secret: 'credit-centre-secret-001' },
} as const satisfies Record<string, CallOptions>;

/** Platform options under which every sender of the contract's examples has an app. */
export function withExampleSenders(): ExchangePlatformOptions {
  const { hongshan, centre } = EXAMPLE_SENDERS;
  const extra: Record<string, string> = {
    '11420111CBG1110143': hongshan.appKey,
    '11420100CBG000015N': centre.appKey,
  };
  return {
    apps: [
      ...DEMO_APPS,
      { appKey: hongshan.appKey, appSecret: hongshan.secret },
      { appKey: centre.appKey, appSecret: centre.secret },
    ],
    departments: DEMO_DEPARTMENTS.map((department) => {
      const appKey = extra[department.code];
      return appKey === undefined ? department : { ...department, appKeys: [appKey] };
    }),
  };
}
