import { expect, it } from 'vitest';
import type { DeliveryKey } from '../../src/index.js';
import { AT, delivery, hash, LATER, type OpenFreshStore } from './contract-fixtures.js';

/**
 * The delivery ledger's part of the `StateStore` contract: entries per record, version, content and
 * sink with their attempts, paging in key order, the transitions a delivery may and may not make, and
 * large commits judged in order. Registered inside `describeStateStoreContract`.
 *
 * @example
 * describeLedgerContract(setup);
 */
export function describeLedgerContract(setup: OpenFreshStore): void {
  it('keeps a ledger per record, version, content and sink, counting attempts', async () => {
    const { store } = await setup();
    const receipt = { receiptId: 'R-1', accepted: 1, rejected: [] };
    await store.commit({ deliveries: [delivery('CF-1', { status: 'sent', runId: 'run-1' })] });
    await store.commit({ deliveries: [delivery('CF-1', { receipt, at: LATER })] });
    await store.commit({
      deliveries: [
        delivery('CF-1', { sink: 'exchange:XZCF', status: 'rejected', receipt: { code: 'E_ENUM' } }),
        delivery('CF-1', { version: 2, contentHash: hash('CF-1 v2'), status: 'sent' }),
        delivery('CF-2'),
        delivery('XK-1', { recordType: 'license' }),
      ],
    });
    const found = await store.findDeliveries([
      { recordType: 'penalty', recordId: 'CF-1' },
      { recordType: 'penalty', recordId: 'CF-1' },
      { recordType: 'penalty', recordId: 'nope' },
    ]);
    const ordered = [hash('CF-1'), hash('CF-1 v2')];
    expect(found.map((d) => [d.version, d.contentHash, d.sink, d.status, d.attempts])).toEqual([
      [1, ordered[0], 'credit-platform', 'accepted', 2],
      [1, ordered[0], 'exchange:XZCF', 'rejected', 1],
      [2, ordered[1], 'credit-platform', 'sent', 1],
    ]);
    expect(found[0]).toEqual({
      recordType: 'penalty',
      recordId: 'CF-1',
      version: 1,
      contentHash: hash('CF-1'),
      sink: 'credit-platform',
      status: 'accepted',
      receipt,
      runId: 'run-1',
      attempts: 2,
      firstAt: AT,
      updatedAt: LATER,
    });
    expect(await store.countDeliveries()).toBe(5);
    expect(await store.countDeliveries({ sink: 'credit-platform', status: 'accepted' })).toBe(3);
    expect(await store.countDeliveries({ recordType: 'license' })).toBe(1);
  });

  it('pages through the ledger in key order', async () => {
    const { store } = await setup();
    const ids = Array.from({ length: 25 }, (_, i) => `CF-${String(i).padStart(3, '0')}`);
    await store.commit({
      deliveries: ids.flatMap((id) => [delivery(id), delivery(id, { sink: 'exchange:XZCF' })]),
    });
    const all = await store.listDeliveries({ limit: 1000 });
    expect(all).toHaveLength(50);
    const pages: string[] = [];
    let after: (typeof all)[number] | undefined;
    while (true) {
      const page = await store.listDeliveries({ limit: 7, ...(after === undefined ? {} : { after }) });
      if (page.length === 0) break;
      pages.push(...page.map((d) => `${d.recordId}/${d.sink}`));
      after = page.at(-1);
    }
    expect(pages).toEqual(all.map((d) => `${d.recordId}/${d.sink}`));
    expect(pages.slice(0, 2)).toEqual(['CF-000/credit-platform', 'CF-000/exchange:XZCF']);
    const exchange = await store.listDeliveries({ sink: 'exchange:XZCF', limit: 3 });
    expect(exchange.map((d) => d.recordId)).toEqual(['CF-000', 'CF-001', 'CF-002']);
  });

  it('orders and pages by every part of the key: type, id, version, content hash, sink', async () => {
    const { store } = await setup();
    const deliveries = ['repair', 'penalty'].flatMap((recordType) =>
      ['XF-2', 'CF-1'].flatMap((recordId) =>
        [2, 1].flatMap((version) =>
          ['b', 'a', 'c'].flatMap((content) =>
            ['exchange:XZCF', 'credit-platform'].map((sink) =>
              delivery(recordId, {
                recordType: recordType as 'penalty',
                version,
                contentHash: hash(`${recordId}/${version}/${content}`),
                sink,
              }),
            ),
          ),
        ),
      ),
    );
    await store.commit({ deliveries });
    const key = (d: DeliveryKey) => [d.recordType, d.recordId, d.version, d.contentHash, d.sink].join(' ');
    // Every part is ASCII of one length or a one-digit version, so plain text order is key order.
    const expected = deliveries.map(key).sort();
    const pages: string[] = [];
    let after: DeliveryKey | undefined;
    while (true) {
      const page = await store.listDeliveries({ limit: 5, ...(after === undefined ? {} : { after }) });
      if (page.length === 0) break;
      pages.push(...page.map(key));
      after = page.at(-1);
    }
    expect(pages).toEqual(expected);
    // A key that is no entry's pages from where it would be.
    const between = { ...deliveries[0], contentHash: '0'.repeat(64), sink: 'a' } as DeliveryKey;
    const rest = await store.listDeliveries({ after: between, limit: 1000 });
    expect(rest.map(key)).toEqual(expected.filter((entry) => entry > key(between)));
    for (const bad of [{ contentHash: 'ABC' }, { version: 0 }, { sink: '' }]) {
      await expect(
        store.listDeliveries({ after: { ...between, ...bad } as DeliveryKey }),
      ).rejects.toMatchObject({ code: 'E_STATE_INPUT' });
    }
  });

  it('keeps each receipt whole, shared or not, and finds entries by status', async () => {
    const { store } = await setup();
    const batch = { idempotencyKeys: ['cb1-1'], requestIds: ['r-1', 'r-2'], replayed: false };
    await store.commit({
      deliveries: [
        delivery('CF-1', { receipt: batch }),
        delivery('CF-2', { receipt: batch }),
        delivery('CF-3', { status: 'rejected', receipt: { code: 'E_FIELD', reason: '决定日期无效' } }),
        delivery('CF-4', { status: 'sent' }),
      ],
    });
    // The same receipt again in a later commit, as an equal object of its own.
    await store.commit({ deliveries: [delivery('CF-5', { receipt: structuredClone(batch) })] });
    // A later update without a receipt keeps the one stored.
    await store.commit({ deliveries: [delivery('CF-1', { at: LATER })] });
    const found = await store.findDeliveries(
      ['CF-1', 'CF-2', 'CF-3', 'CF-4', 'CF-5'].map((recordId) => ({ recordType: 'penalty', recordId })),
    );
    expect(found.map((d) => [d.recordId, d.status, d.receipt ?? null])).toEqual([
      ['CF-1', 'accepted', batch],
      ['CF-2', 'accepted', batch],
      ['CF-3', 'rejected', { code: 'E_FIELD', reason: '决定日期无效' }],
      ['CF-4', 'sent', null],
      ['CF-5', 'accepted', batch],
    ]);
    expect(found[0]?.receipt).not.toBe(found[1]?.receipt);
    expect(await store.countDeliveries({ status: 'sent' })).toBe(1);
    expect(await store.countDeliveries({ sink: 'credit-platform', status: 'rejected' })).toBe(1);
    expect(
      (await store.listDeliveries({ sink: 'credit-platform', status: 'accepted' })).map((d) => d.recordId),
    ).toEqual(['CF-1', 'CF-2', 'CF-5']);
    // A sent delivery accepted later leaves the entries not accepted.
    await store.commit({ deliveries: [delivery('CF-4', { at: LATER, receipt: batch })] });
    expect(await store.countDeliveries({ status: 'sent' })).toBe(0);
    expect((await store.listDeliveries({ status: 'accepted' })).map((d) => d.recordId)).toEqual([
      'CF-1',
      'CF-2',
      'CF-4',
      'CF-5',
    ]);
  });

  it('never takes an accepted delivery back, and refuses bad values', async () => {
    const { store } = await setup();
    await store.commit({ deliveries: [delivery('CF-1')] });
    await expect(store.commit({ deliveries: [delivery('CF-1', { status: 'sent' })] })).rejects.toMatchObject({
      code: 'E_STATE_TRANSITION',
    });
    await store.commit({ deliveries: [delivery('CF-1', { at: LATER })] });
    for (const bad of [
      { contentHash: 'ABC' },
      { version: 0 },
      { version: 1.5 },
      { recordType: 'fine' as never },
      { status: 'done' as never },
      { sink: ' ' },
      { recordId: '' },
    ]) {
      await expect(store.commit({ deliveries: [delivery('CF-9', bad)] })).rejects.toMatchObject({
        code: 'E_STATE_INPUT',
      });
    }
    expect(await store.countDeliveries()).toBe(1);
  });

  it('judges the deliveries of a large commit in order, and stores all of them or none', async () => {
    const { store } = await setup();
    const ids = Array.from({ length: 130 }, (_, index) => `CF-${String(index).padStart(3, '0')}`);
    await store.commit({ deliveries: [delivery('CF-073')] });
    // CF-073 taken back from accepted, in the middle of a large commit and at its end.
    const sent = (list: string[]) => list.map((id) => delivery(id, { status: 'sent' }));
    const withoutIt = ids.filter((id) => id !== 'CF-073');
    for (const deliveries of [sent(ids), sent([...withoutIt.slice(0, 118), 'CF-073'])]) {
      await expect(store.commit({ deliveries })).rejects.toMatchObject({
        code: 'E_STATE_TRANSITION',
        details: { recordId: 'CF-073' },
      });
    }
    // A refused delivery and a malformed one: whichever comes first is reported.
    const malformed = delivery('CF-200', { version: 0 });
    await expect(
      store.commit({ deliveries: [...sent(['CF-001', 'CF-073']), malformed] }),
    ).rejects.toMatchObject({ code: 'E_STATE_TRANSITION' });
    await expect(
      store.commit({ deliveries: [...sent(['CF-001']), malformed, ...sent(['CF-073'])] }),
    ).rejects.toMatchObject({ code: 'E_STATE_INPUT' });
    expect(await store.countDeliveries()).toBe(1);

    // The same key twice in one commit: the later update wins, and both count as attempts.
    await store.commit({
      deliveries: [
        ...sent(withoutIt),
        ...withoutIt.map((id) => delivery(id, { status: 'accepted', at: LATER, receipt: { batch: 2 } })),
      ],
    });
    expect(await store.countDeliveries({ status: 'accepted' })).toBe(130);
    const [last] = await store.findDeliveries([{ recordType: 'penalty', recordId: 'CF-129' }]);
    expect(last).toMatchObject({
      status: 'accepted',
      attempts: 2,
      receipt: { batch: 2 },
      updatedAt: LATER,
    });
  });
}
