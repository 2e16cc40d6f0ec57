export type { CryptoErrorCode } from './crypto-error-code.js';
export { deriveSm4Keys } from './derive-sm4-keys.js';
export { type DigestAlgorithm, digest, sha256, sm3 } from './digest.js';
export { hmac, hmacSha256, hmacSm3 } from './hmac.js';
export { sm4EcbEncryptBlock } from './sm4-ecb-encrypt-block.js';
export { type Sm4EncryptOptions, type Sm4Keys, sm4Decrypt, sm4Encrypt } from './sm4-encrypt.js';
export { timingSafeEqualHex } from './timing-safe-equal-hex.js';
