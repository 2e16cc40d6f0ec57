import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { calibrate, createGb18030Decoder } from '../../src/internal/gb18030-decoder.js';

/** iconv-lite's GB18030 text of the whole stream: what every stored content hash was made from. */
function iconvText(chunks: readonly Uint8Array[]): string {
  const decoder = iconv.getDecoder('gb18030');
  return chunks.map((chunk) => decoder.write(Buffer.from(chunk))).join('') + (decoder.end() ?? '');
}

function decoded(chunks: readonly Uint8Array[], nativeAfterBytes: number): string {
  const decoder = createGb18030Decoder({ nativeAfterBytes });
  return chunks.map((chunk) => decoder.write(chunk)).join('') + decoder.end();
}

/** `bytes` cut at the given offsets (any order, taken modulo the length), none before `from`. */
function cutAt(bytes: Uint8Array, offsets: readonly number[], from = 0): Uint8Array[] {
  const cuts = [...new Set(offsets.map((offset) => offset % (bytes.length + 1)))]
    .filter((cut) => cut >= from)
    .sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    chunks.push(bytes.subarray(start, cut));
    start = cut;
  }
  return chunks;
}

const byte = (low: number, high: number) => fc.integer({ min: low, max: high });

// Pieces of GB18030 input, valid and not: ASCII and CSV punctuation, two-byte codes (the 18 codes
// ICU reads otherwise among them), four-byte codes of the BMP, of the astral planes and of the
// reserved ranges, the two lone single bytes, unfinished and broken sequences.
const piece = fc.oneof(
  fc.constantFrom([0x2c], [0x0a], [0x0d, 0x0a], [0x22], [0x41], [0x31], [0x20]),
  fc.tuple(byte(0x81, 0xfe), byte(0x40, 0xfe)).filter(([, trail]) => trail !== 0x7f),
  fc.constantFrom([0xa6, 0xd9], [0xa6, 0xdf], [0xa6, 0xec], [0xa6, 0xf3], [0xfe, 0x59], [0xfe, 0xa0]),
  fc.tuple(byte(0x81, 0x84), byte(0x30, 0x39), byte(0x81, 0xfe), byte(0x30, 0x39)),
  fc.tuple(byte(0x90, 0xe3), byte(0x30, 0x39), byte(0x81, 0xfe), byte(0x30, 0x39)),
  fc.tuple(byte(0x84, 0xfe), byte(0x30, 0x39), byte(0x81, 0xfe), byte(0x30, 0x39)),
  fc.constantFrom([0x80], [0xff], [0x81], [0x81, 0x30], [0x81, 0x30, 0x81], [0x84, 0x31, 0x95, 0x33]),
  fc.tuple(byte(0x81, 0xfe), byte(0x00, 0x3f)),
);
const input = fc.array(piece, { maxLength: 300 }).map((pieces) => Uint8Array.from(pieces.flat()));
// The same without errors: iconv-lite's stream loses nothing on these, in chunks of any size.
const validPiece = fc.oneof(
  fc.constantFrom([0x2c], [0x0a], [0x0d, 0x0a], [0x41], [0x31], [0x80], [0x84, 0x31, 0x95, 0x33]),
  fc.tuple(byte(0x81, 0xfe), byte(0x40, 0xfe)).filter(([, trail]) => trail !== 0x7f),
  fc.constantFrom([0xa6, 0xd9], [0xa6, 0xdf], [0xa6, 0xec], [0xa6, 0xf3], [0xfe, 0x59], [0xfe, 0xa0]),
  fc.tuple(byte(0x81, 0x83), byte(0x30, 0x39), byte(0x81, 0xfe), byte(0x30, 0x39)),
  fc.tuple(byte(0x90, 0xe3), byte(0x30, 0x39), byte(0x81, 0xfe), byte(0x30, 0x39)),
);
const validInput = fc.array(validPiece, { maxLength: 300 }).map((pieces) => Uint8Array.from(pieces.flat()));

describe('createGb18030Decoder', () => {
  it('has a check on this platform: ICU decodes GB18030, and some codes are suspect', () => {
    const check = calibrate();
    expect(check).toBeDefined();
    expect(check?.suspect.test('\uFFFD')).toBe(true);
    expect(check?.suspect.test('𠀀')).toBe(true);
    expect(check?.suspect.test('统一社会信用代码,91420100MA4K1234X5\r\n')).toBe(false);
  });

  // Compared with iconv-lite reading the whole input at once. Its stream loses a character where an
  // error's bytes from one chunk are read again in the next and the next one's text fills the room it
  // makes (two bytes per byte): a stream from the first byte on is decoded by parts, which never do.
  it('writes what iconv-lite writes for any bytes in any chunks, handed over at the first boundary', () => {
    const head = Uint8Array.from([0x41, 0x42, 0x43, 0x2c]);
    fc.assert(
      fc.property(input, fc.array(fc.nat(), { maxLength: 12 }), (tail, cuts) => {
        const bytes = Buffer.concat([head, tail]);
        const chunks = cutAt(bytes, cuts, head.length);
        expect(decoded(chunks, 0)).toBe(iconvText([bytes]));
      }),
      { numRuns: 500 },
    );
  });

  it('writes what iconv-lite writes when it takes over from iconv-lite mid-stream, in 64 KiB chunks', () => {
    fc.assert(
      fc.property(
        fc.array(validInput, { minLength: 1, maxLength: 4 }),
        fc.nat({ max: 3000 }),
        (parts, after) => {
          // Valid text between the random parts, long enough for 64 KiB chunks to fall anywhere.
          const filler = Buffer.from(
            iconv.encode('行政处罚决定书,91420100MA4K1234X5\r\n'.repeat(700), 'gb18030'),
          );
          const bytes = Buffer.concat(parts.flatMap((part) => [filler, part]));
          const chunks = cutAt(
            bytes,
            Array.from({ length: 8 }, (_, index) => (index + 1) * 64 * 1024),
          );
          expect(decoded(chunks, after * 10)).toBe(iconvText([bytes]));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('writes what iconv-lite writes for every single code, each on a line, cut anywhere', () => {
    const codes: number[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) codes.push(lead, trail, 0x0a);
    }
    for (let index = 0; index < 39_420; index += 1) {
      codes.push(
        0x81 + Math.floor(index / 12_600),
        0x30 + (Math.floor(index / 1260) % 10),
        0x81 + (Math.floor(index / 10) % 126),
        0x30 + (index % 10),
        0x2c,
      );
    }
    const bytes = Uint8Array.from(codes);
    const chunks = cutAt(bytes, [4093, 70_001, 70_002, 150_007, 200_000]);
    expect(decoded(chunks, 0)).toBe(iconvText(chunks));
  });

  it('leaves a stream with no boundary for a megabyte to iconv-lite, and still writes the same', () => {
    const han = Buffer.from(iconv.encode('统一社会信用代码', 'gb18030'));
    const bytes = new Uint8Array(1_300_000);
    for (let at = 0; at + han.length <= bytes.length; at += han.length) bytes.set(han, at);
    bytes.set([0x2c, 0x0a], 10);
    const chunks = cutAt(bytes, [5, 64 * 1024, 700_001, 1_200_000]);
    expect(decoded(chunks, 0)).toBe(iconvText(chunks));
  });
});
