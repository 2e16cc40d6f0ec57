import { decodeExchangeMessage, measureExchangeRecord, type PenaltyRecord } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { isContractError, isPlatformError } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import { exchangeErrorCodeOf } from '../../../src/index.js';
import { PUBLISHER, RECEIVER, UNKNOWN_DEPARTMENT } from '../departments.js';
import type { FixtureFactory } from '../exchange-fixture.js';
import { BROKEN_PENALTY, scenarioData } from '../scenario.js';
import { xsdErrors } from '../xsd.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const XZCF = { messageType: 'XZCF', receiverCode: RECEIVER.code, resourceCode: 'WH-XZCF' } as const;
const facts = (size: number) => '当事人违法事实（测试）'.repeat(Math.ceil(size / 33));

/** The bodies the clients of a fixture published, as sent. */
function publishedBodies(sent: readonly { url: string; method: string; body?: unknown }[]): Uint8Array[] {
  return sent
    .filter((request) => request.method === 'POST' && request.url.endsWith('/exchange/v1/messages'))
    .map((request) => request.body as Uint8Array);
}

/** Publishing against the simulated platform. */
export function publishSuite(factory: FixtureFactory): void {
  describe('publish', () => {
    const fixture = factory();

    it('publishes every type; one verified result per record, in input order, partial acceptance as data', async () => {
      const data = scenarioData(21);
      const client = fixture.publisher();
      const penalties = await client.publish([...data.penalties].reverse(), XZCF);
      const reversed = [...data.penalties].reverse();
      expect(penalties.results.map((result) => [result.index, result.recordId])).toEqual(
        reversed.map((record, index) => [index, record.recordId]),
      );
      const brokenAt = reversed.length - 1 - BROKEN_PENALTY;
      expect(penalties.results[brokenAt]).toMatchObject({
        status: 'rejected',
        judgedBy: 'receipt',
        errors: [{ code: 'E_USCC_CHECKSUM', field: expect.stringMatching(/^CF_/) }],
      });
      expect(penalties).toMatchObject({ accepted: data.penalties.length - 1, duplicate: 0, rejected: 1 });
      expect(penalties.messages).toHaveLength(1);
      expect(penalties.messages[0]?.receipt?.status).toBe('PARTIAL');

      for (const [records, messageType] of [
        [data.licenses, 'XZXK'],
        [data.blacklist, 'SXMD'],
        [data.repairs, 'XYXF'],
      ] as const) {
        const outcome = await client.publish(records, { messageType, receiverCode: RECEIVER.code });
        expect(outcome.accepted).toBe(records.length);
        expect(outcome.messages[0]?.receipt?.status).toBe('ACCEPTED');
      }
      const { state } = fixture.platform;
      expect(state.summary().records).toEqual({
        penalty: data.penalties.length - 1,
        license: data.licenses.length,
        blacklist: data.blacklist.length,
        repair: data.repairs.length,
      });
      const delivered = state.inboxes.entries(RECEIVER.code);
      expect(delivered.map((entry) => entry.messageType)).toEqual(['XZCF', 'XZXK', 'SXMD', 'XYXF']);
      // What the receiver gets is what was published, byte for byte.
      const first = decodeExchangeMessage(delivered[0]?.bytes ?? new Uint8Array());
      expect(first.messageType === 'XZCF' && first.records.map((record) => record.recordId)).toEqual(
        [...data.penalties].map((record) => record.recordId).sort(),
      );
    });

    it('splits by the record limit and by bytes, and keeps back what cannot be sent', async () => {
      const client = fixture.publisher();
      const many = generateRecords('penalty', { seed: 5, count: 1_001 });
      const outcome = await client.publish(many, XZCF);
      expect(outcome.messages.map((message) => message.records)).toEqual([500, 500, 1]);
      expect(outcome.results.map((result) => result.recordId)).toEqual(many.map((record) => record.recordId));
      expect(outcome.accepted).toBe(1_001);
      expect(new Set(outcome.messages.map((message) => message.messageId)).size).toBe(3);

      // ~1.3 MB of facts per record: three fit in the contract's 4 MiB, a 5 MB one fits in none.
      const big = generateRecords('penalty', { seed: 6, count: 6 }).map((record, index) => ({
        ...record,
        recordId: `CF-HEAVY-${index}`,
        facts: facts(index === 4 ? 5_000_000 : 1_300_000),
      })) as PenaltyRecord[];
      const heavy = await client.publish(big, XZCF);
      expect(heavy.messages.map((message) => message.records)).toEqual([3, 2]);
      expect(heavy.messages.every((message) => message.bytes <= 4 * 1024 * 1024)).toBe(true);
      expect(heavy.results[4]).toMatchObject({
        status: 'rejected',
        judgedBy: 'client',
        errors: [{ code: 'E_XML_TOO_LARGE' }],
      });
      expect(heavy.results.filter((result) => result.status === 'accepted')).toHaveLength(5);
    });

    it('measures records in its own encoding, and plans a publication with the measurements it kept', async () => {
      const [record] = generateRecords('penalty', { seed: 7, count: 1 }) as [PenaltyRecord];
      const gb = fixture.publisher({ encoding: 'GB18030' });
      const gbBytes = measureExchangeRecord('XZCF', record, { encoding: 'GB18030' });
      expect(gb.measure('XZCF', record)).toBe(gbBytes);
      expect(gbBytes).toBeLessThan(measureExchangeRecord('XZCF', record, { encoding: 'UTF-8' }));

      // Kept for the very objects measured: records grown after measuring are planned at their old size,
      // and the message encode refuses to go over the limit instead of sending an oversized message.
      const client = fixture.publisher();
      const grown = generateRecords('penalty', { seed: 8, count: 3 }).map((item, index) => ({
        ...item,
        recordId: `CF-GROWN-${index}`,
        facts: facts(1_000_000),
      })) as PenaltyRecord[];
      for (const item of grown) client.measure('XZCF', item);
      const planned = await client.publish(grown, XZCF);
      expect(planned.messages.map((message) => message.records)).toEqual([3]);
      for (const item of grown) item.facts = facts(1_900_000);
      const error = await client.publish(grown, XZCF).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'E_XML_TOO_LARGE' });
      expect(publishedBodies(fixture.sent).every((body) => body.length <= 4 * 1024 * 1024)).toBe(true);
      // Fresh objects are measured afresh: the same content splits as its size requires.
      const fresh = await client.publish(
        grown.map((item) => ({ ...item })),
        XZCF,
      );
      expect(fresh.messages.map((message) => message.records)).toEqual([2, 1]);
    });

    it('the same records in any order are the same messages: a retry is replayed, a re-run days later is an earlier message', async () => {
      const client = fixture.publisher();
      const records = generateRecords('license', { seed: 8, count: 30 });
      const first = await client.publish(records, { messageType: 'XZXK', receiverCode: RECEIVER.code });
      const again = await client.publish([...records.slice(15), ...records.slice(0, 15)], {
        messageType: 'XZXK',
        receiverCode: RECEIVER.code,
      });
      expect(again.messages.map((message) => [message.messageId, message.outcome])).toEqual(
        first.messages.map((message) => [message.messageId, 'receipt']),
      );
      expect(again.messages[0]?.receipt).toEqual(first.messages[0]?.receipt);
      expect(fixture.platform.journal.entries().filter((entry) => entry.replayed)).toHaveLength(1);

      fixture.clock.advance(3 * DAY_MS);
      const later = await client.publish(records, { messageType: 'XZXK', receiverCode: RECEIVER.code });
      expect(later.messages.map((message) => [message.messageId, message.outcome])).toEqual(
        first.messages.map((message) => [message.messageId, 'earlier-message']),
      );
      expect(
        later.results.every(
          (result) => result.status === 'duplicate' && result.judgedBy === 'earlier-message',
        ),
      ).toBe(true);
      const { state } = fixture.platform;
      expect(state.messages()).toHaveLength(1);
      expect(state.summary().records.license).toBe(30);
      expect(state.inboxes.entries(RECEIVER.code)).toHaveLength(1);

      // A new version is a new message; the platform judges the unchanged records duplicate.
      const bumped = records.map((record, index) =>
        index === 0 ? { ...record, version: record.version + 1 } : record,
      );
      const next = await client.publish(bumped, { messageType: 'XZXK', receiverCode: RECEIVER.code });
      expect(next.messages[0]?.messageId).not.toBe(first.messages[0]?.messageId);
      expect(next).toMatchObject({ accepted: 1, duplicate: 29 });
    });

    it('a receipt whose digest does not match is E_BODY_DIGEST, never accepted; publishing again is safe', async () => {
      const client = fixture.publisher();
      const records = generateRecords('penalty', { seed: 9, count: 3 });
      fixture.tamper((request, response) => {
        if (!request.url.endsWith('/exchange/v1/messages')) return response;
        const text = Buffer.from(response.body).toString('utf8');
        return {
          ...response,
          body: new TextEncoder().encode(text.replace('<status>accepted<', '<status>rejected<')),
        };
      });
      const error = await client.publish(records, XZCF).catch((caught: unknown) => caught);
      expect(exchangeErrorCodeOf(error)).toBe('E_BODY_DIGEST');
      expect(String(error)).toContain('[POST /exchange/v1/messages]');
      expect(fixture.events.some((event) => event.type === 'receipt')).toBe(false);
    });

    it('a receipt that is not well-formed is a contract error; the same bytes again get the stored receipt', async () => {
      const client = fixture.publisher();
      const records = generateRecords('penalty', { seed: 10, count: 3 });
      fixture.platform.faults.script('publishMessage', { kind: 'malformed-xml', timing: 'afterCommit' });
      const broken = await client.publish(records, XZCF).catch((caught: unknown) => caught);
      expect(isContractError(broken)).toBe(true);
      const outcome = await client.publish(records, XZCF);
      expect(outcome.accepted).toBe(3);
      expect(fixture.platform.journal.entries().filter((entry) => entry.replayed)).toHaveLength(1);
    });

    it('a message rejected whole rejects each record with the message errors', async () => {
      const client = fixture.publisher();
      const records = generateRecords('license', { seed: 12, count: 4 });
      const outcome = await client.publish(records, {
        messageType: 'XZXK',
        receiverCode: UNKNOWN_DEPARTMENT,
      });
      expect(outcome.messages[0]?.receipt?.status).toBe('REJECTED');
      expect(outcome.rejected).toBe(4);
      for (const result of outcome.results) {
        expect(result).toMatchObject({ status: 'rejected', judgedBy: 'receipt' });
        expect(result.errors?.map((issue) => issue.code)).toContain('E_RECEIVER_UNKNOWN');
      }
    });

    it('refuses bad arguments before sending, and reports a wrong secret as a typed platform error', async () => {
      const client = fixture.publisher();
      const records = generateRecords('penalty', { seed: 13, count: 2 });
      await expect(client.publish(records, { ...XZCF, receiverCode: '1142' })).rejects.toMatchObject({
        code: 'E_ARGUMENT',
      });
      await expect(client.publish(records, { ...XZCF, messageType: 'XYBG' as 'XZCF' })).rejects.toMatchObject(
        { code: 'E_ARGUMENT' },
      );
      expect(fixture.sent).toHaveLength(0);
      const impostor = fixture.client({ ...PUBLISHER, appSecret: 'not-the-secret-0000' });
      const error = await impostor.publish(records, XZCF).catch((caught: unknown) => caught);
      expect(isPlatformError(error) && error.errorCode).toBe('E_AUTH_SIGNATURE');
      expect(fixture.sent).toHaveLength(1);
    });

    it('publishes GB18030 and SHA-256 on request; every message the client sends validates against the XSD', async () => {
      const data = scenarioData(23, 5);
      const gb = fixture.publisher({ encoding: 'GB18030', digestAlgorithm: 'SHA-256' });
      const utf8 = fixture.publisher();
      const to = { receiverCode: RECEIVER.code };
      await gb.publish(data.penalties, { ...to, messageType: 'XZCF', correlationId: 'JH-CF-2026-01' });
      await gb.publish(data.repairs, { ...to, messageType: 'XYXF' });
      await utf8.publish(data.licenses, { ...to, messageType: 'XZXK', resourceCode: 'WH-XZXK' });
      await utf8.publish(data.blacklist, { ...to, messageType: 'SXMD' });

      const gbRequests = fixture.sent.filter((request) =>
        request.headers['Content-Type']?.includes('GB18030'),
      );
      expect(gbRequests).toHaveLength(2);
      const bodies = publishedBodies(fixture.sent);
      expect(bodies).toHaveLength(4);
      expect(await xsdErrors(bodies)).toEqual([]);

      const delivered = fixture.platform.state.inboxes.entries(RECEIVER.code);
      const penalties = decodeExchangeMessage(delivered[0]?.bytes ?? new Uint8Array());
      expect(penalties.encoding).toBe('GB18030');
      expect(penalties.header).toMatchObject({ digestAlgorithm: 'SHA-256', correlationId: 'JH-CF-2026-01' });
      if (penalties.messageType !== 'XZCF') throw new Error('expected XZCF');
      const byId = new Map(data.penalties.map((record) => [record.recordId, record]));
      for (const record of penalties.records) {
        expect(record.ok && record.value).toEqual(byId.get(record.recordId));
      }
    });
  });
}
