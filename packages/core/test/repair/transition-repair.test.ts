import { describe, expect, it } from 'vitest';
import {
  createRepairState,
  isCreditBridgeError,
  isTerminalRepairStatus,
  REPAIR_STATUSES,
  REPAIR_TRANSITIONS,
  type RepairStatus,
  repairRecordSchema,
  transitionRepair,
  tryTransitionRepair,
} from '../../src/index.js';
import { sampleRepair } from '../model/fixtures.js';
import { repairAt } from './support.js';

const LATER = '2025-07-02T09:00:00+08:00';

function thrown(run: () => unknown): { code: string; message: string } | undefined {
  try {
    run();
  } catch (error) {
    if (isCreditBridgeError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  return undefined;
}

describe('transitionRepair: the transition table', () => {
  const legal = REPAIR_TRANSITIONS.flatMap((rule) =>
    rule.actors.map((actor) => [rule.from, rule.to, actor] as [RepairStatus, RepairStatus, string]),
  );

  it.each(legal)('allows %s → %s by %s', (from, to, actor) => {
    const state = repairAt(from);
    const next = transitionRepair(state, { to, at: LATER, actor, reason: 'synthetic' });
    expect(next.status).toBe(to);
    expect(next.history).toEqual([...state.history, { status: to, at: LATER, actor, reason: 'synthetic' }]);
  });

  it('refuses every move the table does not list, naming from → to', () => {
    let refused = 0;
    for (const from of REPAIR_STATUSES) {
      for (const to of REPAIR_STATUSES) {
        if (REPAIR_TRANSITIONS.some((rule) => rule.from === from && rule.to === to)) continue;
        const error = thrown(() => transitionRepair(repairAt(from), { to, at: LATER, actor: 'system' }));
        expect(error?.code, `${from} → ${to}`).toBe('E_REPAIR_TRANSITION');
        expect(error?.message).toContain(`${from} → ${to}`);
        refused += 1;
      }
    }
    expect(refused).toBe(REPAIR_STATUSES.length ** 2 - REPAIR_TRANSITIONS.length);
  });

  it('knows the final statuses', () => {
    const terminal = REPAIR_STATUSES.filter(isTerminalRepairStatus);
    expect(terminal).toEqual(['rejected_at_intake', 'denied', 'synced_third_parties', 'withdrawn']);
  });

  it('refuses a role the table does not list, and reads the role before a colon', () => {
    const review = repairAt('under_review');
    const error = thrown(() => transitionRepair(review, { to: 'approved', at: LATER, actor: 'applicant' }));
    expect(error?.code).toBe('E_REPAIR_TRANSITION');
    expect(error?.message).toContain('under_review → approved may be made by credit_china or department');
    const approved = transitionRepair(review, { to: 'approved', at: LATER, actor: 'department:hn-samr' });
    expect(approved.history.at(-1)?.actor).toBe('department:hn-samr');
    expect(thrown(() => transitionRepair(review, { to: 'approved', at: LATER, actor: 'dept' }))?.code).toBe(
      'E_REPAIR_TRANSITION',
    );
  });

  it('refuses an unknown target status', () => {
    const result = tryTransitionRepair(repairAt('submitted'), {
      to: 'closed' as 'accepted',
      at: LATER,
      actor: 'credit_china',
    });
    expect(result).toMatchObject({ ok: false, code: 'E_REPAIR_TRANSITION' });
  });
});

describe('transitionRepair: time', () => {
  it('refuses a time earlier than the last step and accepts the same instant in another offset', () => {
    const state = createRepairState({ at: '2025-07-01T09:00:00+08:00', actor: 'applicant' });
    const backwards = thrown(() =>
      transitionRepair(state, { to: 'accepted', at: '2025-07-01T08:59:59+08:00', actor: 'credit_china' }),
    );
    expect(backwards?.code).toBe('E_REPAIR_TIME');
    expect(backwards?.message).toContain('submitted → accepted');
    const sameInstant = transitionRepair(state, {
      to: 'accepted',
      at: '2025-07-01T01:00:00Z',
      actor: 'credit_china',
    });
    expect(sameInstant.status).toBe('accepted');
  });

  it.each(['2025-07-02T09:00:00', '2025-02-30T09:00:00+08:00', '2025-07-02T24:00:00+08:00', '2025-07-02'])(
    'refuses the timestamp %s',
    (at) => {
      const result = tryTransitionRepair(repairAt('submitted'), {
        to: 'accepted',
        at,
        actor: 'credit_china',
      });
      expect(result).toMatchObject({ ok: false, code: 'E_REPAIR_TIME' });
    },
  );

  it('refuses to start a repair without a readable timestamp', () => {
    expect(thrown(() => createRepairState({ at: 'yesterday', actor: 'applicant' }))?.code).toBe(
      'E_REPAIR_TIME',
    );
  });
});

describe('tryTransitionRepair and records', () => {
  it('returns data instead of throwing and leaves the input untouched', () => {
    const state = Object.freeze(repairAt('submitted'));
    const refused = tryTransitionRepair(state, { to: 'approved', at: LATER, actor: 'credit_china' });
    expect(refused).toEqual({
      ok: false,
      code: 'E_REPAIR_TRANSITION',
      message: 'submitted → approved is not allowed (allowed: accepted, rejected_at_intake, withdrawn)',
    });
    const accepted = tryTransitionRepair(state, { to: 'accepted', at: LATER, actor: 'credit_china' });
    expect(accepted.ok && accepted.state.status).toBe('accepted');
    expect(state.history).toHaveLength(1);
  });

  it('moves a repair record and keeps it a valid record', () => {
    const record = sampleRepair();
    const synced = transitionRepair(record, {
      to: 'synced_local',
      at: '2026-06-11T09:00:00+08:00',
      actor: 'local_platform',
    });
    expect(synced.recordId).toBe(record.recordId);
    expect(synced.decision).toEqual(record.decision);
    expect(repairRecordSchema.parse(synced).history.at(-1)).toEqual({
      status: 'synced_local',
      at: '2026-06-11T09:00:00+08:00',
      actor: 'local_platform',
    });
  });
});
