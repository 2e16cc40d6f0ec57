import { isCreditBridgeError } from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import { requireSubjectKey } from '../../src/index.js';

describe('requireSubjectKey', () => {
  it('keeps exactly one well-formed identifier', () => {
    expect(requireSubjectKey('query', { uscc: '91420111CB0001035J' })).toEqual({
      uscc: '91420111CB0001035J',
    });
    expect(requireSubjectKey('query', { idNumber: '42010319880512031X' })).toEqual({
      idNumber: '42010319880512031X',
    });
  });

  it.each([
    ['no identifier', {}],
    ['both identifiers', { uscc: '91420111CB0001035J', idNumber: '420103198805120317' }],
    ['a short USCC', { uscc: '9142' }],
    ['a lower-case USCC', { uscc: '91420111cb0001035j' }],
    ['an identity number with a letter inside', { idNumber: '4201031988X5120317' }],
    ['not an object', '420103198805120317'],
  ])('refuses %s with E_ARGUMENT', (_name, subject) => {
    expect(() => requireSubjectKey('query', subject)).toThrow(
      expect.objectContaining({ code: 'E_ARGUMENT' }),
    );
  });

  it('masks the identity number in the error it throws', () => {
    let caught: unknown;
    try {
      requireSubjectKey('query', { idNumber: '420103198805120317', extra: 1 });
    } catch (error) {
      caught = error;
    }
    expect(isCreditBridgeError(caught)).toBe(true);
    expect(JSON.stringify(caught)).not.toContain('420103198805120317');
  });
});
