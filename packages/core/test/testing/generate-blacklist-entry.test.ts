import { describe, expect, it } from 'vitest';
import { addMonths, compareDates, daysBetween } from '../../src/index.js';
import {
  createRandom,
  generateBlacklistEntry,
  generateRecords,
  generateSubject,
  SYNTHETIC_TODAY,
} from '../../src/testing/index.js';

describe('generateBlacklistEntry', () => {
  it('is deterministic for a seed (the documented example)', () => {
    const removal = generateBlacklistEntry(createRandom(3), { action: 'remove' });
    expect([removal.listedDate, removal.removedDate]).toEqual(['2022-09-08', '2025-09-08']);
  });

  it('lists by default, planned for removal three years after listing, without removal data', () => {
    for (const entry of generateRecords('blacklist', { seed: 8, count: 300 })) {
      expect(entry.action).toBe('list');
      expect(entry.validUntil).toBe(addMonths(entry.listedDate, 36));
      expect(entry.removedDate).toBeUndefined();
      expect(entry.removalReason).toBeUndefined();
      expect(entry.removalAuthority).toBeUndefined();
      expect(entry.legalBasis).toMatch(/^《\p{Script=Han}+》/u);
      expect(entry.remedy).toContain('行政复议');
      expect(entry.decisionNo).toMatch(new RegExp(`信〔${entry.listedDate.slice(0, 4)}〕\\d+号$`));
    }
  });

  it("yields a consistent removal for { action: 'remove' }", () => {
    const random = createRandom(21);
    let early = 0;
    let expired = 0;
    for (let i = 0; i < 300; i++) {
      const entry = generateBlacklistEntry(random, { action: 'remove' });
      const removedDate = entry.removedDate ?? '';
      expect(entry.action).toBe('remove');
      expect(entry.removalAuthority).toBe(entry.authority);
      expect(compareDates(removedDate, SYNTHETIC_TODAY)).toBeLessThanOrEqual(0);
      expect(daysBetween(entry.listedDate, removedDate)).toBeGreaterThanOrEqual(365);
      if (removedDate === entry.validUntil) {
        expired++;
        expect(entry.removalReason).toContain('期限届满');
      } else {
        early++;
        expect(compareDates(removedDate, entry.validUntil ?? '')).toBe(-1);
        expect(entry.removalReason).toContain('移出');
      }
    }
    expect(early).toBeGreaterThan(0);
    expect(expired).toBeGreaterThan(0);
  });

  it('lists the subject it is given, on a list that admits it', () => {
    const subject = generateSubject(createRandom(2), { category: 'natural_person' });
    for (let seed = 0; seed < 20; seed++) {
      const entry = generateBlacklistEntry(createRandom(seed), { subject });
      expect(entry.subject).toBe(subject);
      expect(['拖欠农民工工资失信联合惩戒对象名单', '武汉市交通运输市场领域黑名单']).toContain(
        entry.listType,
      );
    }
  });
});
