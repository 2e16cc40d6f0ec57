import { describe, expect, it } from 'vitest';
import { describeUsccCategory, USCC_CHARSET, USCC_DEPARTMENT_CATEGORIES } from '../../src/index.js';

describe('USCC_DEPARTMENT_CATEGORIES', () => {
  it('holds the twelve departments of the GB 32100 table, all in the code set', () => {
    expect(Object.keys(USCC_DEPARTMENT_CATEGORIES).sort()).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y'].sort(),
    );
    for (const [department, { categories }] of Object.entries(USCC_DEPARTMENT_CATEGORIES)) {
      expect(USCC_CHARSET).toContain(department);
      for (const category of Object.keys(categories)) expect(USCC_CHARSET).toContain(category);
    }
  });

  it('lists market regulation as enterprise, individual business and farmers’ cooperative only', () => {
    expect(USCC_DEPARTMENT_CATEGORIES['9']?.categories).toEqual({
      '1': '企业',
      '2': '个体工商户',
      '3': '农民专业合作社',
    });
  });
});

describe('describeUsccCategory', () => {
  it('names a known pair and returns undefined for others', () => {
    expect(describeUsccCategory('9', '2')).toEqual({ department: '工商', category: '个体工商户' });
    expect(describeUsccCategory('N', '3')).toEqual({ department: '农业', category: '乡镇级集体经济组织' });
    expect(describeUsccCategory('9', '9')).toBeUndefined();
    expect(describeUsccCategory('5', '4')).toBeUndefined();
    expect(describeUsccCategory('G', '1')).toBeUndefined();
    expect(describeUsccCategory('9', 'toString')).toBeUndefined();
    expect(describeUsccCategory('constructor', '1')).toBeUndefined();
  });
});
