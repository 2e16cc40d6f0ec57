import { defineCreditPlatformProfile } from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import type { Transport } from '../support/harness.js';
import { listing, rows, subjectOf } from '../support/records.js';
import { freshKey } from '../support/test-client.js';

/** `always-200`, a renamed profile and the journal's cap. */
export function modeScenarios(transport: Transport): void {
  describe(`status modes, profiles and the journal (${transport.name})`, () => {
    it('puts the outcome only in code when the status mode is always-200', async () => {
      const sut = await transport.open({
        profile: defineCreditPlatformProfile({ statusMode: 'always-200' }),
      });
      try {
        const unsigned = await sut.client.call('GET', '/api/v1/blacklist/changes', { secret: 'wrong' });
        expect(unsigned.status).toBe(200);
        expect(unsigned.json).toMatchObject({ code: '99', error: { code: 'E_AUTH_SIGNATURE' } });
        sut.platform.faults.script('*', [{ kind: 'status', status: 503 }, { kind: 'html-gateway' }]);
        const unavailable = await sut.client.call('GET', '/api/v1/blacklist/changes');
        expect([unavailable.status, unavailable.json.error.code]).toEqual([200, 'E_UNAVAILABLE']);
        expect((await sut.client.call('GET', '/api/v1/blacklist/changes')).status).toBe(502);
        const created = await sut.client.call('POST', '/api/v1/credit-reports', {
          body: { subject: { uscc: '91420103CB0001019A' }, purpose: 'x', authorizationRef: 'y' },
        });
        expect([created.status, created.json.code]).toEqual([200, '00']);
      } finally {
        await sut.close();
      }
    });

    it('speaks a renamed profile: paths, envelope, headers, paging and wire names', async () => {
      const profile = defineCreditPlatformProfile({
        name: 'district-gateway',
        paths: { blacklistSubmit: '/gw/sxmd/batch', blacklistChanges: '/gw/sxmd/changes' },
        envelope: { fields: { code: 'retCode', message: 'retMsg', data: 'result' }, successCode: '0000' },
        signing: { headers: { appKey: 'X-Ca-Key' } },
        idempotency: { keyHeader: 'X-Request-Key' },
        paging: { itemsField: 'list', cursorParam: 'after' },
        wireFieldRenames: { RECORD_ID: 'JLBH', SXMD_ZTMC: 'ZTMC' },
      });
      const sut = await transport.open({ profile });
      try {
        const subject = subjectOf(60);
        const wire = rows('blacklist', listing(60, subject)).records[0] as Record<string, string>;
        const { RECORD_ID, SXMD_ZTMC, ...rest } = wire;
        const renamed = { ...rest, JLBH: RECORD_ID, ZTMC: SXMD_ZTMC };
        const submitted = await sut.client.call('POST', '/gw/sxmd/batch', {
          body: { records: [renamed] },
          omit: ['X-App-Key'],
          headers: { 'X-Ca-Key': 'demo-app', 'X-Request-Key': freshKey() },
        });
        expect(submitted.json).toMatchObject({ retCode: '0000', retMsg: '成功', result: { accepted: 1 } });
        const changes = await sut.client.call('GET', '/gw/sxmd/changes?after=c1-0000000000000000', {
          omit: ['X-App-Key'],
          headers: { 'X-Ca-Key': 'demo-app' },
        });
        expect(changes.json.result.list[0].record).toMatchObject({ JLBH: RECORD_ID, ZTMC: SXMD_ZTMC });
        expect(changes.json.result.list[0].record).not.toHaveProperty('RECORD_ID');
        const old = await sut.client.call('GET', '/api/v1/blacklist/changes', {
          omit: ['X-App-Key'],
          headers: { 'X-Ca-Key': 'demo-app' },
        });
        expect(old.status).toBe(404);
        const rejected = await sut.client.call('POST', '/gw/sxmd/batch', {
          body: { records: [{ ...renamed, ZTMC: '' }] },
          omit: ['X-App-Key'],
          headers: { 'X-Ca-Key': 'demo-app', 'X-Request-Key': freshKey() },
        });
        expect(rejected.json.result.results[0].errors[0]).toMatchObject({
          code: 'E_REQUIRED',
          field: 'ZTMC',
        });
      } finally {
        await sut.close();
      }
    });

    it('keeps a capped journal with helpers to find and count', async () => {
      const sut = await transport.open({ journalCapacity: 3 });
      try {
        await sut.client.call('POST', '/api/v1/blacklist/entries:batch', {
          body: rows('blacklist', listing(70, subjectOf(70))),
          idempotencyKey: 'journal-key-000001',
        });
        for (let index = 0; index < 3; index += 1) await sut.client.call('GET', '/api/v1/blacklist/changes');
        await sut.client.call('GET', '/api/v1/blacklist/changes', { secret: 'wrong' });
        const journal = sut.platform.journal;
        expect(journal.entries().map((entry) => entry.seq)).toEqual([3, 4, 5]);
        expect(journal.dropped()).toBe(2);
        expect(journal.count({ operation: 'blacklistChanges' })).toBe(3);
        expect(journal.count({ errorCode: 'E_AUTH_SIGNATURE', status: 401 })).toBe(1);
        expect(journal.find({ idempotencyKey: 'journal-key-000001' })).toEqual([]);
        expect(journal.last({ path: /changes$/ })).toMatchObject({
          seq: 5,
          code: '99',
          appKey: 'demo-app',
          method: 'GET',
          timestamp: '2026-07-15T10:00:00.000+08:00',
        });
        expect(journal.count((entry) => entry.status === 200)).toBe(2);
      } finally {
        await sut.close();
      }
    });
  });
}
