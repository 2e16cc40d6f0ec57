import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformUnderTest, Transport } from '../support/harness.js';
import { checkQuery, keyOf, listing, rows, subjectOf } from '../support/records.js';
import { freshKey } from '../support/test-client.js';

/** Blacklist checks, batch checks and the change feed with its cursors. */
export function blacklistScenarios(transport: Transport): void {
  describe(`blacklist (${transport.name})`, () => {
    let sut: PlatformUnderTest;
    beforeAll(async () => {
      sut = await transport.open();
    });
    afterEach(() => sut.platform.reset());
    afterAll(() => sut.close());
    const submit = (...records: ReturnType<typeof listing>[]) =>
      sut.client.call('POST', '/api/v1/blacklist/entries:batch', {
        body: rows('blacklist', ...records),
        idempotencyKey: freshKey(),
      });

    it('checks one subject by USCC or identity number, normalised, and forgets removals', async () => {
      const company = subjectOf(10);
      const person = subjectOf(11, 'natural_person');
      const companyEntry = listing(10, company);
      await submit(companyEntry, listing(11, person));
      const listed = await sut.client.call(
        'GET',
        `/api/v1/blacklist/check?${checkQuery(company).toLowerCase()}`,
      );
      expect(listed.json.data).toMatchObject({
        listed: true,
        entries: [{ RECORD_ID: companyEntry.recordId }],
      });
      expect(listed.json.data.checkedAt).toBe('2026-07-15T10:00:00+08:00');
      expect(
        (await sut.client.call('GET', `/api/v1/blacklist/check?${checkQuery(person)}`)).json.data.listed,
      ).toBe(true);
      const other = await sut.client.call('GET', `/api/v1/blacklist/check?${checkQuery(subjectOf(12))}`);
      expect(other.json.data).toEqual({ listed: false, entries: [], checkedAt: '2026-07-15T10:00:00+08:00' });

      await submit({
        ...companyEntry,
        version: 2,
        action: 'remove',
        removedDate: '2026-07-01',
        removalReason: '提前移出',
        removalAuthority: companyEntry.authority,
      });
      expect(
        (await sut.client.call('GET', `/api/v1/blacklist/check?${checkQuery(company)}`)).json.data.listed,
      ).toBe(false);
    });

    it('rejects a check without exactly one valid identifier', async () => {
      const none = await sut.client.call('GET', '/api/v1/blacklist/check');
      expect(none.json).toMatchObject({ code: '97', error: { code: 'E_REQUIRED' } });
      const both = await sut.client.call(
        'GET',
        `/api/v1/blacklist/check?${checkQuery(subjectOf(1))}&idNumber=x`,
      );
      expect(both.json).toMatchObject({ code: '98', error: { code: 'E_PARAM_TYPE' } });
      const bad = await sut.client.call('GET', '/api/v1/blacklist/check?uscc=91420103CB0001019B');
      expect(bad.status).toBe(400);
      expect(bad.json.error.details[0]).toMatchObject({ code: 'E_USCC_CHECKSUM', field: 'uscc' });
    });

    it('checks a batch of subjects in input order, with invalid ones marked', async () => {
      const company = subjectOf(13);
      await submit(listing(13, company));
      const result = await sut.client.call('POST', '/api/v1/blacklist/check:batch', {
        body: { subjects: [keyOf(subjectOf(14)), keyOf(company), { idNumber: '420111199302170465' }] },
        idempotencyKey: freshKey(),
      });
      expect(result.status).toBe(200);
      const [first, second, third] = result.json.data.results;
      expect(first).toEqual({ index: 0, status: 'not_listed' });
      expect(second).toMatchObject({ index: 1, status: 'listed', entries: [{ SXMD_ZTMC: company.name }] });
      expect(third).toMatchObject({
        index: 2,
        status: 'invalid',
        errors: [{ code: 'E_ID_CHECKSUM', field: 'idNumber' }],
      });
      expect(result.text).not.toContain('420111199302170465');

      const tooMany = await sut.client.call('POST', '/api/v1/blacklist/check:batch', {
        body: { subjects: Array.from({ length: 1001 }, () => keyOf(company)) },
        idempotencyKey: freshKey(),
      });
      expect(tooMany.status).toBe(413);
      const shape = await sut.client.call('POST', '/api/v1/blacklist/check:batch', {
        body: { subjects: [{ uscc: 'x', idNumber: 'y' }] },
        idempotencyKey: freshKey(),
      });
      expect(shape.json).toMatchObject({ code: '96', error: { code: 'E_VALIDATION' } });
    });

    it('pages the change feed with opaque cursors and picks up later changes at the head', async () => {
      await submit(listing(20, subjectOf(20)), listing(21, subjectOf(21)), listing(22, subjectOf(22)));
      const page1 = await sut.client.call('GET', '/api/v1/blacklist/changes?limit=2');
      expect(page1.json.data.items).toHaveLength(2);
      expect(page1.json.data.hasMore).toBe(true);
      expect(page1.json.data.items[0]).toMatchObject({
        changeType: 'listed',
        version: '1',
        changedAt: '2026-07-15T10:00:00+08:00',
      });
      const page2 = await sut.client.call(
        'GET',
        `/api/v1/blacklist/changes?limit=2&cursor=${page1.json.data.nextCursor}`,
      );
      expect(page2.json.data.items).toHaveLength(1);
      expect(page2.json.data.hasMore).toBe(false);
      const head = page2.json.data.nextCursor;
      const empty = await sut.client.call('GET', `/api/v1/blacklist/changes?cursor=${head}`);
      expect(empty.json.data).toEqual({ items: [], nextCursor: head, hasMore: false });
      await submit(listing(23, subjectOf(23)));
      const later = await sut.client.call('GET', `/api/v1/blacklist/changes?cursor=${head}`);
      expect(later.json.data.items.map((item: { recordId: string }) => item.recordId)).toEqual([
        listing(23, subjectOf(23)).recordId,
      ]);
      const ids = [...page1.json.data.items, ...page2.json.data.items].map(
        (item: { cursor: string }) => item.cursor,
      );
      expect(new Set(ids).size).toBe(3);
    });

    it('rejects a foreign cursor and a limit out of range', async () => {
      const foreign = await sut.client.call('GET', '/api/v1/blacklist/changes?cursor=r1-0000000000000001');
      expect(foreign.json).toMatchObject({
        code: '98',
        error: { code: 'E_PARAM_TYPE', details: [{ field: 'cursor' }] },
      });
      for (const limit of ['0', '501', 'ten', '1.5']) {
        const result = await sut.client.call('GET', `/api/v1/blacklist/changes?limit=${limit}`);
        expect(result.json.error.details[0].field, limit).toBe('limit');
      }
    });
  });
}
