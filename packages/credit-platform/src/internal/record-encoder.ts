import type { CreditPlatformProfile, RecordOf, RecordType } from '@credit-bridge/core';
import type { EncodedRecord } from '../model/encoded-record.js';
import { encodeRecordJson } from './record-codec.js';

/** Encodes records once for a client and recognises its own encodings when a submit is handed them. */
export interface RecordEncoder {
  /** Encodes a record; throws core's `E_WIRE_VALUE` for a value the wire cannot carry. */
  encode<T extends RecordType>(type: T, record: RecordOf<T>): EncodedRecord<T>;
  /** The encoding to send for `record`, if `candidate` is one this encoder made for that very object. */
  reuse(type: RecordType, record: unknown, candidate: EncodedRecord | undefined): EncodedRecord | undefined;
}

// Encodings are written into shared blocks of this size: one allocation per ~60 penalties, and an
// encoding kept alone holds no more than one block.
const BLOCK_BYTES = 64 * 1024;
// The most UTF-8 bytes one UTF-16 code unit takes (a surrogate pair takes four for two units).
const MAX_UNIT_BYTES = 3;

/**
 * An encoding as UTF-8 in a block shared with others. A record's JSON waits for its batch as bytes
 * outside V8's heap, not as a string the garbage collector copies while the record is in flight (about
 * 1.4 KB per penalty), and goes into the batch body by a plain copy. The text is decoded only when
 * `json` is read. The private fields are the proof that this module made it: a look-alike has none.
 */
class Encoding<T extends RecordType> implements EncodedRecord<T> {
  static write(candidate: object, target: Buffer, at: number): boolean {
    if (!(#block in candidate)) return false;
    candidate.#block.copy(target, at, candidate.#start, candidate.#start + candidate.bytes);
    return true;
  }

  static madeBy(candidate: object, encoder: RecordEncoder): boolean {
    return #maker in candidate && candidate.#maker === encoder;
  }

  readonly #maker: RecordEncoder;
  readonly #block: Buffer;
  readonly #start: number;

  constructor(
    maker: RecordEncoder,
    readonly type: T,
    readonly record: RecordOf<T>,
    block: Buffer,
    start: number,
    readonly bytes: number,
  ) {
    this.#maker = maker;
    this.#block = block;
    this.#start = start;
    Object.freeze(this);
  }

  get json(): string {
    return this.#block.toString('utf8', this.#start, this.#start + this.bytes);
  }
}

/**
 * Copies the UTF-8 of an encoding a {@link RecordEncoder} made into `target` at `at` (`encoding.bytes`
 * bytes) and returns `true`; returns `false`, writing nothing, for any other object.
 *
 * @example
 * if (!writeEncoding(encoded, body, at)) at += body.write(encoded.json, at);
 */
export function writeEncoding(candidate: object, target: Buffer, at: number): boolean {
  return Encoding.write(candidate, target, at);
}

/**
 * The encoder of one client's profile. Only encodings it made itself are reused, so a submit never
 * sends JSON that this client's own wire mapping did not write.
 *
 * @example
 * const encoder = createRecordEncoder(profile);
 * const encoded = encoder.encode('penalty', penalty); // { json: '{"RECORD_ID":…}', bytes: 1234, … }
 */
export function createRecordEncoder(profile: CreditPlatformProfile): RecordEncoder {
  let block = Buffer.allocUnsafeSlow(0);
  let used = 0;
  const encoder: RecordEncoder = {
    encode(type, record) {
      const json = encodeRecordJson(profile, type, record);
      const room = json.length * MAX_UNIT_BYTES;
      if (block.length - used < room) {
        // Only written bytes are ever read: each encoding covers exactly what its `write` wrote.
        block = Buffer.allocUnsafeSlow(Math.max(BLOCK_BYTES, room));
        used = 0;
      }
      const start = used;
      const bytes = block.write(json, start, 'utf8');
      used += bytes;
      return new Encoding(encoder, type, record, block, start, bytes);
    },
    reuse(type, record, candidate) {
      if (candidate === undefined || !Encoding.madeBy(candidate, encoder)) return undefined;
      return candidate.type === type && candidate.record === record ? candidate : undefined;
    },
  };
  return encoder;
}
