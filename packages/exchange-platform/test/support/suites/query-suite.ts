import { createRandom, generateUscc } from '@credit-bridge/core/testing';
import { describe, expect, it } from 'vitest';
import { RECEIVER } from '../departments.js';
import type { FixtureFactory } from '../exchange-fixture.js';
import { BROKEN_PENALTY, scenarioData } from '../scenario.js';

const WHY = { purpose: '政府采购供应商资格审查（测试）', authorizationRef: 'SQ-420113-2026-000031' };
// A valid USCC of which the platform holds nothing.
const NOBODY = { uscc: generateUscc(createRandom(4242)) };

/** The catalog and shared queries against the simulated platform. */
export function querySuite(factory: FixtureFactory): void {
  describe('catalog and shared queries', () => {
    const fixture = factory();

    it('reads the catalog, validated', async () => {
      const resources = await fixture.receiver().catalog();
      expect(resources.map((resource) => [resource.resourceCode, resource.messageType])).toEqual([
        ['WH-XZCF', 'XZCF'],
        ['WH-XZXK', 'XZXK'],
        ['WH-SXMD', 'SXMD'],
        ['WH-XYXF', 'XYXF'],
        ['WH-XYBG', 'XYBG'],
      ]);
      expect(resources[0]?.fields).toContain('CF_XDR_SHXYM');
    });

    it("answers a subject's blacklist entries and latest report as typed records", async () => {
      const data = scenarioData(51);
      const publisher = fixture.publisher();
      const to = { receiverCode: RECEIVER.code };
      await publisher.publish(data.blacklist, { ...to, messageType: 'SXMD' });
      await publisher.publish(data.penalties, { ...to, messageType: 'XZCF' });
      const receiver = fixture.receiver();

      const listedEntry = data.blacklist.find(
        (entry) => entry.action === 'list' && entry.subject.category !== 'natural_person',
      );
      if (listedEntry === undefined || !('uscc' in listedEntry.subject))
        throw new Error('the seed needs a listing');
      const status = await receiver.query({ uscc: listedEntry.subject.uscc }, 'blacklist', WHY);
      expect(status).toMatchObject({ queryType: 'blacklist_status', listed: true });
      expect(status.entries).toContainEqual(listedEntry);
      expect(await receiver.query(NOBODY, 'blacklist', WHY)).toMatchObject({ listed: false, entries: [] });

      // A company's penalty still in publication on the platform's today (2026-06-30).
      const penalty = data.penalties.find(
        (record, index) =>
          index !== BROKEN_PENALTY &&
          'uscc' in record.subject &&
          record.severity !== 'minor' &&
          (record.publicationEndDate ?? '9999-12-31') >= '2026-06-30',
      );
      if (penalty === undefined || !('uscc' in penalty.subject))
        throw new Error('the seed needs a penalised company');
      const answer = await receiver.query({ uscc: penalty.subject.uscc }, 'report', WHY);
      if (!answer.found) throw new Error('expected a report');
      expect(answer.report.subject).toMatchObject({ uscc: penalty.subject.uscc, name: penalty.subject.name });
      expect(answer.report.penalties).toContainEqual(penalty);
      expect(answer.report.purpose).toBe(WHY.purpose);
      const again = await receiver.query({ uscc: penalty.subject.uscc }, 'report', {
        ...WHY,
        reportNo: answer.report.reportNo,
      });
      expect(again.found && again.report).toEqual(answer.report);
      expect(await receiver.query(NOBODY, 'report', WHY)).toMatchObject({ found: false });
      expect(fixture.platform.state.queries().map((query) => query.purpose)).toEqual(
        Array(5).fill(WHY.purpose),
      );
    });

    it('refuses a malformed subject, purpose or report number before sending anything', async () => {
      const receiver = fixture.receiver();
      const cases = [
        receiver.query({ uscc: '9142' }, 'blacklist', WHY),
        receiver.query({ idNumber: '42010319880512031' }, 'blacklist', WHY),
        receiver.query({ uscc: NOBODY.uscc, idNumber: '420103198805120317' } as never, 'report', WHY),
        receiver.query(NOBODY, 'report', { ...WHY, purpose: '' }),
        receiver.query(NOBODY, 'blacklist', { ...WHY, reportNo: 'XYBG42010020260106000017' }),
      ];
      for (const call of cases) await expect(call).rejects.toMatchObject({ code: 'E_ARGUMENT' });
      expect(fixture.sent).toHaveLength(0);
    });
  });
}
