import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformUnderTest, Transport } from '../support/harness.js';
import {
  approvedRepair,
  checkQuery,
  keyOf,
  listing,
  publishedPenalty,
  rows,
  subjectOf,
} from '../support/records.js';
import { freshKey } from '../support/test-client.js';

/** Repairs ending publication, and reports generated asynchronously from the current state. */
export function repairAndReportScenarios(transport: Transport): void {
  describe(`repairs and reports (${transport.name})`, () => {
    let sut: PlatformUnderTest;
    beforeAll(async () => {
      sut = await transport.open();
    });
    afterEach(() => sut.platform.reset());
    afterAll(() => sut.close());
    const post = (path: string, body: unknown) =>
      sut.client.call('POST', path, { body, idempotencyKey: freshKey() });

    it('ends publication of a penalty and delists a blacklist entry on an approved repair, and shows it in the feeds', async () => {
      const company = subjectOf(30);
      const penalty = publishedPenalty(30, company);
      const entry = listing(31, company);
      await post('/api/v1/penalties:batch', rows('penalty', penalty));
      await post('/api/v1/blacklist/entries:batch', rows('blacklist', entry));
      expect(sut.platform.state.isPublished('penalty', penalty.recordId)).toBe(true);
      expect(sut.platform.state.isPublished('blacklist', entry.recordId)).toBe(true);

      const ofPenalty = approvedRepair(32, { recordType: 'penalty', recordId: penalty.recordId }, company);
      const ofEntry = approvedRepair(33, { recordType: 'blacklist', recordId: entry.recordId }, company);
      const result = await post('/api/v1/credit-repairs:batch', rows('repair', ofPenalty, ofEntry));
      expect(result.json.data.accepted).toBe(2);
      expect(sut.platform.state.isPublished('penalty', penalty.recordId)).toBe(false);
      expect(
        (await sut.client.call('GET', `/api/v1/blacklist/check?${checkQuery(company)}`)).json.data.listed,
      ).toBe(false);

      const feed = await sut.client.call('GET', '/api/v1/blacklist/changes');
      expect(feed.json.data.items.at(-1)).toMatchObject({
        changeType: 'publication_ended',
        recordId: entry.recordId,
        version: String(entry.version),
        repairId: ofEntry.recordId,
      });
      const repairs = await sut.client.call('GET', '/api/v1/credit-repairs/changes');
      expect(
        repairs.json.data.items.map((item: { repairId: string; changeType: string }) => [
          item.repairId,
          item.changeType,
        ]),
      ).toEqual([
        [ofPenalty.recordId, 'created'],
        [ofEntry.recordId, 'created'],
      ]);
      const fetched = await sut.client.call(
        'GET',
        `/api/v1/credit-repairs/${encodeURIComponent(ofEntry.recordId)}`,
      );
      expect(fetched.json.data).toMatchObject({ RECORD_ID: ofEntry.recordId, XYXF_MBBH: entry.recordId });
      expect((await sut.client.call('GET', '/api/v1/credit-repairs/XYXF-none')).status).toBe(404);
    });

    it('generates a report after the delay from the state at that time, and verifies it', async () => {
      const company = subjectOf(40);
      const penalty = publishedPenalty(40, company);
      const repaired = publishedPenalty(41, company);
      await post('/api/v1/penalties:batch', rows('penalty', penalty, repaired));
      await post('/api/v1/blacklist/entries:batch', rows('blacklist', listing(42, company)));
      await post(
        '/api/v1/credit-repairs:batch',
        rows('repair', approvedRepair(43, { recordType: 'penalty', recordId: repaired.recordId }, company)),
      );

      const created = await sut.client.call('POST', '/api/v1/credit-reports', {
        body: {
          subject: keyOf(company),
          subjectName: company.name,
          purpose: '政府采购供应商资格审查',
          authorizationRef: 'SQ-1',
        },
      });
      expect(created.status).toBe(202);
      const { taskId } = created.json.data;
      expect(created.json.data).toEqual({
        taskId,
        status: 'pending',
        createdAt: '2026-07-15T10:00:00+08:00',
      });
      expect(created.headers.get('location')).toBe(`/api/v1/credit-reports/tasks/${taskId}`);
      expect(created.headers.get('retry-after')).toBe('2');
      expect((await sut.client.call('GET', `/api/v1/credit-reports/tasks/${taskId}`)).json.data.status).toBe(
        'pending',
      );

      sut.clock.advance(2_000);
      const ready = await sut.client.call('GET', `/api/v1/credit-reports/tasks/${taskId}`);
      expect(ready.json.data).toMatchObject({ status: 'ready', completedAt: '2026-07-15T10:00:02+08:00' });
      const report = ready.json.data.report;
      expect(report.XYBG_BGBH).toMatch(/^XYBG42010020260715\d{6}$/);
      expect(report).toMatchObject({
        XYBG_ZTMC: company.name,
        XYBG_CXYT: '政府采购供应商资格审查',
        XYBG_SJJZRQ: '2026-07-15',
      });
      expect(report.XYBG_XZCF.map((row: { RECORD_ID: string }) => row.RECORD_ID)).toEqual([penalty.recordId]);
      expect(report.XYBG_SXMD).toHaveLength(1);
      expect(report.XYBG_XYXF).toHaveLength(1);

      const again = await sut.client.call('GET', `/api/v1/credit-reports/${report.XYBG_BGBH}`);
      expect(again.json.data).toEqual(report);
      const verified = await sut.client.call(
        'GET',
        `/api/v1/credit-reports/${report.XYBG_BGBH}/verification?code=${report.XYBG_YZM}`,
      );
      expect(verified.json.data).toMatchObject({
        reportNo: report.XYBG_BGBH,
        valid: true,
        subjectName: company.name,
      });
      const wrong = report.XYBG_YZM === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA';
      const invalid = await sut.client.call(
        'GET',
        `/api/v1/credit-reports/${report.XYBG_BGBH}/verification?code=${wrong}`,
      );
      expect(invalid.json.data).toEqual({ reportNo: report.XYBG_BGBH, valid: false });
      expect((await sut.client.call('GET', '/api/v1/credit-reports/XYBG42010020260715999999')).status).toBe(
        404,
      );
    });

    it('fails tasks for an unknown subject, an identifier failing its check and a name that does not match', async () => {
      const company = subjectOf(50);
      await post('/api/v1/blacklist/entries:batch', rows('blacklist', listing(50, company)));
      const ask = async (body: Record<string, unknown>) => {
        const created = await sut.client.call('POST', '/api/v1/credit-reports', {
          body: { purpose: '评优评先', authorizationRef: 'SQ-2', ...body },
        });
        return created.json.data.taskId as string;
      };
      const unknown = await ask({ subject: keyOf(subjectOf(51)) });
      const invalid = await ask({ subject: { uscc: '91420103CB0001019B' } });
      const mismatch = await ask({ subject: keyOf(company), subjectName: '武汉别的公司' });
      sut.clock.advance(5_000);
      const failure = async (taskId: string) =>
        (await sut.client.call('GET', `/api/v1/credit-reports/tasks/${taskId}`)).json.data;
      expect(await failure(unknown)).toMatchObject({
        status: 'failed',
        failure: { code: 'E_SUBJECT_UNKNOWN' },
      });
      expect(await failure(invalid)).toMatchObject({
        status: 'failed',
        failure: { code: 'E_USCC_CHECKSUM', field: 'uscc' },
      });
      expect(await failure(mismatch)).toMatchObject({
        status: 'failed',
        failure: { code: 'E_SUBJECT_NAME_MISMATCH', field: 'subjectName' },
      });
      expect((await sut.client.call('GET', '/api/v1/credit-reports/tasks/no-such-task')).status).toBe(404);
      const missing = await sut.client.call('POST', '/api/v1/credit-reports', {
        body: { subject: keyOf(company) },
      });
      expect(missing.json).toMatchObject({
        code: '97',
        error: { code: 'E_REQUIRED', details: [{ field: 'purpose' }] },
      });
    });
  });
}
