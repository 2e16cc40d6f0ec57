import { describe, expect, it } from 'vitest';
import { addMonths, compareDates, daysBetween } from '../../src/index.js';
import {
  createRandom,
  generatePenaltyRecord,
  generateRecords,
  generateSubject,
  SYNTHETIC_TODAY,
} from '../../src/testing/index.js';

const penalties = generateRecords('penalty', { seed: 31, count: 400 });

describe('generatePenaltyRecord', () => {
  it('is deterministic for a seed (the documented example)', () => {
    const penalty = generatePenaltyRecord(createRandom(1), { kinds: ['fine'] }, { sequence: 1 });
    expect([penalty.content, penalty.fineFen]).toEqual(['罚款4100元', 410_000]);
  });

  it('states every fine in fineFen and in the content, in whole yuan', () => {
    const fined = penalties.filter((penalty) => penalty.kinds.includes('fine'));
    expect(fined.length).toBeGreaterThan(200);
    for (const penalty of fined) {
      expect(penalty.fineFen).toBeGreaterThan(0);
      expect((penalty.fineFen ?? 0) % 100).toBe(0);
      expect(penalty.content).toContain(`罚款${(penalty.fineFen ?? 0) / 100}元`);
    }
    for (const penalty of penalties.filter((p) => !p.kinds.includes('fine'))) {
      expect(penalty.fineFen).toBeUndefined();
      expect(penalty.content).not.toContain('罚款');
    }
  });

  it('gives confiscations an amount and licence penalties the licence', () => {
    for (const penalty of penalties) {
      const confiscates = penalty.kinds.includes('confiscate_illegal_gains');
      expect(penalty.confiscationFen !== undefined).toBe(confiscates);
      if (confiscates)
        expect(penalty.content).toContain(`没收违法所得${(penalty.confiscationFen ?? 0) / 100}元`);
      const revokes = penalty.kinds.includes('revoke_license');
      expect(penalty.suspendedOrRevokedLicense !== undefined).toBe(revokes);
      if (revokes) expect(penalty.content).toContain(`吊销${penalty.suspendedOrRevokedLicense}`);
    }
  });

  it('writes realistic authorities, decision numbers and legal bases', () => {
    for (const penalty of penalties) {
      expect(penalty.authority).toMatch(
        /^武汉市(?:\p{Script=Han}+区\p{Script=Han}+(?:局|大队)|生态环境局\p{Script=Han}+区分局)$/u,
      );
      expect(penalty.dataSource).toBe(penalty.authority);
      expect(penalty.decisionNo).toMatch(
        new RegExp(`^\\p{Script=Han}+罚〔${penalty.decisionDate.slice(0, 4)}〕\\d+号$`, 'u'),
      );
      expect(penalty.legalBasis).toMatch(/^《\p{Script=Han}+》第[一二三四五六七八九十百零]+条/u);
      expect(penalty.facts).toMatch(/^经查，.*\d{4}年\d{1,2}月\d{1,2}日.+。$/u);
    }
    const districtOf = (name: string): string | undefined =>
      /^武汉市(?:生态环境局)?(\p{Script=Han}{2,3}?)区/u.exec(name)?.[1];
    expect(districtOf('武汉市汉南区市场监督管理局')).toBe('汉南');
    expect(new Set(penalties.map((penalty) => districtOf(penalty.authority))).size).toBe(13);
  });

  it('keeps one USCC per authority across records', () => {
    const byAuthority = new Map<string, Set<string>>();
    for (const penalty of penalties) {
      const codes = byAuthority.get(penalty.authority) ?? new Set();
      codes.add(penalty.authorityUscc);
      byAuthority.set(penalty.authority, codes);
    }
    for (const codes of byAuthority.values()) expect(codes.size).toBe(1);
    for (const penalty of penalties) expect(penalty.authorityUscc).toMatch(/^11420/);
  });

  it('decides within three years before today and publishes by the rule set in force', () => {
    for (const penalty of penalties) {
      const age = daysBetween(penalty.decisionDate, SYNTHETIC_TODAY);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(3 * 365);
      expect(compareDates(penalty.validUntil, penalty.decisionDate)).toBe(1);
      if (penalty.publicationEndDate !== undefined) {
        expect(penalty.validUntil).toBe(penalty.publicationEndDate);
        expect([addMonths(penalty.decisionDate, 12), addMonths(penalty.decisionDate, 36)]).toContain(
          penalty.publicationEndDate,
        );
      } else {
        expect(penalty.severity).toBe('minor');
      }
    }
  });

  it('shapes the record around overridden kinds, subject and decision date', () => {
    const subject = generateSubject(createRandom(1), { category: 'natural_person' });
    const penalty = generatePenaltyRecord(
      createRandom(2),
      { subject, kinds: ['warning', 'fine'], decisionDate: '2024-05-06', remarks: '已履行完毕' },
      { sequence: 12 },
    );
    expect(penalty).toMatchObject({
      subject,
      kinds: ['warning', 'fine'],
      decisionDate: '2024-05-06',
      remarks: '已履行完毕',
    });
    expect(penalty.content).toBe(`警告，罚款${(penalty.fineFen ?? 0) / 100}元`);
    expect(penalty.recordId).toMatch(/^CF-4201\d{2}-000012$/);
  });
});
