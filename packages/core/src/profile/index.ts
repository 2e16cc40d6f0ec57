export {
  CREDIT_PLATFORM_OPERATION_METHODS,
  CREDIT_PLATFORM_OPERATIONS,
  CREDIT_PLATFORM_PATH_PARAMS,
  CREDIT_PLATFORM_SUBMIT_OPERATIONS,
  type CreditPlatformOperation,
} from './credit-platform-operations.js';
export type {
  CreditPlatformBatchLimits,
  CreditPlatformEnvelope,
  CreditPlatformIdempotency,
  CreditPlatformPaging,
  CreditPlatformProfile,
  CreditPlatformProfileInput,
  CreditPlatformQueryNames,
  CreditPlatformSigning,
} from './credit-platform-profile.js';
export { DEFAULT_CREDIT_PLATFORM_PROFILE } from './default-credit-platform-profile.js';
export { defineCreditPlatformProfile } from './define-credit-platform-profile.js';
export {
  type EnvelopeIssue,
  type EnvelopeSchemas,
  envelopeIssueSchema,
  envelopeSchemas,
} from './envelope-schemas.js';
export { type ExchangePathMatch, matchExchangePath, resolveExchangePath } from './exchange-path.js';
export {
  EXCHANGE_PLATFORM_OPERATION_METHODS,
  EXCHANGE_PLATFORM_OPERATIONS,
  EXCHANGE_PLATFORM_PATH_PARAMS,
  type ExchangePlatformOperation,
} from './exchange-platform-operations.js';
export type {
  ExchangeCharset,
  ExchangePlatformContentTypes,
  ExchangePlatformLimits,
  ExchangePlatformPaging,
  ExchangePlatformProfile,
  ExchangePlatformProfileInput,
} from './exchange-platform-profile.js';
export { DEFAULT_EXCHANGE_PLATFORM_PROFILE } from './exchange-platform-profile-default.js';
export { defineExchangePlatformProfile } from './exchange-platform-profile-define.js';
export { matchPath, type PathMatch } from './match-path.js';
export { renameWireFields, type WireRenameDirection } from './rename-wire-fields.js';
export { resolvePath } from './resolve-path.js';
