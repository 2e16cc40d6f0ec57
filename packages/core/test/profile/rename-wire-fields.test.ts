import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CREDIT_PLATFORM_PROFILE,
  defineCreditPlatformProfile,
  renameWireFields,
} from '../../src/index.js';

const renamed = defineCreditPlatformProfile({
  wireFieldRenames: { CF_XDR_MC: 'XDR_MC', CF_WSH: 'JDS_WH', RECORD_VERSION: 'BBH' },
});

describe('renameWireFields', () => {
  it('renames to the platform names and back, case-insensitively on the way in', () => {
    const row = { RECORD_VERSION: '2', CF_XDR_MC: '武汉示例科技有限公司', CF_NR: '警告' };
    expect(renameWireFields(renamed, row, 'toPlatform')).toEqual({
      BBH: '2',
      XDR_MC: '武汉示例科技有限公司',
      CF_NR: '警告',
    });
    expect(renameWireFields(renamed, { bbh: '2', Xdr_Mc: 'x', CF_NR: 'y' }, 'fromPlatform')).toEqual({
      RECORD_VERSION: '2',
      CF_XDR_MC: 'x',
      CF_NR: 'y',
    });
  });

  it('copies the row unchanged under a profile without renames', () => {
    const row = { CF_XDR_MC: 'a' };
    const out = renameWireFields(DEFAULT_CREDIT_PLATFORM_PROFILE, row, 'toPlatform');
    expect(out).toEqual(row);
    expect(out).not.toBe(row);
  });

  it('round-trips any row of core names', () => {
    const names = ['RECORD_ID', 'RECORD_VERSION', 'CF_XDR_MC', 'CF_WSH', 'CF_NR', 'DFBM'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), fc.string()), (row) => {
        const back = renameWireFields(renamed, renameWireFields(renamed, row, 'toPlatform'), 'fromPlatform');
        expect(back).toEqual(row);
      }),
    );
  });
});
