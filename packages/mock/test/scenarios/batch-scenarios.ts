import { maskIdNumber, toWireRecord } from '@credit-bridge/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformUnderTest, Transport } from '../support/harness.js';
import { listing, publishedPenalty, rows, subjectOf } from '../support/records.js';
import { freshKey } from '../support/test-client.js';

const SUBMIT = '/api/v1/blacklist/entries:batch';

/** Batches: idempotency, versions and validation. */
export function batchScenarios(transport: Transport): void {
  describe(`batches (${transport.name})`, () => {
    let sut: PlatformUnderTest;
    beforeAll(async () => {
      sut = await transport.open();
    });
    afterEach(() => sut.platform.reset());
    afterAll(() => sut.close());

    it('replays the first answer byte for byte for the same key and body, and changes nothing again', async () => {
      const body = rows('blacklist', listing(1, subjectOf(1)));
      const idempotencyKey = freshKey();
      const first = await sut.client.call('POST', SUBMIT, { body, idempotencyKey });
      const again = await sut.client.call('POST', SUBMIT, { body, idempotencyKey });
      expect(first.json.data.results[0].status).toBe('accepted');
      expect(again.text).toBe(first.text);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      expect(sut.platform.state.data.blacklistFeed.items()).toHaveLength(1);
      expect(sut.platform.journal.count({ idempotencyKey, replayed: true })).toBe(1);
    });

    it('answers 409 E_IDEMPOTENCY_MISMATCH for the same key with another body', async () => {
      const idempotencyKey = freshKey();
      await sut.client.call('POST', SUBMIT, {
        body: rows('blacklist', listing(1, subjectOf(1))),
        idempotencyKey,
      });
      const other = await sut.client.call('POST', SUBMIT, {
        body: rows('blacklist', listing(2, subjectOf(2))),
        idempotencyKey,
      });
      expect(other.status).toBe(409);
      expect(other.json).toMatchObject({
        code: '99',
        error: { code: 'E_IDEMPOTENCY_MISMATCH', details: [{ field: 'Idempotency-Key' }] },
      });
      expect(sut.platform.state.records('blacklist')).toHaveLength(1);
    });

    it('requires a well-formed Idempotency-Key on every batch POST', async () => {
      const body = rows('blacklist', listing(1, subjectOf(1)));
      const missing = await sut.client.call('POST', SUBMIT, { body });
      expect(missing.status).toBe(400);
      expect(missing.json).toMatchObject({
        code: '97',
        error: { code: 'E_REQUIRED', details: [{ field: 'Idempotency-Key' }] },
      });
      const short = await sut.client.call('POST', SUBMIT, { body, idempotencyKey: 'short' });
      expect(short.json).toMatchObject({ code: '98', error: { code: 'E_PARAM_TYPE' } });
      expect(sut.platform.state.records('blacklist')).toHaveLength(0);
    });

    it('stores newer versions, answers duplicate for the same version and rejects an older one', async () => {
      const subject = subjectOf(3);
      const v1 = listing(3, subject, { version: 1 });
      const v2 = { ...v1, version: 2, reason: `${v1.reason}（更正）` };
      const send = (record: typeof v1) =>
        sut.client.call('POST', SUBMIT, { body: rows('blacklist', record), idempotencyKey: freshKey() });
      expect((await send(v1)).json.data.results[0].status).toBe('accepted');
      expect((await send(v1)).json.data).toMatchObject({
        accepted: 0,
        duplicate: 1,
        results: [{ status: 'duplicate' }],
      });
      expect((await send(v2)).json.data.results[0].status).toBe('accepted');
      const stale = await send(v1);
      expect(stale.json.data.results[0]).toEqual({
        index: 0,
        recordId: v1.recordId,
        status: 'rejected',
        errors: [
          {
            code: 'E_STALE_VERSION',
            field: 'RECORD_VERSION',
            message: 'version 1 is older than the stored version 2',
          },
        ],
      });
      const types = sut.platform.state.data.blacklistFeed.items().map((item) => item.changeType);
      expect(types).toEqual(['listed', 'updated']);
    });

    it('judges records one by one in input order, with masked messages and wire field names', async () => {
      const person = subjectOf(4, 'natural_person');
      if (person.category !== 'natural_person') throw new Error('expected a natural person');
      const good = publishedPenalty(4, subjectOf(5));
      const badId = `${person.idNumber.slice(0, 17)}${person.idNumber.endsWith('0') ? '1' : '0'}`;
      const bad = publishedPenalty(6, { ...person, idNumber: badId });
      const row = { ...toWireRecord('penalty', bad), XH: '1' };
      const result = await sut.client.call('POST', '/api/v1/penalties:batch', {
        body: { records: [toWireRecord('penalty', good), row, 'not a record'] },
        idempotencyKey: freshKey(),
      });
      expect(result.status).toBe(200);
      expect(result.json.data).toMatchObject({ received: 3, accepted: 1, rejected: 2 });
      const [first, second, third] = result.json.data.results;
      expect(first).toEqual({ index: 0, recordId: good.recordId, status: 'accepted' });
      expect(second.status).toBe('rejected');
      expect(second.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'E_UNKNOWN_FIELD', field: 'XH' }),
          expect.objectContaining({ code: 'E_ID_CHECKSUM', field: 'CF_XDR_ZJHM' }),
        ]),
      );
      expect(third).toMatchObject({
        index: 2,
        recordId: null,
        status: 'rejected',
        errors: [{ code: 'E_TYPE' }],
      });
      expect(result.text).not.toContain(badId);
      const journalled = JSON.stringify(sut.platform.journal.last({ operation: 'penaltiesSubmit' }));
      expect(journalled).not.toContain(badId);
      expect(journalled).toContain(maskIdNumber(badId));
    });

    it('rejects malformed bodies, wrong media types and batches over the limits without storing anything', async () => {
      const post = (body: unknown, options: { contentType?: string } = {}) =>
        sut.client.call('POST', SUBMIT, { body, idempotencyKey: freshKey(), ...options });
      expect((await post('{"records": [')).json).toMatchObject({
        code: '96',
        error: { code: 'E_BODY_MALFORMED' },
      });
      expect((await post({ records: [] })).json).toMatchObject({
        code: '96',
        error: { code: 'E_VALIDATION' },
      });
      expect((await post({})).json).toMatchObject({ code: '97', error: { code: 'E_REQUIRED' } });
      const media = await post(rows('blacklist', listing(1, subjectOf(1))), { contentType: 'text/plain' });
      expect(media.status).toBe(415);
      expect(media.json.error.code).toBe('E_UNSUPPORTED_MEDIA_TYPE');
      const tooMany = await post({ records: Array.from({ length: 501 }, () => ({})) });
      expect(tooMany.status).toBe(413);
      expect(tooMany.json.error).toEqual({
        code: 'E_BATCH_TOO_LARGE',
        details: [{ code: 'E_BATCH_TOO_LARGE', field: 'records', message: '501 records; the limit is 500' }],
      });
      const huge = await post(`{"records":["${'x'.repeat(4 * 1024 * 1024)}"]}`);
      expect(huge.status).toBe(413);
      expect(huge.json.error.code).toBe('E_PAYLOAD_TOO_LARGE');
      expect(sut.platform.state.summary().records.blacklist).toBe(0);
    });

    it('answers 404 E_NOT_FOUND for an unknown path', async () => {
      const result = await sut.client.call('GET', '/api/v1/nothing-here');
      expect(result.status).toBe(404);
      expect(result.json).toMatchObject({ code: '99', error: { code: 'E_NOT_FOUND' } });
    });
  });
}
