import { defineCreditPlatformProfile } from '@credit-bridge/core';

/**
 * A deployment that names everything otherwise: paths, envelope fields, success and failure codes,
 * `always-200`, HMAC-SHA256 under other header names, another idempotency header, other paging and query
 * names, small batch limits and renamed columns of every record type (and the shared `DFBM`).
 */
export const RENAMED_PROFILE = defineCreditPlatformProfile({
  name: 'district-gateway-test',
  paths: {
    reportsCreate: '/gw/v2/report-tasks',
    reportTask: '/gw/v2/report-tasks/{taskId}',
    reportGet: '/gw/v2/reports/{reportNo}',
    reportVerify: '/gw/v2/reports/{reportNo}/check',
    blacklistSubmit: '/gw/v2/sxmd/upload',
    blacklistCheck: '/gw/v2/sxmd/query',
    blacklistCheckBatch: '/gw/v2/sxmd/query-batch',
    blacklistChanges: '/gw/v2/sxmd/feed',
    repairsSubmit: '/gw/v2/xyxf/upload',
    repairGet: '/gw/v2/xyxf/item/{repairId}',
    repairChanges: '/gw/v2/xyxf/feed',
    penaltiesSubmit: '/gw/v2/sgs/xzcf/upload',
    licensesSubmit: '/gw/v2/sgs/xzxk/upload',
  },
  envelope: {
    fields: { code: 'retCode', message: 'retMsg', requestId: 'traceId', data: 'result', error: 'fault' },
    successCode: '0000',
    failureCodes: {
      dataError: '1096',
      missingParameter: '1097',
      wrongParameterType: '1098',
      failure: '1099',
    },
  },
  statusMode: 'always-200',
  signing: {
    method: 'HMAC-SHA256',
    headers: {
      appKey: 'X-Gw-App',
      timestamp: 'X-Gw-Time',
      nonce: 'X-Gw-Nonce',
      signMethod: 'X-Gw-Sign-Method',
      signature: 'X-Gw-Sign',
    },
  },
  idempotency: { keyHeader: 'X-Gw-Request-Key', replayedHeader: 'X-Gw-Replayed' },
  paging: {
    cursorParam: 'from',
    limitParam: 'size',
    itemsField: 'list',
    nextCursorField: 'next',
    hasMoreField: 'more',
    defaultLimit: 4,
    maxLimit: 50,
  },
  batchLimits: { recordsPerBatch: 4, subjectsPerCheck: 3, maxBodyBytes: 5_000 },
  query: { uscc: 'creditCode', idNumber: 'certNo', verificationCode: 'checkCode' },
  wireFieldRenames: {
    CF_XDR_MC: 'CF_XDR_MC_GW',
    XK_XDR_MC: 'XK_XDR_MC_GW',
    SXMD_ZTMC: 'SXMD_ZTMC_GW',
    XYXF_ZT: 'XYXF_ZT_GW',
    DFBM: 'AREA_CODE',
  },
});
