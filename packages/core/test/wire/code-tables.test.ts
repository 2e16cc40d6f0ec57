import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_TABLES,
  type CodeTable,
  decodeCodeList,
  encodeCodeList,
  ID_TYPE_TABLE,
  LICENSE_CATEGORY_TABLE,
  LICENSE_STATUS_TABLE,
  normalizeWireWord,
  PENALTY_KIND_TABLE,
  PENALTY_KINDS,
  REPAIR_CHANNEL_TABLE,
  SUBJECT_CATEGORY_TABLE,
} from '../../src/index.js';

const tables: CodeTable<string>[] = Object.values(CODE_TABLES);

describe('code tables', () => {
  it.each(tables)('$name: every key travels as a distinct word and back', (table) => {
    const words = table.keys.map((key) => table.toWire(key));
    expect(new Set(words).size).toBe(words.length);
    for (const key of table.keys) {
      expect(table.fromWire(table.toWire(key))).toBe(key);
      expect(table.fromWire(key)).toBe(key);
    }
    expect(table.fromWire('不存在的代码')).toBeUndefined();
  });

  it('writes the template words', () => {
    expect(SUBJECT_CATEGORY_TABLE.toWire('legal_person')).toBe('法人及非法人组织');
    expect(ID_TYPE_TABLE.toWire('hk_macau_permit')).toBe('港澳居民来往内地通行证');
    expect(PENALTY_KIND_TABLE.toWire('fine')).toBe('罚款');
    expect(LICENSE_CATEGORY_TABLE.toWire('ordinary')).toBe('普通');
    expect(LICENSE_STATUS_TABLE.toWire('valid')).toBe('1');
    expect(LICENSE_STATUS_TABLE.toWire('invalid')).toBe('2');
  });

  it('accepts the documented synonyms and numeric variants', () => {
    expect(SUBJECT_CATEGORY_TABLE.fromWire('01')).toBe('natural_person');
    expect(SUBJECT_CATEGORY_TABLE.fromWire('02')).toBe('legal_person');
    expect(SUBJECT_CATEGORY_TABLE.fromWire('03')).toBe('legal_person');
    expect(SUBJECT_CATEGORY_TABLE.fromWire('04')).toBe('individual_business');
    expect(SUBJECT_CATEGORY_TABLE.fromWire('法人')).toBe('legal_person');
    expect(SUBJECT_CATEGORY_TABLE.fromWire('个体')).toBe('individual_business');
    expect(ID_TYPE_TABLE.fromWire('05')).toBe('foreign_permanent_residence');
    expect(ID_TYPE_TABLE.fromWire('居民身份证')).toBe('id_card');
    expect(LICENSE_CATEGORY_TABLE.fromWire('9')).toBe('other');
    expect(LICENSE_STATUS_TABLE.fromWire('有效')).toBe('valid');
    expect(PENALTY_KIND_TABLE.fromWire('其他行政处罚')).toBe('other');
    expect(PENALTY_KIND_TABLE.fromWire('暂扣或者吊销许可证')).toBe('legacy_suspend_or_revoke_license');
    expect(REPAIR_CHANNEL_TABLE.fromWire('网上')).toBe('online');
  });

  it('ignores spaces, full-width forms and letter case', () => {
    expect(normalizeWireWord(' （罚款） ')).toBe('(罚款)');
    expect(ID_TYPE_TABLE.fromWire(' 身份证\u3000')).toBe('id_card');
    expect(SUBJECT_CATEGORY_TABLE.fromWire('０４')).toBe('individual_business');
    expect(PENALTY_KIND_TABLE.fromWire('FINE')).toBe('fine');
  });
});

describe('code lists', () => {
  it('round-trips any set of penalty kinds through the joined words', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...PENALTY_KINDS), { maxLength: PENALTY_KINDS.length }),
        (kinds) => {
          const wire = encodeCodeList(PENALTY_KIND_TABLE, kinds);
          expect(decodeCodeList(PENALTY_KIND_TABLE, wire)).toEqual(kinds);
        },
      ),
    );
  });

  it('splits on semicolons and commas of either width, and on 、 only when every part is a kind', () => {
    expect(encodeCodeList(PENALTY_KIND_TABLE, ['warning', 'fine'])).toBe('警告;罚款');
    expect(decodeCodeList(PENALTY_KIND_TABLE, '警告；罚款,没收违法所得，行政拘留')).toEqual([
      'warning',
      'fine',
      'confiscate_illegal_gains',
      'administrative_detention',
    ]);
    expect(decodeCodeList(PENALTY_KIND_TABLE, '警告、罚款')).toEqual(['warning', 'fine']);
    expect(decodeCodeList(PENALTY_KIND_TABLE, '没收违法所得、没收非法财物')).toEqual(['legacy_confiscation']);
    expect(decodeCodeList(PENALTY_KIND_TABLE, '警告、训诫; ;罚款')).toEqual(['警告、训诫', 'fine']);
  });
});
