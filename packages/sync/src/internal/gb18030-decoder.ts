import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';

/** Decodes a stream of byte chunks into text chunks. */
export interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

/** What checks the platform's own GB18030 decoder against iconv-lite's. */
interface NativeCheck {
  readonly decoder: TextDecoder;
  /** Characters the platform's decoder writes where iconv-lite may write something else. */
  readonly suspect: RegExp;
}

/** Bytes read through iconv-lite before the platform's decoder takes over (and is checked, once). */
export const NATIVE_AFTER_BYTES = 1024 * 1024;

// Text waiting for a character boundary beyond this many bytes goes to iconv-lite for good.
const MAX_CARRY_BYTES = 1024 * 1024;

const LINE_FEED = 0x0a;

// The earliest byte of a chunk the hand-over may cut after (see handOver).
const HAND_OVER_FROM = 3;

// A byte below 0x30 is a character of its own in GB18030: no two- or four-byte sequence continues with
// it, so a decoder is between characters after it, whatever came before (iconv-lite re-reads the bytes
// after an invalid lead byte, so an error ends there too).
const isBoundary = (byte: number) => byte < 0x30;

type IconvDecoder = ReturnType<typeof iconv.getDecoder>;

const iconvBytes = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** iconv-lite's text for bytes that start and end between characters, decoded on their own. */
function iconvText(bytes: Uint8Array): string {
  const decoder = iconv.getDecoder('gb18030');
  return decoder.write(iconvBytes(bytes)) + (decoder.end() ?? '');
}

let checked: NativeCheck | null | undefined;

/**
 * Decodes GB18030 exactly as iconv-lite does (the text every stored content hash was made from), with
 * the platform's own decoder (ICU, about twice as fast) doing the work where the two agree. They do not
 * agree everywhere: ICU follows GB18030-2022, iconv-lite GB18030-2005 (18 codes differ in Node 20), and
 * ICU rejects four-byte codes iconv-lite maps. So the first time a stream passes
 * {@link NATIVE_AFTER_BYTES}, every one-, two- and four-byte code of the Basic Multilingual Plane is
 * decoded both ways, once per process, and each character ICU writes for a code it decodes otherwise
 * becomes suspect, as do U+FFFD, U+001A, surrogates (astral characters) and the private-use area.
 *
 * From then on the bytes are cut after their last byte below 0x30 (a character boundary), the part
 * before is decoded by ICU, and a part whose text holds a suspect character is decoded again by
 * iconv-lite. Where ICU has no GB18030 or the check fails, iconv-lite decodes everything.
 *
 * @example
 * const decoder = createGb18030Decoder(); // `nativeAfterBytes` overrides NATIVE_AFTER_BYTES
 * const text = decoder.write(chunk) + decoder.end();
 */
