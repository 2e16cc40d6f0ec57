import { isCreditBridgeError } from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import { resolvePlatform } from '../../src/config/resolve-platform.js';

describe('resolvePlatform', () => {
  it('takes flags first, then the config, then the environment; the secret only from the environment', () => {
    const env = {
      CREDIT_BRIDGE_CREDIT_URL: 'http://env:1',
      CREDIT_BRIDGE_CREDIT_APP_KEY: 'env-key',
      MY_SECRET: 'from-my-secret',
      CREDIT_BRIDGE_CREDIT_APP_SECRET: 'default-secret',
    };
    expect(resolvePlatform('credit', { env })).toEqual({
      baseUrl: 'http://env:1',
      appKey: 'env-key',
      appSecret: 'default-secret',
    });
    const config = { baseUrl: 'http://config:2', appKey: 'config-key', appSecret: { env: 'MY_SECRET' } };
    expect(resolvePlatform('credit', { env, config })).toMatchObject({
      baseUrl: 'http://config:2',
      appSecret: 'from-my-secret',
    });
    expect(
      resolvePlatform('credit', { env, config, baseUrl: 'http://flag:3', appKey: 'flag' }),
    ).toMatchObject({
      baseUrl: 'http://flag:3',
      appKey: 'flag',
    });
  });

  it('names what is missing, never a value', () => {
    let caught: unknown;
    try {
      resolvePlatform('exchange', { env: { CREDIT_BRIDGE_EXCHANGE_APP_KEY: 'k' } });
    } catch (error) {
      caught = error;
    }
    expect(isCreditBridgeError(caught) && caught.code).toBe('E_CONFIG');
    expect(String((caught as Error).message)).toBe(
      'the exchange platform needs the base URL (--base-url, platforms.exchange.baseUrl or CREDIT_BRIDGE_EXCHANGE_URL), the app secret (environment variable CREDIT_BRIDGE_EXCHANGE_APP_SECRET)',
    );
  });
});
