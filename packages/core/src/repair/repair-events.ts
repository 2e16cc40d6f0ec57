import type { RepairState } from './repair-state.js';
import type { RepairStatus } from './repair-status.js';

/**
 * Systems that must act on an approved repair (domain reference §4.3 definitions, §4.4 结果共享/第三方同步):
 * 信用中国, 信用武汉 (the Wuhan platform that publishes local items) and third-party credit service agencies.
 */
export const REPAIR_DOWNSTREAM_SYSTEMS = ['credit_china', 'credit_wuhan', 'third_parties'] as const;

/** One of {@link REPAIR_DOWNSTREAM_SYSTEMS}. */
export type RepairDownstreamSystem = (typeof REPAIR_DOWNSTREAM_SYSTEMS)[number];

/** The Chinese name of each downstream system. */
export const REPAIR_DOWNSTREAM_SYSTEM_LABELS: Readonly<Record<RepairDownstreamSystem, string>> = {
  credit_china: '信用中国',
  credit_wuhan: '信用武汉',
  third_parties: '第三方信用服务机构',
};

/** A status change, emitted for every transition. */
export interface RepairTransitionEvent {
  type: 'repair.transition';
  from: RepairStatus;
  to: RepairStatus;
  at: string;
  actor: string;
}

/**
 * A duty an approval creates: 终止公示 (no system, 信用中国 included, shows the information any more) and 停止共享和使用
 * (the sharing platforms stop handing it to departments, local governments and third parties), per the
 * 2026 measure art. 3.
 */
export interface RepairDutyEvent {
  type: 'repair.duty';
  duty: 'terminate_publication' | 'stop_sharing';
  /** Who must be told, e.g. {@link REPAIR_DOWNSTREAM_SYSTEMS}. */
  systems: readonly string[];
  at: string;
}

/** Anything {@link repairEvents} emits. */
export type RepairEvent = RepairTransitionEvent | RepairDutyEvent;

/** Which systems each duty goes to; both default to {@link REPAIR_DOWNSTREAM_SYSTEMS}. */
export interface RepairEventOptions {
  terminatePublication?: readonly string[] | undefined;
  stopSharing?: readonly string[] | undefined;
}

/**
 * The events of the latest transition in `state.history`: the `repair.transition` itself and, when it
 * reached `approved`, the two downstream duties. Empty while only the submission is recorded. Call it right
 * after {@link transitionRepair} and hand the events to an outbox.
 *
 * @example
 * for (const event of repairEvents(state)) outbox.push(event);
 */
export function repairEvents(state: RepairState, options: RepairEventOptions = {}): RepairEvent[] {
  const previous = state.history[state.history.length - 2];
  const latest = state.history[state.history.length - 1];
  if (previous === undefined || latest === undefined) return [];
  const events: RepairEvent[] = [
    {
      type: 'repair.transition',
      from: previous.status,
      to: latest.status,
      at: latest.at,
      actor: latest.actor,
    },
  ];
  if (latest.status === 'approved') {
    events.push(
      {
        type: 'repair.duty',
        duty: 'terminate_publication',
        systems: options.terminatePublication ?? REPAIR_DOWNSTREAM_SYSTEMS,
        at: latest.at,
      },
      {
        type: 'repair.duty',
        duty: 'stop_sharing',
        systems: options.stopSharing ?? REPAIR_DOWNSTREAM_SYSTEMS,
        at: latest.at,
      },
    );
  }
  return events;
}
