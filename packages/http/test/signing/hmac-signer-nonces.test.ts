import { describe, expect, it } from 'vitest';
import { createHmacSigner, type HttpRequest } from '../../src/index.js';

const request: HttpRequest = {
  method: 'GET',
  url: 'http://127.0.0.1:4010/api/v1/blacklist/check',
  headers: {},
};

describe('createHmacSigner default nonces', () => {
  it('are 32 lowercase hex characters, a new one on every signature, across refills of the random pool', () => {
    const sign = createHmacSigner({ appKey: 'demo-app', appSecret: 'demo-secret-0123456789' });
    const nonces = Array.from({ length: 1000 }, () => sign(request).headers['X-Nonce']);
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it('come from one pool shared by every signer, so two signers never send the same nonce', () => {
    const first = createHmacSigner({ appKey: 'a', appSecret: 'secret-a' });
    const second = createHmacSigner({ appKey: 'b', appSecret: 'secret-b' });
    const nonces = Array.from(
      { length: 300 },
      (_, index) => (index % 2 === 0 ? first : second)(request).headers['X-Nonce'],
    );
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
