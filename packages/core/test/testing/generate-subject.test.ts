import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCreditBridgeError, type Subject, validateIdNumber, validateUscc } from '../../src/index.js';
import { createRandom, generateSubject, WUHAN_DISTRICT_CODES } from '../../src/testing/index.js';

// The synthetic lists of generatePersonName and generateCompanyName, restated as the oracle.
const SURNAME = '(?:[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高]|欧阳|司马)';
const GIVEN = '[伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚文华建国红玲晨宇浩然欣怡子轩梓涵博思雨]';
const PERSON_NAME = new RegExp(`^${SURNAME}${GIVEN}{1,2}$`, 'u');
const COMPANY_NAME =
  /^武汉[鑫华盛达恒远博泰瑞德嘉安联创天宏新金汇通楚江汉荆]{2}(?:科技|商贸|信息技术|建筑工程|物流|餐饮管理|环保科技|生物医药|文化传媒|装饰工程)(?:有限公司|有限责任公司|股份有限公司)$/u;
// Real codes named in the domain reference (§1.6, §2); a synthetic subject must never carry one.
const REAL_CODES = new Set([
  '91350100M000100Y43',
  '914403001922038216',
  '91440300708461136T',
  '91330100716105852F',
  '91330000755918469E',
  '11010519491231002X',
  '440524188001010014',
]);

/** Every identifier of a subject with the GB/T 2260 region it carries. */
function regionsOf(subject: Subject): { code: string; region: string }[] {
  const person = (code: string | undefined) =>
    code === undefined ? [] : [{ code, region: code.slice(0, 6) }];
  if (subject.category === 'natural_person') return person(subject.idNumber);
  return [{ code: subject.uscc, region: subject.uscc.slice(2, 8) }, ...person(subject.legalRepIdNumber)];
}

function expectSynthetic(subject: Subject): void {
  const people = subject.category === 'natural_person' ? [subject.name] : [subject.legalRepresentative];
  for (const name of people) expect(name).toMatch(PERSON_NAME);
  if (subject.category === 'legal_person') expect(subject.name).toMatch(COMPANY_NAME);
  for (const { code, region } of regionsOf(subject)) {
    expect(REAL_CODES.has(code)).toBe(false);
    expect(WUHAN_DISTRICT_CODES).toContain(region);
  }
}

describe('generateSubject', () => {
  it('is deterministic for a seed (the documented example)', () => {
    expect(generateSubject(createRandom(1), { category: 'legal_person' }).uscc).toBe('91420113MAGYY8JN3J');
  });

  it('gives a legal person a 91 USCC, its embedded org code and a legal representative with an identity card', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const subject = generateSubject(createRandom(seed), { category: 'legal_person' });
        expect(subject.category).toBe('legal_person');
        expect(validateUscc(subject.uscc)).toMatchObject({
          ok: true,
          departmentCode: '9',
          categoryCode: '1',
          warnings: [],
        });
        expect(subject.orgCode).toBe(subject.uscc.slice(8, 17));
        expect(subject.legalRepIdType).toBe('id_card');
        expect(validateIdNumber(subject.legalRepIdNumber ?? '').ok).toBe(true);
        expectSynthetic(subject);
      }),
      { numRuns: 200 },
    );
  });

  it('gives an individual business a 92 USCC, a shop name in its district and an operator', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const subject = generateSubject(createRandom(seed), { category: 'individual_business' });
        expect(validateUscc(subject.uscc)).toMatchObject({
          ok: true,
          departmentCode: '9',
          categoryCode: '2',
          warnings: [],
        });
        expect(subject.name).toMatch(/^\p{Script=Han}+区\p{Script=Han}+$/u);
        expect(validateIdNumber(subject.legalRepIdNumber ?? '').ok).toBe(true);
        expectSynthetic(subject);
      }),
      { numRuns: 200 },
    );
  });

  it('gives a natural person an identity card number from a Wuhan district, born 20 to 70 years before today', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const subject = generateSubject(createRandom(seed), {
          category: 'natural_person',
          today: '2026-06-30',
        });
        expect(subject.idType).toBe('id_card');
        expect(validateIdNumber(subject.idNumber, { today: '2026-06-30' }).ok).toBe(true);
        expect(subject.idNumber.slice(0, 4)).toBe('4201');
        const year = Number(subject.idNumber.slice(6, 10));
        expect(year).toBeGreaterThanOrEqual(1956);
        expect(year).toBeLessThanOrEqual(2006);
        expectSynthetic(subject);
      }),
      { numRuns: 200 },
    );
  });

  it('mixes all three categories by default and honours regionCode', () => {
    const random = createRandom(11);
    const subjects = Array.from({ length: 200 }, () => generateSubject(random, { regionCode: '420113' }));
    expect(new Set(subjects.map((subject) => subject.category))).toEqual(
      new Set(['legal_person', 'individual_business', 'natural_person']),
    );
    for (const subject of subjects) {
      const code =
        subject.category === 'natural_person' ? subject.idNumber.slice(0, 6) : subject.uscc.slice(2, 8);
      expect(code).toBe('420113');
    }
  });

  it('is deterministic for a seed', () => {
    expect(generateSubject(createRandom(5))).toEqual(generateSubject(createRandom(5)));
    expect(generateSubject(createRandom(5))).not.toEqual(generateSubject(createRandom(6)));
  });

  it('throws E_ARGUMENT for an unknown category or a bad today', () => {
    const codeOf = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (error) {
        return isCreditBridgeError(error) ? error.code : 'other';
      }
      return undefined;
    };
    // @ts-expect-error an unknown category is what is being tested
    expect(codeOf(() => generateSubject(createRandom(1), { category: 'company' }))).toBe('E_ARGUMENT');
    expect(codeOf(() => generateSubject(createRandom(1), { today: '2026-02-30' }))).toBe('E_ARGUMENT');
  });
});
