/** Bytes of a string (UTF-8) or a copy-free view of bytes, the one input shape node:crypto is fed. */
export function toBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

/**
 * A plain `Uint8Array` copy of a Buffer. Small Buffers share a pooled ArrayBuffer, so handing out a view
 * would let a caller's `.buffer` reach unrelated memory.
 */
export function toPlainBytes(buffer: Uint8Array): Uint8Array {
  return Uint8Array.from(buffer);
}
