import { describe, expect, it } from 'vitest';
import {
  type CreditPlatformProfileInput,
  DEFAULT_CREDIT_PLATFORM_PROFILE,
  defineCreditPlatformProfile,
  isCreditBridgeError,
} from '../../src/index.js';

function problemsOf(input: CreditPlatformProfileInput): string[] {
  try {
    defineCreditPlatformProfile(input);
  } catch (error) {
    if (isCreditBridgeError(error) && error.code === 'E_PROFILE_INVALID') {
      return (error.details.issues as { path: string; message: string }[]).map(
        (i) => `${i.path}: ${i.message}`,
      );
    }
    throw error;
  }
  return [];
}

describe('defineCreditPlatformProfile', () => {
  it('returns the contract profile when given nothing', () => {
    expect(defineCreditPlatformProfile()).toEqual(DEFAULT_CREDIT_PLATFORM_PROFILE);
    expect(DEFAULT_CREDIT_PLATFORM_PROFILE.batchLimits).toEqual({
      recordsPerBatch: 500,
      subjectsPerCheck: 1000,
      maxBodyBytes: 4_194_304,
    });
  });

  it('deep-merges over the default and freezes the result', () => {
    const profile = defineCreditPlatformProfile({
      name: 'legacy-gateway',
      statusMode: 'always-200',
      envelope: { fields: { message: 'msg' } },
      paths: { penaltiesSubmit: '/gw/cf' },
      wireFieldRenames: { CF_XDR_MC: 'CF_XDRMC' },
    });
    expect(profile.envelope.fields).toEqual({
      ...DEFAULT_CREDIT_PLATFORM_PROFILE.envelope.fields,
      message: 'msg',
    });
    expect(profile.envelope.successCode).toBe('00');
    expect(profile.paths.penaltiesSubmit).toBe('/gw/cf');
    expect(profile.paths.licensesSubmit).toBe('/api/v1/licenses:batch');
    expect(profile.statusMode).toBe('always-200');
    expect(Object.isFrozen(profile.envelope.fields)).toBe(true);
    expect(Object.isFrozen(DEFAULT_CREDIT_PLATFORM_PROFILE.paths)).toBe(true);
  });

  it('rejects paths with the wrong placeholders, bad characters or collisions', () => {
    expect(problemsOf({ paths: { reportTask: '/api/v1/tasks' } })).toEqual([
      'paths.reportTask: must have the placeholders {taskId}, has {}',
    ]);
    expect(problemsOf({ paths: { reportsCreate: '/r/{id}' } })).toEqual([
      'paths.reportsCreate: must have the placeholders {}, has {id}',
    ]);
    expect(problemsOf({ paths: { blacklistCheck: 'api/check?x=1' } })).toEqual([
      'paths.blacklistCheck: must start with "/"',
      'paths.blacklistCheck: must not contain "?", "#" or whitespace',
    ]);
    expect(problemsOf({ paths: { licensesSubmit: '/api/v1/penalties:batch' } })).toEqual([
      'paths.licensesSubmit: cannot be told apart from paths.penaltiesSubmit',
    ]);
    expect(problemsOf({ paths: { repairGet: '/x/{repairId}}' } })).toEqual([
      'paths.repairGet: has a "{" or "}" outside a {name} placeholder',
    ]);
  });

  it('rejects clashing names, codes and headers, and limits out of order', () => {
    expect(problemsOf({ envelope: { successCode: '99' } })).toEqual(['envelope codes: "99" is used twice']);
    expect(problemsOf({ signing: { headers: { nonce: 'x-app-key' } } })).toEqual([
      'headers: "x-app-key" is used twice',
    ]);
    expect(problemsOf({ paging: { defaultLimit: 600 } })).toEqual([
      'paging.defaultLimit: must not exceed paging.maxLimit',
    ]);
    expect(problemsOf({ signing: { headers: { nonce: 'X Nonce' } } })).toEqual([
      'signing.headers.nonce: must be an HTTP header token',
    ]);
    expect(problemsOf({ batchLimits: { recordsPerBatch: 0 } })).toHaveLength(1);
  });

  it('rejects renames of unknown columns and renames that clash', () => {
    expect(problemsOf({ wireFieldRenames: { CF_NOPE: 'X' } })).toEqual([
      'wireFieldRenames.CF_NOPE: "CF_NOPE" is not a wire name of core',
    ]);
    expect(problemsOf({ wireFieldRenames: { CF_XDR_MC: 'NAME', XK_XDR_MC: 'name' } })).toEqual([
      'wireFieldRenames.XK_XDR_MC: "name" is also the new name of CF_XDR_MC',
    ]);
    expect(problemsOf({ wireFieldRenames: { CF_XDR_MC: 'cf_wsh' } })).toEqual([
      'wireFieldRenames.CF_XDR_MC: "cf_wsh" is the name of another core column',
    ]);
    expect(problemsOf({ wireFieldRenames: { CF_XDR_MC: 'CF_WSH', CF_WSH: 'CF_XDR_MC' } })).toEqual([]);
  });

  it('names the profile and counts the problems in the message', () => {
    try {
      defineCreditPlatformProfile({ name: 'district', paths: { reportTask: '/t', reportGet: '/g' } });
      expect.unreachable();
    } catch (error) {
      expect(isCreditBridgeError(error) && error.message).toBe(
        '[defineCreditPlatformProfile district] paths.reportTask: must have the placeholders {taskId}, has {} (+1 more)',
      );
    }
  });
});
