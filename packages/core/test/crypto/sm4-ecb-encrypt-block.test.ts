import { describe, expect, it } from 'vitest';
import { isCreditBridgeError, sm4EcbEncryptBlock } from '../../src/index.js';

const hex = (value: string) => Uint8Array.from(Buffer.from(value, 'hex'));
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return isCreditBridgeError(error) ? error.code : 'foreign error';
  }
  return 'no error';
}

describe('sm4EcbEncryptBlock', () => {
  it('matches GB/T 32907-2016 appendix A, one block (domain reference §6.3)', () => {
    const vector = hex('0123456789abcdeffedcba9876543210');
    expect(toHex(sm4EcbEncryptBlock(vector, vector))).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('rejects a key or block that is not 16 bytes', () => {
    expect(codeOf(() => sm4EcbEncryptBlock(new Uint8Array(15), new Uint8Array(16)))).toBe('E_CRYPTO_KEY');
    expect(codeOf(() => sm4EcbEncryptBlock(new Uint8Array(16), new Uint8Array(17)))).toBe('E_CRYPTO_INPUT');
  });
});
