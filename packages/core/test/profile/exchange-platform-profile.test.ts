import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  DEFAULT_EXCHANGE_PLATFORM_PROFILE,
  defineExchangePlatformProfile,
  EXCHANGE_LIMITS,
  EXCHANGE_PLATFORM_OPERATION_METHODS,
  EXCHANGE_PLATFORM_OPERATIONS,
  type ExchangePlatformProfileInput,
  isCreditBridgeError,
} from '../../src/index.js';

function problemsOf(input: ExchangePlatformProfileInput): string[] {
  try {
    defineExchangePlatformProfile(input);
  } catch (error) {
    if (isCreditBridgeError(error) && error.code === 'E_PROFILE_INVALID') {
      return (error.details.issues as { path: string; message: string }[]).map(
        (issue) => `${issue.path}: ${issue.message}`,
      );
    }
    throw error;
  }
  return [];
}

interface OpenApiOperation {
  operationId: string;
  parameters?: { $ref?: string }[];
}
interface OpenApi {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { parameters: Record<string, { name: string; schema?: Record<string, number> }> };
}

describe('DEFAULT_EXCHANGE_PLATFORM_PROFILE', () => {
  it('agrees with exchange-platform.openapi.yaml: operations, paths, methods and inbox paging', () => {
    const document = parse(
      readFileSync(
        new URL('../../../../docs/contracts/exchange-platform.openapi.yaml', import.meta.url),
        'utf8',
      ),
    ) as OpenApi;
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => [operation.operationId, method.toUpperCase(), path]),
    );
    const profiled = EXCHANGE_PLATFORM_OPERATIONS.map((op) => [
      op,
      EXCHANGE_PLATFORM_OPERATION_METHODS[op],
      DEFAULT_EXCHANGE_PLATFORM_PROFILE.paths[op],
    ]);
    expect(profiled.sort()).toEqual(documented.sort());
    const { After, Limit } = document.components.parameters;
    const paging = DEFAULT_EXCHANGE_PLATFORM_PROFILE.paging;
    expect([After?.name, Limit?.name]).toEqual([paging.cursorParam, paging.limitParam]);
    expect([Limit?.schema?.default, Limit?.schema?.maximum]).toEqual([paging.defaultLimit, paging.maxLimit]);
    expect(DEFAULT_EXCHANGE_PLATFORM_PROFILE.limits).toEqual({
      maxBodyBytes: EXCHANGE_LIMITS.maxBytes,
      maxRecords: EXCHANGE_LIMITS.maxRecords,
    });
  });

  it('is frozen, and defineExchangePlatformProfile without overrides returns an equal profile', () => {
    expect(defineExchangePlatformProfile()).toEqual(DEFAULT_EXCHANGE_PLATFORM_PROFILE);
    expect(Object.isFrozen(DEFAULT_EXCHANGE_PLATFORM_PROFILE.charsets)).toBe(true);
    expect(Object.isFrozen(DEFAULT_EXCHANGE_PLATFORM_PROFILE.paging)).toBe(true);
  });
});

describe('defineExchangePlatformProfile', () => {
  it('deep-merges objects and replaces arrays', () => {
    const profile = defineExchangePlatformProfile({
      name: 'district-exchange',
      paths: { publishMessage: '/gw/messages' },
      paging: { maxLimit: 50 },
      charsets: ['UTF-8'],
      statusMode: 'always-200',
    });
    expect(profile.paths.publishMessage).toBe('/gw/messages');
    expect(profile.paths.listInbox).toBe('/exchange/v1/inbox');
    expect(profile.paging).toMatchObject({ maxLimit: 50, defaultLimit: 20, cursorParam: 'after' });
    expect(profile.charsets).toEqual(['UTF-8']);
    expect(profile.statusMode).toBe('always-200');
    expect(Object.isFrozen(profile.paths)).toBe(true);
  });

  it('rejects bad paths, clashes, paging out of order, too many records and charsets without UTF-8', () => {
    expect(problemsOf({ paths: { acknowledgeMessage: '/exchange/v1/ack' } })).toEqual([
      'paths.acknowledgeMessage: must have the placeholders {messageId}, has {}',
    ]);
    expect(problemsOf({ paths: { sharedQuery: '/exchange/v1/messages' } })).toEqual([
      'paths.sharedQuery: cannot be told apart from paths.publishMessage',
    ]);
    expect(problemsOf({ paths: { getCatalog: '/exchange/v1/messages' } })).toEqual([]);
    expect(problemsOf({ paging: { defaultLimit: 101 } })).toEqual([
      'paging.defaultLimit: must not exceed paging.maxLimit',
    ]);
    expect(problemsOf({ paging: { limitParam: 'after' } })).toEqual([
      'paging parameters: "after" is used twice',
    ]);
    expect(problemsOf({ signing: { headers: { nonce: 'X-APP-KEY' } } })).toEqual([
      'headers: "X-APP-KEY" is used twice',
    ]);
    expect(problemsOf({ limits: { maxRecords: 501 } })).toEqual([
      'limits.maxRecords: Too big: expected number to be <=500',
    ]);
    expect(problemsOf({ charsets: ['GB18030'] })).toEqual([
      'charsets: must include UTF-8, the encoding the platform writes',
    ]);
    expect(problemsOf({ contentTypes: { receipt: 'xml' } })).toEqual([
      'contentTypes.receipt: must be a media type such as application/xml; charset=UTF-8',
    ]);
  });

  it('names the operation and the profile in the message', () => {
    try {
      defineExchangePlatformProfile({ name: 'gw', paths: { listInbox: 'inbox' } });
      expect.unreachable();
    } catch (error) {
      expect(isCreditBridgeError(error) && error.message).toBe(
        '[defineExchangePlatformProfile gw] paths.listInbox: must start with "/"',
      );
    }
  });
});
