import { describe, expect, it } from 'vitest';
import {
  createRepairState,
  createWorkingDayCalendar,
  DEFAULT_REPAIR_SLA,
  isCreditBridgeError,
  overdueSteps,
  type RepairState,
  repairDeadlines,
  resolveRepairSla,
  transitionRepair,
} from '../../src/index.js';

const calendar = createWorkingDayCalendar();

/** Submitted on Friday 2025-01-24, just before the Spring Festival break (01-28..02-04). */
function springFestivalRepair(): RepairState {
  let state = createRepairState({ at: '2025-01-24T10:00:00+08:00', actor: 'applicant' });
  state = transitionRepair(state, { to: 'accepted', at: '2025-02-05T09:00:00+08:00', actor: 'credit_china' });
  return transitionRepair(state, { to: 'under_review', at: '2025-02-05T09:30:00+08:00', actor: 'system' });
}

describe('repairDeadlines', () => {
  it('defaults to intake 3, review 10 and local sync 3 working days', () => {
    expect(DEFAULT_REPAIR_SLA).toEqual({ intakeDays: 3, reviewDays: 10, localSyncDays: 3 });
    expect(resolveRepairSla({ reviewDays: 15 })).toEqual({ intakeDays: 3, reviewDays: 15, localSyncDays: 3 });
  });

  it('counts intake across the Spring Festival and review from acceptance', () => {
    const deadlines = repairDeadlines(springFestivalRepair(), calendar);
    expect(deadlines).toEqual([
      {
        step: 'intake',
        startedAt: '2025-01-24T10:00:00+08:00',
        workingDays: 3,
        dueDate: '2025-02-05',
        completedAt: '2025-02-05T09:00:00+08:00',
        completedWith: 'accepted',
        late: false,
        calendarCovered: true,
      },
      {
        step: 'review',
        startedAt: '2025-02-05T09:00:00+08:00',
        workingDays: 10,
        dueDate: '2025-02-18',
        completedAt: null,
        completedWith: null,
        late: false,
        calendarCovered: true,
      },
    ]);
  });

  it('adds the local sync step after approval and flags a late completion', () => {
    let state = transitionRepair(springFestivalRepair(), {
      to: 'approved',
      at: '2025-02-19T15:00:00+08:00',
      actor: 'credit_china',
    });
    state = transitionRepair(state, { to: 'synced_local', at: '2025-02-21T17:00:00+08:00', actor: 'system' });
    const [, review, sync] = repairDeadlines(state, calendar);
    expect(review).toMatchObject({ dueDate: '2025-02-18', completedWith: 'approved', late: true });
    expect(sync).toMatchObject({
      step: 'local_sync',
      dueDate: '2025-02-24',
      completedWith: 'synced_local',
      late: false,
    });
  });

  it('takes the Shanghai calendar day of a UTC timestamp', () => {
    // 2025-01-23T17:00Z is Friday 01-24 01:00 in Shanghai; counted from Thursday it would be due 01-27.
    const state = createRepairState({ at: '2025-01-23T17:00:00Z', actor: 'applicant' });
    expect(repairDeadlines(state, calendar)[0]?.dueDate).toBe('2025-02-05');
  });

  it('closes open steps on withdrawal', () => {
    const withdrawn = transitionRepair(springFestivalRepair(), {
      to: 'withdrawn',
      at: '2025-02-06T09:00:00+08:00',
      actor: 'applicant',
    });
    expect(repairDeadlines(withdrawn, calendar)[1]).toMatchObject({
      step: 'review',
      completedWith: 'withdrawn',
    });
  });

  it('says when the holiday table does not cover a step', () => {
    const state = createRepairState({ at: '2027-03-01T09:00:00+08:00', actor: 'applicant' });
    expect(repairDeadlines(state, calendar)[0]).toMatchObject({
      dueDate: '2027-03-04',
      calendarCovered: false,
    });
  });

  it('rejects a limit that is not a positive integer', () => {
    let code: string | undefined;
    try {
      repairDeadlines(springFestivalRepair(), calendar, { intakeDays: 0 });
    } catch (error) {
      code = isCreditBridgeError(error) ? error.code : undefined;
    }
    expect(code).toBe('E_REPAIR_SLA');
  });
});

describe('overdueSteps', () => {
  it('is on time through the due day and overdue from the next Shanghai day', () => {
    const state = springFestivalRepair();
    expect(overdueSteps(state, '2025-02-18T23:59:59+08:00', calendar)).toEqual([]);
    expect(overdueSteps(state, '2025-02-18T16:00:00Z', calendar).map((d) => d.step)).toEqual(['review']);
  });

  it('never reports a completed step, even a late one', () => {
    const approved = transitionRepair(springFestivalRepair(), {
      to: 'approved',
      at: '2025-03-01T09:00:00+08:00',
      actor: 'credit_china',
    });
    expect(overdueSteps(approved, '2025-03-02T09:00:00+08:00', calendar)).toEqual([]);
    expect(overdueSteps(approved, '2025-03-07T09:00:00+08:00', calendar).map((d) => d.step)).toEqual([
      'local_sync',
    ]);
  });

  it('uses custom limits when given with the calendar', () => {
    const state = springFestivalRepair();
    const now = '2025-02-13T09:00:00+08:00';
    expect(overdueSteps(state, now, calendar)).toEqual([]);
    expect(overdueSteps(state, now, { calendar, sla: { reviewDays: 5 } })).toMatchObject([
      { step: 'review', dueDate: '2025-02-11' },
    ]);
  });
});
