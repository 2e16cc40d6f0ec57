import { maskIdNumber } from './mask-id-number.js';
import { maskName } from './mask-name.js';
import { maskPhone } from './mask-phone.js';

// Identity numbers with a plausible birth date (GB 11643 positions 7-14); an all-digit USCC such as
// 914403001922038216 has no such date and stays readable, which is right: USCCs are public.
const ID_NUMBER_IN_TEXT =
  /(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const LEGACY_ID_IN_TEXT =
  /(?<![0-9A-Za-z])\d{6}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

const SECRET_KEYS = new Set([
  'appsecret',
  'secret',
  'password',
  'token',
  'accesstoken',
  'authorization',
  'signature',
  'x-signature',
  'sign',
  'sm4key',
  'mackey',
]);
// Keys are matched by suffix so that every wire column of the family is covered, including the
// toolkit-defined SXMD_*/XYXF_* ones (e.g. `SXMD_FR_ZJHM`, `XYXF_FDDBR`): 证件号码 (ZJHM), 身份证号 (SFZH/SFZ),
// 法定代表人 (FDDBR/FRDB/FR) and the subject's name (MC/ZTMC).
const ID_KEY = /(?:^|_)(?:zjhm|sfzh|sfz)$|idnumber$/;
const PERSON_NAME_KEY = /(?:^|_)(?:fddbr|frdb|fr)$|^(?:legalrepresentative|personname|contactname)$/;
// A subject's own name is a person's name only when the subject is a natural person or an
// individual business (PIPL; Wuhan order 272 art. 19). The sibling category tells which.
const SUBJECT_NAME_KEY = /^(?:name|subjectname|relativename)$|(?:^|_)(?:xdr_mc|ztmc)$/;
const PERSON_CATEGORIES = new Set(['natural_person', 'individual_business', '自然人', '个体工商户']);
const PHONE_KEYS = new Set(['phone', 'mobile', 'telephone', 'contactphone']);

const MASKED_SECRET = '[REDACTED]';
const MAX_DEPTH = 8;

/**
 * Masks identity numbers and mobile numbers wherever they appear in free text.
 *
 * @example
 * redactText('subject 11010519491231002X failed'); // 'subject 110***********002X failed'
 */
export function redactText(text: string): string {
  return text
    .replace(ID_NUMBER_IN_TEXT, (match) => maskIdNumber(match))
    .replace(LEGACY_ID_IN_TEXT, (match) => maskIdNumber(match))
    .replace(MOBILE_IN_TEXT, (match) => maskPhone(match));
}

/**
 * Returns a copy of `value` that is safe to log: secrets replaced, identity numbers, phones and natural
 * persons' names masked, by key and inside free text. Every error and log event passes through it.
 *
 * @example
 * redact({ idNumber: '11010519491231002X', appSecret: 's3cr3t' });
 * // { idNumber: '110***********002X', appSecret: '[REDACTED]' }
 */
export function redact<T>(value: T): T {
  return redactValue(value, 0, new WeakSet()) as T;
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
  if (value instanceof Date) return value;
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  const entries = Object.entries(value as Record<string, unknown>);
  const personSubject = entries.some(([, v]) => typeof v === 'string' && PERSON_CATEGORIES.has(v));
  const out: Record<string, unknown> = {};
  for (const [key, v] of entries) out[key] = redactEntry(key, v, personSubject, depth, seen);
  return out;
}

function redactEntry(
  key: string,
  value: unknown,
  personSubject: boolean,
  depth: number,
  seen: WeakSet<object>,
) {
  const lower = key.toLowerCase();
  if (SECRET_KEYS.has(lower)) return value === undefined ? value : MASKED_SECRET;
  if (typeof value === 'string') {
    if (ID_KEY.test(lower)) return maskIdNumber(value);
    if (PHONE_KEYS.has(lower)) return maskPhone(value);
    if (PERSON_NAME_KEY.test(lower)) return maskName(value);
    if (personSubject && SUBJECT_NAME_KEY.test(lower)) return maskName(value);
  }
  return redactValue(value, depth + 1, seen);
}
