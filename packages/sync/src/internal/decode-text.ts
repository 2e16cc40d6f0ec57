import iconv from 'iconv-lite';
import {
  DETECTION_WINDOW_BYTES,
  type DetectedEncoding,
  encodingFromBom,
  looksLikeUtf8,
  type TextEncodingOption,
} from '../sources/detect-encoding.js';
import { type ChunkDecoder, createGb18030Decoder } from './gb18030-decoder.js';

function createDecoder(encoding: DetectedEncoding): ChunkDecoder {
  if (encoding === 'utf-8') {
    // Not fatal: a stray invalid byte becomes U+FFFD and the row holding it is reported (E_SOURCE_ENCODING).
    // The decoder drops a leading BOM itself; so do iconv-lite's (stripBOM).
    const decoder = new TextDecoder('utf-8');
    return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
  }
  if (encoding === 'gb18030') return createGb18030Decoder();
  const decoder = iconv.getDecoder(encoding);
  return { write: (bytes) => decoder.write(Buffer.from(bytes)), end: () => decoder.end() ?? '' };
}

// GBK is a subset of GB18030, so a file declared GBK is read with the superset: nothing it holds is lost.
function declared(option: Exclude<TextEncodingOption, 'auto'>): DetectedEncoding {
  return option === 'utf-8' ? 'utf-8' : 'gb18030';
}

/**
 * Decodes byte chunks into text chunks, detecting the encoding when `option` is `auto` by the rules of
 * `detectEncoding`. Bytes before the first non-ASCII byte read the same in every candidate encoding, so
 * they flow on at once; the decision waits for `DETECTION_WINDOW_BYTES` bytes from there (or the end
 * of input), so memory stays flat. A byte-order mark is dropped.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  option: TextEncodingOption,
  onDetected?: (encoding: DetectedEncoding) => void,
): AsyncGenerator<string> {
  let first = true;
  for await (const text of decodeRaw(chunks, option, onDetected)) {
    if (text === '') continue;
    // iconv-lite keeps the GB18030 mark (84 31 95 33 → U+FEFF), so it is dropped here for every encoding.
    yield first && text.startsWith('\uFEFF') ? text.slice(1) : text;
    first = false;
  }
}

async function* decodeRaw(
  chunks: AsyncIterable<Uint8Array>,
  option: TextEncodingOption,
  onDetected?: (encoding: DetectedEncoding) => void,
): AsyncGenerator<string> {
  let decoder: ChunkDecoder | undefined;
  let pending = Buffer.alloc(0);
  let atStart = true;
  const decide = (encoding: DetectedEncoding, bytes: Buffer): string => {
    decoder = createDecoder(encoding);
    onDetected?.(encoding);
    return decoder.write(bytes);
  };
  for await (const chunk of chunks) {
    if (decoder !== undefined) {
      yield decoder.write(chunk);
      continue;
    }
    pending = pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([pending, chunk]);
    if (option !== 'auto') {
      yield decide(declared(option), pending);
      continue;
    }
    if (atStart) {
      if (pending.length < 4) continue;
      atStart = false;
      const bom = encodingFromBom(pending);
      if (bom !== undefined) {
        yield decide(bom, pending);
        continue;
      }
    }
    const firstHigh = pending.findIndex((byte) => byte >= 0x80);
    if (firstHigh === -1) {
      yield pending.toString('latin1');
      pending = Buffer.alloc(0);
    } else if (pending.length - firstHigh >= DETECTION_WINDOW_BYTES) {
      const window = pending.subarray(firstHigh);
      yield pending.subarray(0, firstHigh).toString('latin1');
      yield decide(looksLikeUtf8(window, false) ? 'utf-8' : 'gb18030', window);
    }
  }
  if (decoder === undefined) {
    if (option !== 'auto') yield decide(declared(option), pending);
    else {
      const bom = atStart ? encodingFromBom(pending) : undefined;
      yield decide(bom ?? (looksLikeUtf8(pending, true) ? 'utf-8' : 'gb18030'), pending);
    }
  }
  const rest = (decoder as ChunkDecoder | undefined)?.end() ?? '';
  if (rest !== '') yield rest;
}
