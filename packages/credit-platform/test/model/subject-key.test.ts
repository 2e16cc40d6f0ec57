import { describe, expect, it } from 'vitest';
import { requireSubjectKey, subjectKeyOf, subjectKeyProblem } from '../../src/index.js';

describe('subject keys', () => {
  it('reads the key of a domain subject, normalised', () => {
    expect(
      subjectKeyOf({
        category: 'legal_person',
        name: '武汉示例科技有限公司',
        uscc: '91420103cb0001019a ',
        legalRepresentative: '张样例',
      }),
    ).toEqual({ uscc: '91420103CB0001019A' });
    expect(
      subjectKeyOf({
        category: 'natural_person',
        name: '李测试',
        idType: 'id_card',
        idNumber: '42011119930217046x',
      }),
    ).toEqual({
      idNumber: '42011119930217046X',
    });
    expect(subjectKeyOf({ idNumber: '４２０１１１１９９３０２１７０４６４' })).toEqual({
      idNumber: '420111199302170464',
    });
  });

  it('refuses what the platform cannot look up', () => {
    expect(() =>
      subjectKeyOf({ category: 'natural_person', name: '李测试', idType: 'passport', idNumber: 'E12345678' }),
    ).toThrow(expect.objectContaining({ code: 'E_ARGUMENT' }));
    expect(() =>
      subjectKeyOf({ uscc: '91420103CB0001019A', idNumber: '420111199302170464' } as never),
    ).toThrow(expect.objectContaining({ code: 'E_ARGUMENT' }));
    expect(() => subjectKeyOf({} as never)).toThrow(expect.objectContaining({ code: 'E_ARGUMENT' }));
  });

  it('checks the form the contract requires, leaving check characters to the platform', () => {
    expect(subjectKeyProblem({ uscc: '91420103CB0001019B' })).toBeUndefined();
    expect(subjectKeyProblem({ uscc: '91420103CB000101' })).toMatchObject({
      code: 'E_PARAM_TYPE',
      field: 'uscc',
    });
    expect(subjectKeyProblem({ uscc: '9142010ICB0001019A' })).toMatchObject({ field: 'uscc' });
    expect(subjectKeyProblem({ idNumber: '42011119930217046A' })).toMatchObject({
      code: 'E_PARAM_TYPE',
      field: 'idNumber',
    });
    const error = (() => {
      try {
        requireSubjectKey({ idNumber: '42011119930217046A' }, 'blacklist.check');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({ code: 'E_ARGUMENT' });
    expect(JSON.stringify(error)).not.toContain('42011119930217046A');
  });
});
