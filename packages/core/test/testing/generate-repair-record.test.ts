import { describe, expect, it } from 'vitest';
import {
  createRepairState,
  REPAIR_STATUSES,
  type RepairRecord,
  type RepairState,
  sm3,
  tryTransitionRepair,
} from '../../src/index.js';
import { createRandom, generateRecords, generateRepairRecord } from '../../src/testing/index.js';

const repairs = generateRecords('repair', { seed: 12, count: 400 });

/** Replays the history through the workflow, which refuses moves, actors and times the table does not allow. */
function replay(repair: RepairRecord): RepairState {
  const [first, ...rest] = repair.history;
  if (first === undefined || first.status !== 'submitted')
    throw new Error('history must start with submitted');
  let state = createRepairState({ at: first.at, actor: first.actor });
  for (const entry of rest) {
    const result = tryTransitionRepair(state, {
      to: entry.status,
      at: entry.at,
      actor: entry.actor,
      reason: entry.reason,
    });
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    state = result.state;
  }
  return state;
}

describe('generateRepairRecord', () => {
  it('is deterministic for a seed (the documented example)', () => {
    const repair = generateRepairRecord(createRandom(4), { status: 'approved' });
    expect(repair.history.map((entry) => entry.status)).toEqual([
      'submitted',
      'accepted',
      'under_review',
      'forwarded_to_department',
      'approved',
    ]);
  });

  it('walks the repair transition table with permitted actors in time order', () => {
    for (const repair of repairs) {
      const state = replay(repair);
      expect(state.status).toBe(repair.status);
      expect(state.history).toEqual(repair.history);
    }
  });

  it('reaches every status of the workflow', () => {
    expect(new Set(repairs.map((repair) => repair.status))).toEqual(new Set(REPAIR_STATUSES));
  });

  it('carries a decision exactly when one was made, and receipts for the sync steps', () => {
    for (const repair of repairs) {
      const decided = repair.history.find(
        (entry) => entry.status === 'approved' || entry.status === 'denied',
      );
      expect(repair.decision?.decidedAt).toBe(decided?.at);
      expect(repair.decision?.outcome).toBe(decided?.status);
      if (repair.decision?.outcome === 'denied') expect(repair.decision.reason).toBeDefined();
      const synced = repair.history.filter((entry) => entry.status.startsWith('synced_')).length;
      expect(repair.receipts?.length ?? 0).toBe(synced === 0 ? 0 : synced * 2 - 1);
    }
  });

  it('lists materials with the real SM3 digest of their synthetic content', () => {
    for (const repair of repairs) {
      expect(repair.materials[0]?.name).toBe('信用修复承诺书.pdf');
      expect(new Set(repair.materials.map((material) => material.name)).size).toBe(repair.materials.length);
      for (const material of repair.materials) {
        expect(material.sm3).toMatch(/^[0-9a-f]{64}$/);
        expect(material.sm3).not.toBe(sm3(''));
      }
    }
    for (const repair of repairs.slice(0, 50)) {
      for (const material of repair.materials) {
        // The synthetic content is `synthetic material <recordId> <commitmentRef> <name>`.
        const content = `synthetic material ${repair.recordId} ${repair.commitmentRef} ${material.name}`;
        expect(material.sm3).toBe(sm3(content));
        expect(material.sizeBytes).toBe(new TextEncoder().encode(content).length);
      }
    }
  });

  it('targets penalties and blacklist entries, blacklist repairs being serious', () => {
    for (const repair of repairs) {
      expect(repair.target.recordId).toMatch(
        repair.target.recordType === 'penalty' ? /^CF-4201\d\d-\d{6}$/ : /^SXMD-4201\d\d-\d{6}$/,
      );
      if (repair.target.recordType === 'blacklist') expect(repair.severity).toBe('serious');
    }
    expect(new Set(repairs.map((repair) => repair.target.recordType))).toEqual(
      new Set(['penalty', 'blacklist']),
    );
  });

  it('builds the history an overridden status needs', () => {
    for (const status of REPAIR_STATUSES) {
      const repair = generateRepairRecord(createRandom(3), { status });
      expect(repair.status).toBe(status);
      expect(replay(repair).status).toBe(status);
    }
  });
});
