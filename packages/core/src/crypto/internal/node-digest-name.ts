import { CreditBridgeError } from '../../errors/credit-bridge-error.js';
import type { DigestAlgorithm } from '../digest.js';

/** The OpenSSL name of a {@link DigestAlgorithm}, as node:crypto expects it. */
export function nodeDigestName(algorithm: DigestAlgorithm): 'sm3' | 'sha256' {
  switch (algorithm) {
    case 'SM3':
      return 'sm3';
    case 'SHA-256':
      return 'sha256';
    default: {
      const unknown: never = algorithm;
      throw new CreditBridgeError({
        code: 'E_CRYPTO_INPUT',
        message: `[digest] unsupported algorithm ${String(unknown)}; expected SM3 or SHA-256`,
      });
    }
  }
}
