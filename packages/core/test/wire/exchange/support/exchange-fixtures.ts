import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import {
  type AnyRecord,
  type CreditBridgeError,
  type ExchangeCreditReport,
  type ExchangeHeaderInput,
  type ExchangeMessage,
  type ExchangeReceipt,
  isCreditBridgeError,
  RECORD_SCHEMAS,
  type RecordType,
  WIRE_FIELDS,
} from '../../../../src/index.js';
import { createRandom, generateRecord } from '../../../../src/testing/index.js';

/** `docs/contracts/` of the repository, with a trailing slash. */
export const CONTRACTS_DIR = new URL('../../../../../../docs/contracts/', import.meta.url);

/** A valid header a sender would choose (synthetic department codes of the contract examples). */
export const HEADER: ExchangeHeaderInput = {
  messageId: '6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81',
  senderCode: '11420113CBG11301XU',
  receiverCode: '11420113CBG113028U',
  regionCode: '420113',
  sendTime: '2026-01-05T10:15:30+08:00',
};

/** The record message types with their record types. */
export const RECORD_MESSAGE_KINDS = [
  ['XZCF', 'penalty'],
  ['XZXK', 'license'],
  ['SXMD', 'blacklist'],
  ['XYXF', 'repair'],
] as const;

/** The example messages of the contract, as bytes, by file name. */
export function exampleMessages(): { name: string; bytes: Buffer }[] {
  const dir = new URL('examples/', CONTRACTS_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(new URL(name, dir)) }));
}

/** A message of `count` generated records of one kind. */
export function recordMessage(index: number, count: number, seed: number): ExchangeMessage {
  const [messageType, recordType] = RECORD_MESSAGE_KINDS[index % RECORD_MESSAGE_KINDS.length] ?? [
    'XZCF',
    'penalty',
  ];
  const random = createRandom(seed);
  const records = Array.from({ length: count }, () => generateRecord(recordType, random));
  return { messageType, header: HEADER, records } as ExchangeMessage;
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** UTF-8 text of bytes. */
export function text(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('utf8');
}

/**
 * Recomputes `bodyDigest` of a UTF-8 message after a test changed its Body, the way the contract's
 * openssl recipe does: the first `<Body>` (any prefix) through the matching `</Body>`.
 */
export function withDigest(message: string, algorithm: 'SM3' | 'SHA-256' = 'SM3'): Uint8Array {
  const bytes = Buffer.from(message, 'utf8');
  const view = bytes.toString('latin1');
  const open = /<((?:[A-Za-z_][\w.-]*:)?Body)>/.exec(view);
  const qname = open?.[1] ?? 'Body';
  const start = open?.index ?? 0;
  const end = view.indexOf(`</${qname}>`, start) + qname.length + 3;
  const hash = createHash(algorithm === 'SM3' ? 'sm3' : 'sha256')
    .update(bytes.subarray(start, end))
    .digest('hex');
  return utf8(message.replace(/(<(?:\w+:)?bodyDigest>)[0-9a-f]*(<)/, `$1${hash}$2`));
}

/** Asserts that `run` throws a credit-bridge error with `code`, and returns it. */
export function expectCode(run: () => unknown, code: string): CreditBridgeError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(isCreditBridgeError(caught), `expected a CreditBridgeError ${code}, got ${String(caught)}`).toBe(
    true,
  );
  expect((caught as { code: string }).code).toBe(code);
  return caught as CreditBridgeError;
}

// Fragments that break naive codecs: markup characters, CDATA ends, CR and CRLF, tabs, surrounding
// spaces, characters outside the BMP (CJK extension B, emoji), digit strings with leading zeros and
// 18-digit numbers, text that looks like markup or references.
const FRAGMENTS = [
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  ']]',
  '<![CDATA[x]]>',
  '&amp;',
  '&#20013;',
  '<Body>',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '𠀀',
  '𪚥',
  '😀',
  '中文',
  '武汉市（示例）',
  '〔2026〕',
  '007',
  '000123',
  '420103198805120317',
  '9.99e3',
  'true',
  'abc',
  '；、，',
  '\u3000',
];

/** Free text built from {@link FRAGMENTS}: never blank, at most `maxLength` UTF-16 code units. */
export function hostileText(maxLength: number): fc.Arbitrary<string> {
  const short = fc
    .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join(''));
  const long = fc
    .tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 200, max: 4000 }))
    .map(([part, times]) => `长文本${part}`.repeat(times));
  return fc
    .oneof({ weight: 9, arbitrary: short }, { weight: 1, arbitrary: long })
    .map((value) => value.slice(0, maxLength))
    .filter((value) => value.trim() !== '' && !/[\uD800-\uDBFF]$/.test(value));
}

/** Dotted paths of a record type's free-text fields (wire kind `string`), except the meta codes. */
export function textFields(type: RecordType): { path: string; maxLength: number }[] {
  return WIRE_FIELDS[type]
    .filter(
      (field) => field.kind === 'string' && field.field !== 'recordId' && field.field !== 'sourceSystem',
    )
    .map((field) => ({ path: field.field, maxLength: field.maxLength ?? 20_000 }));
}

/**
 * A generated, valid record of `type` whose present free-text fields were partly replaced by
 * {@link hostileText}.
 */
