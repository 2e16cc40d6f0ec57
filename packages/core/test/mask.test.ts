import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone, redact, redactText } from '../src/index.js';

describe('masking', () => {
  it('masks an identity number as first 3 + 11 stars + last 4 by default', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskIdNumber('11010519491231002X', { style: '6-4' })).toBe('110105********002X');
  });

  it('keeps the surname of a name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('欧阳修文')).toBe('欧**文');
  });

  it('keeps 3 + 4 digits of a mobile number', () => {
    expect(maskPhone('13800001234')).toBe('138****1234');
  });

  it('masks identity numbers in free text but leaves all-digit USCCs readable', () => {
    expect(redactText('id 11010519491231002X, uscc 914403001922038216')).toBe(
      'id 110***********002X, uscc 914403001922038216',
    );
  });

  it('redacts secrets, ids and natural persons names by key', () => {
    const out = redact({
      appSecret: 'top-secret',
      subject: { category: 'natural_person', name: '李四', idNumber: '11010519491231002X' },
      company: { category: 'legal_person', name: '武汉某某科技有限公司' },
    });
    expect(out).toEqual({
      appSecret: '[REDACTED]',
      subject: { category: 'natural_person', name: '李*', idNumber: '110***********002X' },
      company: { category: 'legal_person', name: '武汉某某科技有限公司' },
    });
  });
});

describe('redact over wire rows', () => {
  it('masks every id-number and person-name column of the wire families, including toolkit-defined ones', () => {
    const out = redact({
      SXMD_ZTLB: '自然人',
      SXMD_ZTMC: '王五',
      SXMD_ZJHM: '11010519491231002X',
      SXMD_FR_ZJHM: '11010519491231002X',
      XYXF_FDDBR: '赵六',
      CF_FR_ZJHM: '11010519491231002X',
      CF_XDR_SHXYM: '91350100M000100Y43',
    });
    expect(out).toEqual({
      SXMD_ZTLB: '自然人',
      SXMD_ZTMC: '王*',
      SXMD_ZJHM: '110***********002X',
      SXMD_FR_ZJHM: '110***********002X',
      XYXF_FDDBR: '赵*',
      CF_FR_ZJHM: '110***********002X',
      CF_XDR_SHXYM: '91350100M000100Y43',
    });
  });
});
