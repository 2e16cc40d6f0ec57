import { randomFillSync } from 'node:crypto';

const NONCE_BYTES = 16;
const NONCES_PER_FILL = 128;

const pool = Buffer.alloc(NONCE_BYTES * NONCES_PER_FILL);
let offset = pool.length;

/**
 * 32 random hex characters for `X-Nonce`. The bytes come from the CSPRNG in blocks of 128 nonces, as
 * `crypto.randomUUID` buffers its own, because a call into the CSPRNG per request costs more than the
 * rest of the signing.
 */
export function randomNonce(): string {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const nonce = pool.toString('hex', offset, offset + NONCE_BYTES);
  offset += NONCE_BYTES;
  return nonce;
}
