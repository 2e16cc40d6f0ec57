import { CreditBridgeError } from '@credit-bridge/core';
import { createRandom } from '@credit-bridge/core/testing';
import { FAULT_KINDS, type FaultRoute, type FaultSpec } from './fault.js';

/** A probability rule: each request to the route draws a fault from `faults` with probability `rate`. */
export interface FaultProbabilityRule {
  readonly route: FaultRoute;
  /** From 0 (never) to 1 (every request). */
  readonly rate: number;
  /** The faults to draw from, evenly; default {@link DEFAULT_RANDOM_FAULTS}. */
  readonly faults?: readonly FaultSpec[];
}

/** What the fault plan holds now, for the admin API and assertions. */
export interface FaultPlanSnapshot {
  readonly scripted: Readonly<Record<FaultRoute, readonly FaultSpec[]>>;
  readonly rules: readonly FaultProbabilityRule[];
}

/** Decides which requests fail and how: scripted queues first, then probability rules. */
export interface FaultPlan {
  /**
   * Queues faults for the next requests to `route`, one per request in order (after any queued before).
   * A route's own queue is used before the `*` queue.
   */
  script(route: FaultRoute, faults: FaultSpec | readonly FaultSpec[]): void;
  /** Sets (or, with rate 0, removes) the probability rule of a route. */
  setProbability(rule: FaultProbabilityRule): void;
  /** The fault for the next request to `operation`, consuming a scripted one; `undefined` for none. */
  decide(operation: string): FaultSpec | undefined;
  /** How many scripted faults wait, for one route or all. */
  pending(route?: FaultRoute): number;
  snapshot(): FaultPlanSnapshot;
  /** Forgets every queue and rule, and reseeds the random draw. */
  clear(): void;
}

/** The faults a bare `faultRate` draws from: every kind that fails a request, none that only slows it. */
export const DEFAULT_RANDOM_FAULTS: readonly FaultSpec[] = [
  { kind: 'status', status: 500 },
  { kind: 'status', status: 503, retryAfterSeconds: 1 },
  { kind: 'rate-limit', retryAfterSeconds: 1 },
  { kind: 'reset' },
  { kind: 'html-gateway' },
];

/**
 * Creates a fault plan whose random draws come from `seed`, so a run with faults repeats exactly.
 *
 * @example
 * const faults = createFaultPlan({ seed: 1 });
 * faults.script('blacklistSubmit', [{ kind: 'status', status: 503 }, { kind: 'reset', timing: 'afterCommit' }]);
 * faults.setProbability({ route: '*', rate: 0.1 });
 */
export function createFaultPlan(options: { seed?: number } = {}): FaultPlan {
  const seed = options.seed ?? 1;
  let random = createRandom(seed);
  let queues = new Map<FaultRoute, FaultSpec[]>();
  let rules = new Map<FaultRoute, FaultProbabilityRule>();

  const take = (route: FaultRoute): FaultSpec | undefined => {
    const queue = queues.get(route);
    const next = queue?.shift();
    if (queue !== undefined && queue.length === 0) queues.delete(route);
    return next;
  };
  const draw = (route: FaultRoute): FaultSpec | undefined => {
    const rule = rules.get(route);
    if (rule === undefined || !random.chance(rule.rate)) return undefined;
    return random.pick(rule.faults ?? DEFAULT_RANDOM_FAULTS);
  };

  return {
    script(route, faults) {
      const list = Array.isArray(faults) ? (faults as readonly FaultSpec[]) : [faults as FaultSpec];
      for (const fault of list) checkFault(fault);
      queues.set(route, [...(queues.get(route) ?? []), ...list]);
    },
    setProbability(rule) {
      if (!(rule.rate >= 0 && rule.rate <= 1)) {
        throw argumentError(`rate must be from 0 to 1, got ${rule.rate}`);
      }
      for (const fault of rule.faults ?? []) checkFault(fault);
      if (rule.faults !== undefined && rule.faults.length === 0)
        throw argumentError('faults must not be empty');
      if (rule.rate === 0) rules.delete(rule.route);
      else rules.set(rule.route, rule);
    },
    decide: (operation) => take(operation) ?? take('*') ?? draw(operation) ?? draw('*'),
    pending: (route) =>
      route === undefined
        ? [...queues.values()].reduce((sum, queue) => sum + queue.length, 0)
        : (queues.get(route)?.length ?? 0),
    snapshot: () => ({
      scripted: Object.fromEntries([...queues].map(([route, queue]) => [route, [...queue]])),
      rules: [...rules.values()],
    }),
    clear() {
      queues = new Map();
      rules = new Map();
      random = createRandom(seed);
    },
  };
}

function checkFault(fault: FaultSpec): void {
  if (!FAULT_KINDS.includes(fault.kind)) throw argumentError(`unknown fault kind "${String(fault.kind)}"`);
  if (fault.timing !== undefined && fault.timing !== 'before' && fault.timing !== 'afterCommit') {
    throw argumentError(`timing must be "before" or "afterCommit", got "${String(fault.timing)}"`);
  }
  if (fault.kind === 'latency' && !(Number.isFinite(fault.ms) && fault.ms >= 0)) {
    throw argumentError('a latency fault needs ms >= 0');
  }
  if (fault.kind === 'status' && ![500, 502, 503, 504].includes(fault.status)) {
    throw argumentError(`a status fault needs status 500, 502, 503 or 504, got ${String(fault.status)}`);
  }
  const retryAfter = 'retryAfterSeconds' in fault ? fault.retryAfterSeconds : undefined;
  if (retryAfter !== undefined && !(Number.isSafeInteger(retryAfter) && retryAfter >= 0)) {
    throw argumentError('retryAfterSeconds must be a whole number >= 0');
  }
  if (fault.kind === 'dribble') {
    for (const value of [fault.chunkBytes, fault.intervalMs]) {
      if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
        throw argumentError('dribble chunkBytes and intervalMs must be whole numbers >= 0');
      }
    }
    if (fault.chunkBytes === 0) throw argumentError('dribble chunkBytes must be at least 1');
  }
}

function argumentError(problem: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_ARGUMENT', message: `[faults] ${problem}` });
}
