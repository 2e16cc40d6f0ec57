import { createCipheriv } from 'node:crypto';
import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import type { CryptoErrorCode } from './crypto-error-code.js';
import { toPlainBytes } from './internal/to-bytes.js';

/**
 * Encrypts exactly one 16-byte block with raw SM4 (ECB, no padding). It exists to prove the cipher
 * against the GB/T 32907-2016 appendix A vector; never use ECB to protect data — use `sm4Encrypt`.
 *
 * @example
 * const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));
 * sm4EcbEncryptBlock(hex('0123456789abcdeffedcba9876543210'), hex('0123456789abcdeffedcba9876543210'));
 * // bytes 681edf34d206965e86b3e94f536e4246
 */
export function sm4EcbEncryptBlock(key: Uint8Array, block: Uint8Array): Uint8Array {
  if (key.length !== 16) {
    throw new CreditBridgeError<CryptoErrorCode>({
      code: 'E_CRYPTO_KEY',
      message: `[sm4EcbEncryptBlock] key must be 16 bytes, got ${key.length}`,
    });
  }
  if (block.length !== 16) {
    throw new CreditBridgeError<CryptoErrorCode>({
      code: 'E_CRYPTO_INPUT',
      message: `[sm4EcbEncryptBlock] block must be 16 bytes, got ${block.length}`,
    });
  }
  const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
  return toPlainBytes(Buffer.concat([cipher.update(block), cipher.final()]));
}
