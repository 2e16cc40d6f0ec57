import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CREDIT_PLATFORM_PROFILE,
  DEFAULT_EXCHANGE_PLATFORM_PROFILE,
  defineExchangePlatformProfile,
  EXCHANGE_PLATFORM_OPERATION_METHODS,
  EXCHANGE_PLATFORM_OPERATIONS,
  EXCHANGE_PLATFORM_PATH_PARAMS,
  isCreditBridgeError,
  matchExchangePath,
  matchPath,
  resolveExchangePath,
} from '../../src/index.js';

const profile = DEFAULT_EXCHANGE_PLATFORM_PROFILE;
const MESSAGE_ID = '6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81';

describe('matchExchangePath', () => {
  it('recognises every operation of the contract by method and path', () => {
    expect(matchExchangePath(profile, 'POST', '/exchange/v1/messages')).toEqual({
      op: 'publishMessage',
      params: {},
    });
    expect(matchExchangePath(profile, 'get', '/exchange/v1/inbox')?.op).toBe('listInbox');
    expect(matchExchangePath(profile, 'POST', `/exchange/v1/inbox/${MESSAGE_ID}/ack`)).toEqual({
      op: 'acknowledgeMessage',
      params: { messageId: MESSAGE_ID },
    });
    expect(matchExchangePath(profile, 'GET', '/exchange/v1/catalog')?.op).toBe('getCatalog');
    expect(matchExchangePath(profile, 'POST', '/exchange/v1/query')?.op).toBe('sharedQuery');
  });

  it('answers undefined for another method, an unknown path or a parameter that does not decode', () => {
    expect(matchExchangePath(profile, 'GET', '/exchange/v1/messages')).toBeUndefined();
    expect(matchExchangePath(profile, 'POST', '/exchange/v1/inbox')).toBeUndefined();
    expect(matchExchangePath(profile, 'POST', '/exchange/v1/inbox/a/b/ack')).toBeUndefined();
    expect(matchExchangePath(profile, 'POST', '/exchange/v1/inbox/%E6%B1/ack')).toBeUndefined();
    expect(matchExchangePath(profile, 'GET', '/api/v1/blacklist/changes')).toBeUndefined();
  });

  it('inverts resolveExchangePath for every operation and any parameter value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXCHANGE_PLATFORM_OPERATIONS),
        fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
        (op, value) => {
          const params = Object.fromEntries(EXCHANGE_PLATFORM_PATH_PARAMS[op].map((name) => [name, value]));
          const path = resolveExchangePath(profile, op, params);
          const matched = matchExchangePath(profile, EXCHANGE_PLATFORM_OPERATION_METHODS[op], path);
          return matched?.op === op && JSON.stringify(matched.params) === JSON.stringify(params);
        },
      ),
    );
  });

  it('follows a renamed profile, and the credit matcher is unaffected by it', () => {
    const renamed = defineExchangePlatformProfile({
      paths: { acknowledgeMessage: '/gw/inbox/{messageId}:ack', listInbox: '/gw/inbox' },
    });
    expect(matchExchangePath(renamed, 'POST', `/gw/inbox/${MESSAGE_ID}:ack`)).toEqual({
      op: 'acknowledgeMessage',
      params: { messageId: MESSAGE_ID },
    });
    expect(matchExchangePath(renamed, 'GET', '/exchange/v1/inbox')).toBeUndefined();
    expect(matchPath(DEFAULT_CREDIT_PLATFORM_PROFILE, 'GET', '/gw/inbox')).toBeUndefined();
    expect(matchPath(DEFAULT_CREDIT_PLATFORM_PROFILE, 'GET', '/api/v1/blacklist/changes')?.op).toBe(
      'blacklistChanges',
    );
  });
});

describe('resolveExchangePath', () => {
  it('fills and percent-encodes the message id', () => {
    expect(resolveExchangePath(profile, 'acknowledgeMessage', { messageId: 'a b/c' })).toBe(
      '/exchange/v1/inbox/a%20b%2Fc/ack',
    );
    expect(resolveExchangePath(profile, 'getCatalog')).toBe('/exchange/v1/catalog');
  });

  it('throws E_ARGUMENT naming the operation for a missing or empty parameter', () => {
    for (const params of [{}, { messageId: '' }]) {
      try {
        resolveExchangePath(profile, 'acknowledgeMessage', params);
        expect.unreachable();
      } catch (error) {
        expect(isCreditBridgeError(error) && [error.code, error.message]).toEqual([
          'E_ARGUMENT',
          '[resolveExchangePath acknowledgeMessage] path parameter "messageId" is required',
        ]);
      }
    }
  });
});