export function createGb18030Decoder(options: { nativeAfterBytes?: number } = {}): ChunkDecoder {
  // Bytes after which the stream is handed over; never again once it has no check or no boundaries.
  let handOverAt = options.nativeAfterBytes ?? NATIVE_AFTER_BYTES;
  let seen = 0;
  // iconv-lite's stream, until the hand-over; the check once handed over. Exactly one of them is set.
  let stream: IconvDecoder | undefined = iconv.getDecoder('gb18030');
  let native: NativeCheck | undefined;
  let carry: Uint8Array | undefined;

  const streamed = (bytes: Uint8Array) => (stream as IconvDecoder).write(iconvBytes(bytes));

  const decodePart = (check: NativeCheck, bytes: Uint8Array): string => {
    if (bytes.byteLength === 0) return '';
    const text = check.decoder.decode(bytes);
    return check.suspect.test(text) ? iconvText(bytes) : text;
  };

  // Through iconv-lite's stream up to a boundary in `bytes`, then by parts: its state is clean after a
  // boundary, so what follows decodes the same on its own. The boundary is at least the fourth byte:
  // iconv-lite writes a chunk's text into room for two characters per byte, and bytes an error leaves
  // from the chunk before (three at most) are read again, so a shorter chunk could lose characters.
  const handOver = (check: NativeCheck, bytes: Uint8Array) => {
    let boundary = -1;
    for (let at = HAND_OVER_FROM; at < bytes.byteLength && boundary === -1; at += 1) {
      if (isBoundary(bytes[at] as number)) boundary = at;
    }
    if (boundary === -1) return streamed(bytes);
    const text = streamed(bytes.subarray(0, boundary + 1));
    stream = undefined;
    native = check;
    return text + byParts(check, bytes.subarray(boundary + 1));
  };

  const byParts = (check: NativeCheck, bytes: Uint8Array): string => {
    const data = carry === undefined ? bytes : Buffer.concat([carry, bytes]);
    let cut = data.byteLength;
    while (cut > 0 && !isBoundary(data[cut - 1] as number)) cut -= 1;
    carry = cut < data.byteLength ? new Uint8Array(data.subarray(cut)) : undefined;
    const text = decodePart(check, data.subarray(0, cut));
    if (carry === undefined || carry.byteLength <= MAX_CARRY_BYTES) return text;
    // No boundary for a megabyte: not a CSV worth splitting. iconv-lite streams the rest.
    const rest = carry;
    carry = undefined;
    native = undefined;
    handOverAt = Number.POSITIVE_INFINITY;
    stream = iconv.getDecoder('gb18030');
    return text + streamed(rest);
  };

  return {
    write(bytes) {
      if (native !== undefined) return byParts(native, bytes);
      seen += bytes.byteLength;
      if (seen < handOverAt) return streamed(bytes);
      const check = nativeCheck();
      if (check !== undefined) return handOver(check, bytes);
      handOverAt = Number.POSITIVE_INFINITY;
      return streamed(bytes);
    },
    end() {
      if (native === undefined) return (stream as IconvDecoder).end() ?? '';
      const rest = carry;
      carry = undefined;
      // The tail has no boundary after it: an unfinished code is an error ICU writes as U+FFFD, so it
      // goes to iconv-lite as the stream's end would.
      return rest === undefined ? '' : decodePart(native, rest);
    },
  };
}

function nativeCheck(): NativeCheck | undefined {
  if (checked === undefined) checked = calibrate() ?? null;
  return checked ?? undefined;
}

/** The check, or `undefined` where ICU has no GB18030 or writes a code as more or fewer lines. */
export function calibrate(): NativeCheck | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('gb18030');
  } catch {
    return undefined;
  }
  const sample = everyBmpCode();
  const ours = iconvText(sample).split('\n');
  const theirs = decoder.decode(sample).split('\n');
  if (ours.length !== theirs.length) return undefined;
  const differing = new Set<number>();
  for (const [index, text] of theirs.entries()) {
    if (text === ours[index]) continue;
    for (let unit = 0; unit < text.length; unit += 1) differing.add(text.charCodeAt(unit));
  }
  // Code units, without the `u` flag: the surrogate range then matches either half of an astral character.
  const escaped = [...differing].map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`).join('');
  return { decoder, suspect: new RegExp(`[\\uFFFD\\u001A\\uD800-\\uDFFF\\uE000-\\uF8FF${escaped}]`) };
}

/**
 * Every single byte but the line feed, every two-byte code (lead 81–FE, trail 40–7E and 80–FE) and every
 * four-byte code of the Basic Multilingual Plane (81 30 81 30 to 84 31 A4 39), each on a line of its own.
 */
function everyBmpCode(): Uint8Array {
  const bytes = new Uint8Array(400_000);
  let at = 0;
  const line = (...code: number[]) => {
    for (const byte of code) bytes[at++] = byte;
    bytes[at++] = LINE_FEED;
  };
  for (let byte = 0; byte <= 0xff; byte += 1) if (byte !== LINE_FEED) line(byte);
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) line(lead, trail);
  }
  // Four-byte codes in order, b1 b2 b3 b4, through 84 31 A4 39 (U+FFFF).
  for (let index = 0; index <= 39_419; index += 1) {
    const b4 = index % 10;
    const b3 = Math.floor(index / 10) % 126;
    const b2 = Math.floor(index / 1260) % 10;
    const b1 = Math.floor(index / 12_600);
    line(0x81 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4);
  }
  return bytes.subarray(0, at);
}