export function hostileRecord(type: RecordType): fc.Arbitrary<AnyRecord> {
  const fields = textFields(type);
  return fc
    .record({
      seed: fc.integer(),
      edits: fc.array(fc.tuple(fc.nat(), hostileText(50)), { maxLength: 6 }),
      long: fc.option(fc.tuple(fc.nat(), hostileText(20_000)), { nil: undefined }),
    })
    .map(({ seed, edits, long }) => {
      const record = structuredClone(generateRecord(type, createRandom(seed))) as Record<string, unknown>;
      for (const [choice, value] of long === undefined ? edits : [...edits, long]) {
        const field = fields[choice % fields.length];
        if (field !== undefined) setIfPresent(record, field.path, sliceWhole(value, field.maxLength));
      }
      return record as AnyRecord;
    })
    .filter((record) => RECORD_SCHEMAS[type].safeParse(record).success);
}

/** At most `maxLength` UTF-16 code units of `value`, never half of a surrogate pair. */
function sliceWhole(value: string, maxLength: number): string {
  const cut = value.slice(0, maxLength);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function setIfPresent(target: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let current: Record<string, unknown> | undefined = target;
  for (const key of keys) current = current?.[key] as Record<string, unknown> | undefined;
  if (current !== undefined && current[last] !== undefined) current[last] = value;
}

/** A valid XYBG report around generated records, with hostile free text in its own columns. */
export function hostileReport(): fc.Arbitrary<ExchangeCreditReport> {
  return fc
    .record({
      seed: fc.integer(),
      counts: fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2), fc.nat(2)),
      purpose: hostileText(200),
      issuerName: hostileText(200),
    })
    .map(({ seed, counts, purpose, issuerName }) => {
      const random = createRandom(seed);
      const of = <T extends RecordType>(type: T, count: number) =>
        Array.from({ length: count }, () => generateRecord(type, random));
      const { subject } = generateRecord('penalty', random);
      return {
        reportNo: `XYBG420100${String(seed >>> 0).padStart(12, '0')}`,
        subject:
          subject.category === 'natural_person'
            ? {
                category: subject.category,
                name: subject.name,
                idType: subject.idType,
                idNumber: subject.idNumber,
              }
            : { category: subject.category, name: subject.name, uscc: subject.uscc },
        purpose,
        generatedAt: '2026-01-06T09:00:04+08:00',
        dataWindow: { from: '2023-01-06', to: '2026-01-06' },
        issuer: { name: issuerName, uscc: '11420100CBG000015N' },
        verificationCode: '7K3QM9XA',
        penalties: of('penalty', counts[0]),
        licenses: of('license', counts[1]),
        blacklist: of('blacklist', counts[2]),
        repairs: of('repair', counts[3]),
      } satisfies ExchangeCreditReport;
    });
}

/** A valid receipt with hostile text in its messages and record ids. */
export function hostileReceipt(): fc.Arbitrary<ExchangeReceipt> {
  const error = fc.record(
    {
      code: fc.constantFrom('E_USCC_CHECKSUM', 'E_REQUIRED', 'E_XML_SCHEMA', 'E_BODY_DIGEST'),
      field: fc.oneof(fc.constant(''), fc.constantFrom('SXMD_TYSHXYDM', 'CF_SY', 'bodyDigest')),
      message: fc.oneof(fc.constant(''), hostileText(300)),
    },
    { requiredKeys: ['code', 'message'] },
  );
  const result = fc.record(
    {
      index: fc.nat(499),
      recordId: fc.oneof(fc.constant(''), hostileText(64)),
      status: fc.constantFrom('accepted' as const, 'duplicate' as const, 'rejected' as const),
      errors: fc.array(error, { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['index', 'recordId', 'status'] },
  );
  return fc.record(
    {
      status: fc.constantFrom('ACCEPTED' as const, 'PARTIAL' as const, 'REJECTED' as const),
      receivedTime: fc.constant('2026-01-05T17:20:01+08:00'),
      acceptedCount: fc.nat(500),
      duplicateCount: fc.nat(500),
      rejectedCount: fc.nat(500),
      errors: fc.array(error, { minLength: 1, maxLength: 3 }),
      results: fc.array(result, { minLength: 1, maxLength: 8 }),
    },
    { requiredKeys: ['status', 'receivedTime', 'acceptedCount', 'duplicateCount', 'rejectedCount'] },
  );
}

const xsd = readFileSync(new URL('exchange-envelope.xsd', CONTRACTS_DIR), 'utf8');

/**
 * Validates a message against exchange-envelope.xsd with libxml2 (xmllint-wasm), as the contract tests
 * do. The wasm build reads UTF-8 only, so a GB18030 message is decoded and re-declared as UTF-8 first
 * (its digest is checked on the original bytes by decoding it).
 */
export async function xsdErrors(bytes: Uint8Array, fileName: string): Promise<string[]> {
  const head = Buffer.from(bytes.subarray(0, 60)).toString('latin1');
  const contents = head.includes('encoding="GB18030"')
    ? new TextDecoder('gb18030').decode(bytes).replace('encoding="GB18030"', 'encoding="UTF-8"')
    : text(bytes);
  const result = await validateXML({
    xml: [{ fileName, contents }],
    schema: [{ fileName: 'exchange-envelope.xsd', contents: xsd }],
  });
  return result.valid ? [] : result.errors.map((error) => error.message);
}
