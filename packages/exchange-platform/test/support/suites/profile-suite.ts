import { defineExchangePlatformProfile } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { isPlatformError } from '@credit-bridge/http';
import { describe, expect, it } from 'vitest';
import { createMemoryProcessedStore } from '../../../src/index.js';
import { PUBLISHER, RECEIVER } from '../departments.js';
import type { FixtureFactory } from '../exchange-fixture.js';

/** A gateway that names everything otherwise and answers 200 to everything. */
const RENAMED = defineExchangePlatformProfile({
  name: 'district-gateway-test',
  paths: {
    publishMessage: '/gw/xchg/send',
    listInbox: '/gw/xchg/mailbox',
    acknowledgeMessage: '/gw/xchg/mailbox/{messageId}/done',
    getCatalog: '/gw/xchg/resources',
    sharedQuery: '/gw/xchg/lookup',
  },
  envelope: {
    fields: { code: 'retCode', message: 'retMsg', requestId: 'traceId', data: 'result', error: 'fault' },
    successCode: '0000',
  },
  statusMode: 'always-200',
  signing: { headers: { appKey: 'X-Gw-Key', signature: 'X-Gw-Sign' } },
  paging: {
    cursorParam: 'from',
    limitParam: 'size',
    itemsField: 'rows',
    nextCursorField: 'next',
    hasMoreField: 'more',
  },
});

/** The same client against a platform configured with a renamed, always-200 profile: no code changes. */
export function profileSuite(factory: FixtureFactory): void {
  describe('a renamed always-200 profile', () => {
    const fixture = factory({ profile: RENAMED });

    it('publishes, processes the inbox, reads the catalog and queries under the profile', async () => {
      const publisher = fixture.publisher({ profile: RENAMED });
      const receiver = fixture.receiver({ profile: RENAMED });
      const records = generateRecords('penalty', { seed: 81, count: 4 });
      const outcome = await publisher.publish(records, { messageType: 'XZCF', receiverCode: RECEIVER.code });
      expect(outcome.accepted).toBe(4);
      fixture.clock.advance(24 * 60 * 60 * 1000);
      // The re-run's refusal arrives inside a 200 envelope and is still read as an earlier message.
      const rerun = await publisher.publish(records, { messageType: 'XZCF', receiverCode: RECEIVER.code });
      expect(rerun.messages.map((message) => message.outcome)).toEqual(['earlier-message']);

      const licenses = generateRecords('license', { seed: 82, count: 2 });
      await publisher.publish(licenses, { messageType: 'XZXK', receiverCode: RECEIVER.code });
      const run = await receiver.inbox({ store: createMemoryProcessedStore(), handler: () => {}, limit: 1 });
      expect(run).toMatchObject({ processed: 2, rejected: [] });
      const first = fixture.platform.state.inboxes.entries(RECEIVER.code)[0]?.cursor;
      fixture.platform.faults.script('getCatalog', { kind: 'status', status: 503 });
      expect((await receiver.catalog()).length).toBe(5);
      const company = records.find((record) => 'uscc' in record.subject);
      if (company === undefined || !('uscc' in company.subject)) throw new Error('the seed needs a company');
      const status = await receiver.query({ uscc: company.subject.uscc }, 'blacklist', {
        purpose: '测试',
        authorizationRef: 'SQ-1',
      });
      expect(status.listed).toBe(false);

      const paths = fixture.sent.map((request) => new URL(request.url).pathname);
      expect(paths.every((path) => path.startsWith('/gw/xchg/'))).toBe(true);
      expect(fixture.sent.every((request) => request.headers['X-Gw-Sign'] !== undefined)).toBe(true);
      const listings = fixture.sent.filter((request) => request.url.endsWith('/gw/xchg/mailbox'));
      expect(listings.map((request) => request.query)).toEqual([{ size: '1' }, { from: first, size: '1' }]);
      // The transient failure inside a 200 envelope was retried like the 503 it stands for.
      expect(
        fixture.platform.journal.entries().filter((entry) => entry.operation === 'getCatalog'),
      ).toHaveLength(2);
    });

    it('a refusal inside a 200 envelope is a typed platform error', async () => {
      const impostor = fixture.client(
        { ...PUBLISHER, appSecret: 'not-the-secret-0000' },
        { profile: RENAMED },
      );
      const error = await impostor.catalog().catch((caught: unknown) => caught);
      expect(isPlatformError(error) && [error.errorCode, error.httpStatus]).toEqual([
        'E_AUTH_SIGNATURE',
        200,
      ]);
    });
  });
}
