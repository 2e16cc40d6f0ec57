import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_PLATFORM_OPERATION_METHODS,
  CREDIT_PLATFORM_OPERATIONS,
  CREDIT_PLATFORM_PATH_PARAMS,
  DEFAULT_CREDIT_PLATFORM_PROFILE,
  defineCreditPlatformProfile,
  isCreditBridgeError,
  matchPath,
  resolvePath,
} from '../../src/index.js';

const profile = DEFAULT_CREDIT_PLATFORM_PROFILE;

describe('matchPath', () => {
  it('recognises every operation of the contract', () => {
    expect(matchPath(profile, 'POST', '/api/v1/penalties:batch')).toEqual({
      op: 'penaltiesSubmit',
      params: {},
    });
    expect(matchPath(profile, 'post', '/api/v1/blacklist/check:batch')?.op).toBe('blacklistCheckBatch');
    expect(matchPath(profile, 'GET', '/api/v1/blacklist/check')?.op).toBe('blacklistCheck');
    expect(matchPath(profile, 'GET', '/api/v1/credit-reports/tasks/3f1c2b7a')).toEqual({
      op: 'reportTask',
      params: { taskId: '3f1c2b7a' },
    });
    expect(matchPath(profile, 'GET', '/api/v1/credit-reports/XYBG42010020260106000017/verification')).toEqual(
      {
        op: 'reportVerify',
        params: { reportNo: 'XYBG42010020260106000017' },
      },
    );
  });

  it('lets a literal segment win over a placeholder', () => {
    expect(matchPath(profile, 'GET', '/api/v1/credit-repairs/changes')?.op).toBe('repairChanges');
    expect(matchPath(profile, 'GET', '/api/v1/credit-repairs/XYXF-420111-2026-0001')).toEqual({
      op: 'repairGet',
      params: { repairId: 'XYXF-420111-2026-0001' },
    });
    expect(matchPath(profile, 'GET', '/api/v1/credit-reports/tasks')?.op).toBe('reportGet');
  });

  it('answers undefined for another method, an unknown path or a parameter that does not decode', () => {
    expect(matchPath(profile, 'GET', '/api/v1/penalties:batch')).toBeUndefined();
    expect(matchPath(profile, 'POST', '/api/v1/penalties')).toBeUndefined();
    expect(matchPath(profile, 'GET', '/api/v1/credit-repairs/a/b')).toBeUndefined();
    expect(matchPath(profile, 'GET', '/api/v1/credit-repairs/%E6%B1')).toBeUndefined();
    expect(matchPath(profile, 'GET', '/api/v1/blacklist/check/')).toBeUndefined();
  });

  it('inverts resolvePath for every operation and any parameter value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CREDIT_PLATFORM_OPERATIONS),
        fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
        (op, value) => {
          const params = Object.fromEntries(CREDIT_PLATFORM_PATH_PARAMS[op].map((name) => [name, value]));
          const path = resolvePath(profile, op, params);
          const matched = matchPath(profile, CREDIT_PLATFORM_OPERATION_METHODS[op], path);
          // A repair called "changes" resolves to the feed's path: the one ambiguity of the contract.
          if (op === 'repairGet' && value === 'changes') return matched?.op === 'repairChanges';
          if (op === 'reportGet' && value === 'tasks') return matched?.op === 'reportGet';
          return matched?.op === op && JSON.stringify(matched.params) === JSON.stringify(params);
        },
      ),
    );
  });

  it('follows a renamed profile', () => {
    const renamed = defineCreditPlatformProfile({
      paths: { repairGet: '/gw/xyxf/{repairId}:detail', penaltiesSubmit: '/gw/sgs/cf' },
    });
    expect(matchPath(renamed, 'GET', '/gw/xyxf/XYXF-1:detail')).toEqual({
      op: 'repairGet',
      params: { repairId: 'XYXF-1' },
    });
    expect(matchPath(renamed, 'POST', '/gw/sgs/cf')?.op).toBe('penaltiesSubmit');
    expect(matchPath(renamed, 'POST', '/api/v1/penalties:batch')).toBeUndefined();
    expect(matchPath(renamed, 'POST', '/api/v1/licenses:batch')?.op).toBe('licensesSubmit');
  });
});

describe('resolvePath', () => {
  it('fills and percent-encodes placeholders', () => {
    expect(resolvePath(profile, 'repairGet', { repairId: 'XYXF 1/2' })).toBe(
      '/api/v1/credit-repairs/XYXF%201%2F2',
    );
    expect(resolvePath(profile, 'blacklistChanges')).toBe('/api/v1/blacklist/changes');
  });

  it('throws E_ARGUMENT for a missing or empty parameter', () => {
    for (const params of [{}, { taskId: '' }]) {
      try {
        resolvePath(profile, 'reportTask', params);
        expect.unreachable();
      } catch (error) {
        expect(isCreditBridgeError(error) && error.code).toBe('E_ARGUMENT');
      }
    }
  });
});
