import { describe, expect, it } from 'vitest';
import { addDays, addYears, compareDates, LICENSE_CATEGORIES } from '../../src/index.js';
import {
  createRandom,
  generateLicenseRecord,
  generateRecords,
  SYNTHETIC_TODAY,
} from '../../src/testing/index.js';

const licenses = generateRecords('license', { seed: 17, count: 400 });

describe('generateLicenseRecord', () => {
  it('is deterministic for a seed (the documented example)', () => {
    const license = generateLicenseRecord(createRandom(2), {}, { today: '2026-06-30', sequence: 1 });
    expect(license.recordId).toBe('XK-420106-000001');
  });

  it('runs whole years from on or shortly after the decision, and is valid exactly until validTo', () => {
    for (const license of licenses) {
      expect(compareDates(license.validFrom, license.decisionDate)).toBeGreaterThanOrEqual(0);
      expect(compareDates(license.validFrom, addDays(license.decisionDate, 10))).toBeLessThanOrEqual(0);
      const runs = [3, 4, 5, 6].filter(
        (years) => addDays(addYears(license.validFrom, years), -1) === license.validTo,
      );
      expect(runs).toHaveLength(1);
      expect(license.status).toBe(compareDates(license.validTo, SYNTHETIC_TODAY) >= 0 ? 'valid' : 'invalid');
      if (license.status === 'invalid') expect(license.remarks).toBeDefined();
    }
    expect(new Set(licenses.map((license) => license.status))).toEqual(new Set(['valid', 'invalid']));
  });

  it('pairs decision documents, certificates and categories', () => {
    for (const license of licenses) {
      expect(license.decisionDocName).toMatch(/决定书$/);
      expect(license.certificateName).toMatch(/(?:证|证书)$/);
      expect(license.certificateNo).toBeDefined();
      expect(license.decisionNo).toMatch(new RegExp(`许〔${license.decisionDate.slice(0, 4)}〕\\d+号$`));
      expect(license.authority).toMatch(/^武汉市/);
    }
    const categories = new Set(licenses.map((license) => license.category));
    expect(categories.size).toBeGreaterThanOrEqual(4);
    for (const category of categories) expect(LICENSE_CATEGORIES).toContain(category);
  });

  it('derives the pollutant discharge permit number from the licensee USCC', () => {
    const permits = licenses.filter((license) => license.certificateName === '排污许可证');
    expect(permits.length).toBeGreaterThan(0);
    for (const permit of permits) {
      if (permit.subject.category === 'natural_person') throw new Error('a person holds a discharge permit');
      expect(permit.certificateNo).toMatch(new RegExp(`^${permit.subject.uscc}\\d{3}V$`));
    }
  });

  it('honours an overridden decision date and today', () => {
    const license = generateLicenseRecord(
      createRandom(4),
      { decisionDate: '2015-03-01' },
      { today: '2026-06-30' },
    );
    expect(license.decisionDate).toBe('2015-03-01');
    expect(license.status).toBe('invalid');
    const recent = generateLicenseRecord(createRandom(4), {}, { today: '2019-01-01' });
    expect(compareDates(recent.decisionDate, '2019-01-01')).toBeLessThanOrEqual(0);
  });
});
