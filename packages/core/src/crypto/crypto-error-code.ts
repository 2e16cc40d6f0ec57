/**
 * Codes of the {@link CreditBridgeError}s the crypto helpers throw:
 * - `E_CRYPTO_TAG` — a sealed payload's HMAC-SM3 tag does not verify (tampered, truncated or wrong macKey);
 * - `E_CRYPTO_KEY` — a key has the wrong length, or is not the key the payload was sealed with;
 * - `E_CRYPTO_INPUT` — input too short or misshapen (ciphertext length, iv length, unknown algorithm).
 */
export type CryptoErrorCode = 'E_CRYPTO_TAG' | 'E_CRYPTO_KEY' | 'E_CRYPTO_INPUT';
