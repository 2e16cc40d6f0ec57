import { hkdfSync } from 'node:crypto';
import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import type { CryptoErrorCode } from './crypto-error-code.js';
import { toBytes } from './internal/to-bytes.js';
import type { Sm4Keys } from './sm4-encrypt.js';

/** The HKDF `info` labels; changing one changes every derived key, so a new label needs a new version. */
const ENC_LABEL = 'credit-bridge/sm4-cbc/enc/v1';
const MAC_LABEL = 'credit-bridge/sm4-cbc/mac/v1';
const MIN_SECRET_BYTES = 16;

/**
 * Derives the two keys of {@link sm4Encrypt} from one shared secret (an app secret, not a password:
 * there is no work factor) with HKDF (RFC 5869) over HMAC-SM3, empty salt, and a distinct label each:
 * - `encKey` = HKDF-SM3(secret, info `credit-bridge/sm4-cbc/enc/v1`, 16 bytes)
 * - `macKey` = HKDF-SM3(secret, info `credit-bridge/sm4-cbc/mac/v1`, 32 bytes)
 *
 * i.e. `PRK = HMAC-SM3(32 zero bytes, secret)` and `key = HMAC-SM3(PRK, label || 0x01)` truncated, so any
 * SM3-capable stack can reproduce the keys. A string secret is read as UTF-8; it must be at least 16
 * bytes (`E_CRYPTO_KEY` otherwise).
 *
 * @example
 * const { encKey, macKey } = deriveSm4Keys(process.env.CREDIT_APP_SECRET ?? '');
 */
export function deriveSm4Keys(secret: string | Uint8Array): Sm4Keys {
  const ikm = toBytes(secret);
  if (ikm.length < MIN_SECRET_BYTES) {
    throw new CreditBridgeError<CryptoErrorCode>({
      code: 'E_CRYPTO_KEY',
      message: `[deriveSm4Keys] secret must be at least 16 bytes, got ${ikm.length}`,
    });
  }
  const salt = new Uint8Array(0);
  return {
    encKey: new Uint8Array(hkdfSync('sm3', ikm, salt, ENC_LABEL, 16)),
    macKey: new Uint8Array(hkdfSync('sm3', ikm, salt, MAC_LABEL, 32)),
  };
}
