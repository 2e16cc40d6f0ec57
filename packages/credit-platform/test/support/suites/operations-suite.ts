import { generateRecords } from '@credit-bridge/core/testing';
import { isContractError, isTimeoutError } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, subjectKeyOf } from '../../../src/index.js';
import type { FixtureFactory } from '../platform-fixture.js';
import { byRecordId, MALFORMED_SUBJECT, runScenario, scenarioData } from '../scenario.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every operation against the simulated platform, with the contract's own profile. */
export function operationsSuite(factory: FixtureFactory): void {
  describe('operations', () => {
    const fixture = factory();

    it('a full run returns, in input order, what the platform judged and holds', async () => {
      const data = scenarioData(21);
      const run = await runScenario(fixture.client(), data);
      const { state } = fixture.platform;

      expect(
        run.submitted.blacklist.results.map((result) => [result.index, result.recordId, result.status]),
      ).toEqual(data.blacklist.map((entry, index) => [index, entry.recordId, 'accepted']));
      const penalties = run.submitted.penalties;
      expect(penalties.results[3]).toMatchObject({ index: 3, status: 'rejected', judgedBy: 'client' });
      expect(penalties.results[3]?.errors?.[0]).toMatchObject({
        code: 'E_USCC_CHECKSUM',
        field: expect.stringMatching(/^CF_/),
      });
      expect(penalties.accepted).toBe(data.penalties.length - 1);
      expect(
        state
          .records('penalty')
          .map((record) => record.recordId)
          .sort(),
      ).toEqual(
        data.penalties
          .filter((_, index) => index !== 3)
          .map((record) => record.recordId)
          .sort(),
      );
      expect(run.submitted.licenses.accepted).toBe(data.licenses.length);
      expect(run.submitted.repairs.accepted).toBe(data.repairs.length);

      // Within 24 h the same batches are replayed: the first answer again, nothing stored twice.
      expect(run.rerun.batches.every((batch) => batch.replayed)).toBe(true);
      expect(run.rerun.results).toEqual(penalties.results);

      for (const [index, check] of run.checks.entries()) {
        const entry = data.blacklist[index];
        expect(check.listed).toBe(check.entries.length > 0);
        expect(check.entries.every((listed) => listed.subject.name === entry?.subject.name)).toBe(true);
        expect(run.many[index]).toMatchObject({ index, status: check.listed ? 'listed' : 'not_listed' });
        expect(run.many[index]?.entries).toEqual(check.entries);
      }
      expect(run.many).toHaveLength(data.blacklist.length + 4);
      expect(run.many.map((result) => result.index)).toEqual(run.many.map((_, index) => index));
      expect(run.many[data.blacklist.length]).toMatchObject({
        status: 'invalid',
        subject: MALFORMED_SUBJECT,
        errors: [{ code: 'E_PARAM_TYPE', field: 'uscc' }],
      });

      // Batches go out sorted by (record id, version), so that is the order the platform applied them in.
      expect(run.blacklistChanges.map((change) => change.record)).toEqual(byRecordId(data.blacklist));
      expect(run.cursors.stoppedAt).toBe(run.blacklistChanges[6]?.cursor);
      expect(run.cursors.head).toBe(run.blacklistChanges.at(-1)?.cursor);
      expect(run.repairChanges.map((change) => change.record)).toEqual(byRecordId(data.repairs));
      expect(run.repair).toEqual(data.repairs[0]);

      expect(run.report.subject).toMatchObject({ name: data.blacklist[0]?.subject.name });
      expect(run.report.sections.map((section) => section.key)).toEqual([
        'penalties',
        'licenses',
        'blacklist',
        'repairs',
      ]);
      expect(run.verification).toMatchObject({ reportNo: run.report.reportNo, valid: true });
      expect(run.forged).toEqual({ reportNo: run.report.reportNo, valid: false });
      expect(run.fetched).toEqual(run.report);
      expect(state.summary().reportTasks).toEqual({ pending: 0, ready: 1, failed: 0 });
    });

    it('splits batches by record count and by body bytes, and merges results in input order', async () => {
      const client = fixture.client();
      const many = generateRecords('penalty', { seed: 5, count: 1_100 });
      const outcome = await client.penalties.submit([...many].reverse());
      expect(outcome.batches.map((batch) => batch.records)).toEqual([500, 500, 100]);
      expect(outcome.results.map((result) => result.recordId)).toEqual(
        [...many].reverse().map((record) => record.recordId),
      );
      expect(outcome.accepted).toBe(1_100);

      // ~1.3 MB of facts per record: three fit in the contract's 4 MiB body, a 5 MB one fits in none.
      const facts = (size: number) => '当事人违法事实（测试）'.repeat(Math.ceil(size / 33));
      const big = generateRecords('penalty', { seed: 6, count: 8 }).map((record, index) => ({
        ...record,
        facts: facts(index === 5 ? 5_000_000 : 1_300_000),
      }));
      const heavy = await client.penalties.submit(big);
      expect(heavy.batches.map((batch) => batch.records)).toEqual([3, 3, 1]);
      expect(heavy.batches.every((batch) => batch.bytes <= 4 * 1024 * 1024)).toBe(true);
      expect(heavy.results[5]).toMatchObject({
        status: 'rejected',
        judgedBy: 'client',
        errors: [{ code: 'E_PAYLOAD_TOO_LARGE' }],
      });
      expect(heavy.results.filter((result) => result.status === 'rejected')).toHaveLength(1);
    });

    it('sends a record encoded beforehand with client.encode as it is, and only its own encodings', async () => {
      const client = fixture.client();
      const records = generateRecords('penalty', { seed: 31, count: 6 });
      const encoded: (ReturnType<typeof client.encode<'penalty'>> | undefined)[] = records.map((record) =>
        client.encode('penalty', record),
      );
      const first = encoded[0];
      expect(first?.bytes).toBe(Buffer.byteLength(first?.json ?? ''));
      expect(JSON.parse(first?.json ?? '{}')).toMatchObject({ RECORD_ID: records[0]?.recordId });
      // A look-alike the client did not make, and one made for another record object, are not sent.
      const forged = { ...(first as NonNullable<typeof first>), json: '{"RECORD_ID":"CF-FORGED-1"}' };
      encoded[1] = forged;
      encoded[2] = client.encode('penalty', { ...(records[2] as (typeof records)[number]) });
      encoded[3] = undefined;
      const outcome = await client.penalties.submit(records, { encoded });
      expect(outcome.accepted).toBe(records.length);
      const stored = fixture.platform.state.records('penalty');
      expect(stored.map((record) => record.recordId).sort()).toEqual(
        records.map((record) => record.recordId).sort(),
      );
      expect(stored.find((record) => record.recordId === records[1]?.recordId)).toEqual(records[1]);
      expect(() =>
        client.encode('penalty', { ...(records[0] as (typeof records)[number]), fineFen: 0.5 }),
      ).toThrow(expect.objectContaining({ code: 'E_WIRE_VALUE' }));
    });

    it('the same records in any order form the same batches; a re-run days later is judged duplicate', async () => {
      const client = fixture.client();
      const records = generateRecords('license', { seed: 8, count: 30 });
      const first = await client.licenses.submit(records);
      const shuffled = await client.licenses.submit([...records.slice(15), ...records.slice(0, 15)]);
      expect(shuffled.batches.map((batch) => [batch.idempotencyKey, batch.replayed])).toEqual(
        first.batches.map((batch) => [batch.idempotencyKey, true]),
      );
      fixture.clock.advance(3 * DAY_MS);
      const later = await client.licenses.submit(records);
      expect(later.batches.map((batch) => batch.idempotencyKey)).toEqual(
        first.batches.map((batch) => batch.idempotencyKey),
      );
      expect(later.results.every((result) => result.status === 'duplicate')).toBe(true);
      expect(fixture.platform.state.summary().records.license).toBe(30);
      expect(first.batches[0]?.idempotencyKey).toMatch(/^[A-Za-z0-9-]{16,64}$/);
    });

    it('reports: a company without an authorization, a failed task, a timeout, a natural person without consent', async () => {
      const client = fixture.client();
      const entries = generateRecords('blacklist', { seed: 9, count: 6 });
      await client.blacklist.submit(entries);
      const company = entries.find((entry) => entry.subject.category === 'legal_person');
      const person = entries.find((entry) => entry.subject.category === 'natural_person');
      if (company === undefined || person === undefined)
        throw new Error('the seed needs both kinds of subject');

      const report = await client.reports.get(company.subject, { purpose: '行政审批（测试）' });
      expect(report.subject).toEqual({
        category: 'legal_person',
        name: company.subject.name,
        ...subjectKeyOf(company.subject),
      });
      const { entries: inPublication } = await client.blacklist.check(company.subject);
      expect(report.sections.find((section) => section.key === 'blacklist')?.items).toEqual(inPublication);

      const mismatch = client.reports.get(company.subject, {
        purpose: '测试',
        subjectName: '另一家示例公司',
      });
      await expect(mismatch).rejects.toMatchObject({
        code: 'E_REPORT_FAILED',
        details: { failure: { code: 'E_SUBJECT_NAME_MISMATCH' } },
      });

      const slow = client.reports.get(company.subject, { purpose: '测试', timeoutMs: 1_500 });
      const error = await slow.catch((caught: unknown) => caught);
      expect(isTimeoutError(error) && error.deadline === 'total').toBe(true);

      const sentBefore = fixture.sent.length;
      await expect(client.reports.get(person.subject, { purpose: '测试' })).rejects.toMatchObject({
        code: 'E_ARGUMENT',
      });
      await expect(client.blacklist.check({ idNumber: '4201' })).rejects.toMatchObject({
        code: 'E_ARGUMENT',
      });
      expect(fixture.sent.length).toBe(sentBefore);
    });

    it('unknown ids are platform errors; a broken answer is a contract error with its path', async () => {
      const client = fixture.client();
      const missing = await client.repairs.get('XYXF-NONE').catch((caught: unknown) => caught);
      expect(errorCodeOf(missing)).toBe('E_NOT_FOUND');
      fixture.platform.faults.script('blacklistCheck', { kind: 'malformed-json' });
      const broken = await client.blacklist
        .check({ uscc: '91420111CB0001035J' })
        .catch((caught: unknown) => caught);
      expect(isContractError(broken)).toBe(true);
    });
  });
}
