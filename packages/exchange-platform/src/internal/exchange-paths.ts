import { CreditBridgeError } from '@credit-bridge/core';

/** The operations of the exchange contract (`docs/contracts/exchange-platform.openapi.yaml`). */
export type ExchangeOperation = 'publish' | 'inbox' | 'ack' | 'catalog' | 'query';

/** The path template of each operation; `{messageId}` stands for one percent-encoded segment. */
export type ExchangePaths = Readonly<Record<ExchangeOperation, string>>;

/** The contract's paths. */
export const DEFAULT_EXCHANGE_PATHS: ExchangePaths = {
  publish: '/exchange/v1/messages',
  inbox: '/exchange/v1/inbox',
  ack: '/exchange/v1/inbox/{messageId}/ack',
  catalog: '/exchange/v1/catalog',
  query: '/exchange/v1/query',
};

/** The HTTP method of each operation: fixed by the contract's semantics, not by a deployment. */
export const EXCHANGE_OPERATION_METHODS: Readonly<Record<ExchangeOperation, 'GET' | 'POST'>> = {
  publish: 'POST',
  inbox: 'GET',
  ack: 'POST',
  catalog: 'GET',
  query: 'POST',
};

/** The path of an operation with its `{param}` placeholders filled in, percent-encoded. */
export function exchangePath(
  paths: ExchangePaths,
  op: ExchangeOperation,
  params: Readonly<Record<string, string>> = {},
): string {
  return paths[op].replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_placeholder, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') {
      throw new CreditBridgeError({
        code: 'E_ARGUMENT',
        message: `[exchangePath ${op}] path parameter "${name}" is required`,
      });
    }
    return encodeURIComponent(value);
  });
}
