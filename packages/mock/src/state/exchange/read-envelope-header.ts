import { EXCHANGE_HEADER_ELEMENTS, type ExchangeHeader, exchangeHeaderSchema } from '@credit-bridge/core';

/** The Header of a message as far as it can be read: each element's text, and the whole when it is valid. */
export interface EnvelopeHeader {
  /** The text of each header element found (first occurrence), unchecked. */
  readonly fields: Readonly<Partial<Record<keyof ExchangeHeader, string>>>;
  /** The header, when every element is present and valid. */
  readonly header?: ExchangeHeader;
  /** The XML declaration's encoding, upper case; `UTF-8` when there is none. */
  readonly encoding: string;
}

const DECLARATION = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;
const PREFIX = '(?:[A-Za-z_][\\w.-]*:)?';

/**
 * Reads a message's Header leniently, for what must be said about a message the codec refused: the
 * receipt of a message whose digest or body is wrong still needs its `messageId` and `regionCode`, and a
 * journal entry its sender and type. Only ever used after `decodeExchangeMessage` scanned the bytes, and
 * never trusted for anything stored. The text is viewed as Latin-1, which is safe for UTF-8, GB18030 and
 * GBK because none of their multi-byte sequences contains `<`, and every header value is ASCII.
 *
 * @example
 * readEnvelopeHeader(bytes).fields.messageId; // '6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81'
 */
export function readEnvelopeHeader(bytes: Uint8Array): EnvelopeHeader {
  const view = latin1(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  const encoding = (DECLARATION.exec(view)?.[1] ?? 'UTF-8').toUpperCase();
  const section = new RegExp(`<${PREFIX}Header>([\\s\\S]*?)</${PREFIX}Header>`).exec(view)?.[1] ?? '';
  const fields: Partial<Record<keyof ExchangeHeader, string>> = {};
  for (const name of EXCHANGE_HEADER_ELEMENTS) {
    const value = new RegExp(`<${PREFIX}${name}>([^<]*)</${PREFIX}${name}>`).exec(section)?.[1];
    if (value !== undefined) fields[name] = value.trim();
  }
  const count = fields.recordCount === undefined ? undefined : Number(fields.recordCount);
  const parsed = exchangeHeaderSchema.safeParse({ ...fields, recordCount: count });
  return { fields, encoding, ...(parsed.success ? { header: parsed.data } : {}) };
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}
