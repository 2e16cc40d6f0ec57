import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';

/** A file path, a readable byte stream or any async iterable of byte chunks. */
export type ByteInput = string | Readable | AsyncIterable<Uint8Array>;

/** The input as an async iterable of byte chunks; a path is opened lazily, 64 KiB at a time. */
export async function* byteChunks(input: ByteInput): AsyncGenerator<Uint8Array> {
  const stream = typeof input === 'string' ? createReadStream(input, { highWaterMark: 64 * 1024 }) : input;
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  }
}

/** The label rows of this input carry: the option, else the file name, else `fallback`. */
export function sourceLabel(input: ByteInput, option: string | undefined, fallback: string): string {
  if (option !== undefined) return option;
  return typeof input === 'string' ? basename(input) : fallback;
}
