import { EXCHANGE_LIMITS } from '../wire/exchange/exchange-namespace.js';
import { DEFAULT_CREDIT_PLATFORM_PROFILE } from './default-credit-platform-profile.js';
import type { ExchangePlatformProfile } from './exchange-platform-profile.js';
import { deepFreeze } from './internal/deep-freeze.js';

/**
 * The exchange platform as our contract defines it (`docs/contracts/exchange-platform.openapi.yaml` and
 * `exchange-envelope.md`): the five `/exchange/v1/…` paths, the credit platform's JSON envelope and
 * signing headers, `application/xml` messages in UTF-8, GB18030 or GBK answered by UTF-8 receipts, inbox
 * pages of `limit` 1–100 (default 20) after an `after` cursor, 4 MiB and 500 records per message. Frozen.
 *
 * @example
 * const profile = defineExchangePlatformProfile({ paths: { publishMessage: '/gw/exchange/messages' } });
 */
export const DEFAULT_EXCHANGE_PLATFORM_PROFILE: ExchangePlatformProfile = deepFreeze({
  name: 'credit-bridge-exchange-v1',
  paths: {
    publishMessage: '/exchange/v1/messages',
    listInbox: '/exchange/v1/inbox',
    acknowledgeMessage: '/exchange/v1/inbox/{messageId}/ack',
    getCatalog: '/exchange/v1/catalog',
    sharedQuery: '/exchange/v1/query',
  },
  envelope: {
    fields: { ...DEFAULT_CREDIT_PLATFORM_PROFILE.envelope.fields },
    successCode: DEFAULT_CREDIT_PLATFORM_PROFILE.envelope.successCode,
    failureCodes: { ...DEFAULT_CREDIT_PLATFORM_PROFILE.envelope.failureCodes },
  },
  statusMode: 'http',
  signing: {
    method: DEFAULT_CREDIT_PLATFORM_PROFILE.signing.method,
    headers: { ...DEFAULT_CREDIT_PLATFORM_PROFILE.signing.headers },
  },
  contentTypes: {
    message: 'application/xml',
    receipt: 'application/xml; charset=UTF-8',
    json: 'application/json; charset=UTF-8',
  },
  charsets: ['UTF-8', 'GB18030', 'GBK'],
  paging: {
    cursorParam: 'after',
    limitParam: 'limit',
    itemsField: 'items',
    nextCursorField: 'nextCursor',
    hasMoreField: 'hasMore',
    defaultLimit: 20,
    maxLimit: 100,
  },
  limits: { maxBodyBytes: EXCHANGE_LIMITS.maxBytes, maxRecords: EXCHANGE_LIMITS.maxRecords },
});
