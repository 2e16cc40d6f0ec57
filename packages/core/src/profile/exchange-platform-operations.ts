/**
 * Every operation of the exchange platform contract (`docs/contracts/exchange-platform.openapi.yaml`),
 * named by its `operationId`. Profiles key their paths on these names; the mock's journal and fault plan
 * name operations this way.
 */
export const EXCHANGE_PLATFORM_OPERATIONS = [
  'publishMessage',
  'listInbox',
  'acknowledgeMessage',
  'getCatalog',
  'sharedQuery',
] as const;

/** One of {@link EXCHANGE_PLATFORM_OPERATIONS}. */
export type ExchangePlatformOperation = (typeof EXCHANGE_PLATFORM_OPERATIONS)[number];

/** The HTTP method of each operation: fixed by the contract's semantics, so not part of a profile. */
export const EXCHANGE_PLATFORM_OPERATION_METHODS: Readonly<
  Record<ExchangePlatformOperation, 'GET' | 'POST'>
> = {
  publishMessage: 'POST',
  listInbox: 'GET',
  acknowledgeMessage: 'POST',
  getCatalog: 'GET',
  sharedQuery: 'POST',
};

/**
 * The path parameters each operation's template must contain, no more and no fewer.
 *
 * @example
 * EXCHANGE_PLATFORM_PATH_PARAMS.acknowledgeMessage; // ['messageId']
 */
export const EXCHANGE_PLATFORM_PATH_PARAMS: Readonly<Record<ExchangePlatformOperation, readonly string[]>> = {
  publishMessage: [],
  listInbox: [],
  acknowledgeMessage: ['messageId'],
  getCatalog: [],
  sharedQuery: [],
};
