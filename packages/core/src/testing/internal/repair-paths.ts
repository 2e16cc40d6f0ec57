import type { RepairStatus } from '../../repair/repair-status.js';
import { REPAIR_TRANSITIONS, type RepairTransitionRule } from '../../repair/repair-transitions.js';

/** A walk through the transition table from `submitted`: the moves made, in order. */
export type RepairPath = readonly RepairTransitionRule[];

let paths: readonly RepairPath[] | undefined;

/**
 * Every walk the transition table allows from `submitted` (the empty walk included), read from the
 * table itself so generated histories follow whatever moves it permits. The table has no cycles;
 * a status is never entered twice on one walk, which keeps the search finite regardless.
 */
export function repairPaths(): readonly RepairPath[] {
  if (paths !== undefined) return paths;
  const found: RepairPath[] = [];
  const walk = (path: RepairPath, visited: readonly RepairStatus[]): void => {
    found.push(path);
    const from = visited[visited.length - 1];
    for (const rule of REPAIR_TRANSITIONS) {
      if (rule.from !== from || visited.includes(rule.to)) continue;
      walk([...path, rule], [...visited, rule.to]);
    }
  };
  walk([], ['submitted']);
  paths = found;
  return found;
}

/** The status a walk ends in. */
export function endOf(path: RepairPath): RepairStatus {
  return path[path.length - 1]?.to ?? 'submitted';
}
