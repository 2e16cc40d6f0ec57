import { isUtf8 } from 'node:buffer';

/** The encodings a text source can be declared in; `auto` detects (see {@link detectEncoding}). */
export type TextEncodingOption = 'auto' | 'utf-8' | 'gbk' | 'gb18030';

/** What detection can find: the declared encodings plus UTF-16, recognised only by its byte-order mark. */
export type DetectedEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** How many bytes after the first non-ASCII byte detection looks at before it decides. */
export const DETECTION_WINDOW_BYTES = 4096;

const BOMS: readonly { bytes: readonly number[]; encoding: DetectedEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding a byte-order mark at the start of `bytes` names, if any. */
export function encodingFromBom(bytes: Uint8Array): DetectedEncoding | undefined {
  return BOMS.find((bom) => bom.bytes.every((byte, index) => bytes[index] === byte))?.encoding;
}

/**
 * Detects the encoding of text from its first bytes, in this order:
 * 1. a byte-order mark decides (UTF-8 `EF BB BF`, as Excel's "CSV UTF-8" writes it; GB18030
 *    `84 31 95 33`; UTF-16 LE/BE);
 * 2. bytes that are valid UTF-8 (pure ASCII included) are UTF-8: GBK text is almost never valid UTF-8,
 *    because its lead bytes 0x81–0xFE are mostly followed by bytes UTF-8 forbids there;
 * 3. anything else is GB18030, the superset of GBK that Excel's plain "CSV" export writes on a
 *    Chinese Windows (code page 936).
 * `final` says that `bytes` is the whole input; otherwise an incomplete UTF-8 sequence cut off at the
 * end does not count against UTF-8. Streaming readers apply the same rules to the first
 * {@link DETECTION_WINDOW_BYTES} bytes from the first non-ASCII byte on.
 *
 * @example
 * detectEncoding(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]), true); // 'gb18030' (姓名 in GBK)
 */
export function detectEncoding(bytes: Uint8Array, final = true): DetectedEncoding {
  return encodingFromBom(bytes) ?? (looksLikeUtf8(bytes, final) ? 'utf-8' : 'gb18030');
}

/**
 * True when `bytes` are valid UTF-8; unless `final`, an incomplete sequence cut off by the end of the
 * buffer is allowed.
 */
export function looksLikeUtf8(bytes: Uint8Array, final: boolean): boolean {
  const end = final ? bytes.length : completeUtf8Length(bytes);
  return isUtf8(bytes.subarray(0, end));
}

/** The length of `bytes` without a UTF-8 sequence that the end of the buffer cut short. */
function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] as number;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}
