import type { CreditPlatformProfile } from './credit-platform-profile.js';
import { deepFreeze } from './internal/deep-freeze.js';

/**
 * The credit platform as our contract defines it (`docs/contracts/credit-platform.openapi.yaml`): paths,
 * the `{ code, message, requestId, data | error }` envelope with gateway codes 00/96/97/98/99, HTTP
 * statuses, HMAC-SM3 signing headers, `Idempotency-Key`, cursor paging (`limit` 1–500, default 100),
 * 500 records or 1,000 subjects per batch and 4 MiB per body, and core's wire names unchanged. Frozen.
 *
 * @example
 * const profile = defineCreditPlatformProfile({ paths: { penaltiesSubmit: '/gateway/cf/batch' } });
 */
export const DEFAULT_CREDIT_PLATFORM_PROFILE: CreditPlatformProfile = deepFreeze({
  name: 'credit-bridge-contract-v1',
  paths: {
    reportsCreate: '/api/v1/credit-reports',
    reportTask: '/api/v1/credit-reports/tasks/{taskId}',
    reportGet: '/api/v1/credit-reports/{reportNo}',
    reportVerify: '/api/v1/credit-reports/{reportNo}/verification',
    blacklistSubmit: '/api/v1/blacklist/entries:batch',
    blacklistCheck: '/api/v1/blacklist/check',
    blacklistCheckBatch: '/api/v1/blacklist/check:batch',
    blacklistChanges: '/api/v1/blacklist/changes',
    repairsSubmit: '/api/v1/credit-repairs:batch',
    repairGet: '/api/v1/credit-repairs/{repairId}',
    repairChanges: '/api/v1/credit-repairs/changes',
    penaltiesSubmit: '/api/v1/penalties:batch',
    licensesSubmit: '/api/v1/licenses:batch',
  },
  envelope: {
    fields: { code: 'code', message: 'message', requestId: 'requestId', data: 'data', error: 'error' },
    successCode: '00',
    failureCodes: { dataError: '96', missingParameter: '97', wrongParameterType: '98', failure: '99' },
  },
  statusMode: 'http',
  signing: {
    method: 'HMAC-SM3',
    headers: {
      appKey: 'X-App-Key',
      timestamp: 'X-Timestamp',
      nonce: 'X-Nonce',
      signMethod: 'X-Sign-Method',
      signature: 'X-Signature',
    },
  },
  idempotency: { keyHeader: 'Idempotency-Key', replayedHeader: 'Idempotent-Replayed' },
  paging: {
    cursorParam: 'cursor',
    limitParam: 'limit',
    itemsField: 'items',
    nextCursorField: 'nextCursor',
    hasMoreField: 'hasMore',
    defaultLimit: 100,
    maxLimit: 500,
  },
  batchLimits: { recordsPerBatch: 500, subjectsPerCheck: 1000, maxBodyBytes: 4 * 1024 * 1024 },
  query: { uscc: 'uscc', idNumber: 'idNumber', verificationCode: 'code' },
  wireFieldRenames: {},
});
