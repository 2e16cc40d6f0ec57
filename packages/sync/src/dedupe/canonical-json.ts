import { CreditBridgeError, jsonString } from '@credit-bridge/core';

/**
 * Writes a value as canonical JSON: object keys sorted by UTF-16 code unit, no whitespace, absent
 * (`undefined`) properties left out, arrays in their order. Two records with the same content give
 * the same text whatever order their keys were built in. Numbers must be finite (fen, versions);
 * anything JSON cannot carry faithfully (NaN, bigint, functions, Dates) throws `E_DEDUPE_VALUE`.
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  plansUsable = !hasEnumerableKey(Object.prototype);
  const text = write(value);
  if (text !== undefined) return text;
  // Paths are spelled only for the error: every record of a run passes here (content hashes).
  throw refusalIn(value, '$') ?? refuse('$', 'a value without a canonical JSON form');
}

// The canonical text, or undefined when some value in it has no canonical form (refusalIn names it).
// Plain loops and one string built in place; each object's keys in the order a cached plan gives.
function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return jsonString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : undefined;
    case 'object': {
      if (Array.isArray(value)) {
        let text = '[';
        for (let index = 0; index < value.length; index += 1) {
          const item = write(value[index] ?? null);
          if (item === undefined) return undefined;
          text += index > 0 ? `,${item}` : item;
        }
        return `${text}]`;
      }
      if (!isPlainObject(value)) return undefined;
      const object = value as Record<string, unknown>;
      const plan = planOf(object);
      let text = '{';
      for (let index = 0; index < plan.length; index += 1) {
        const field = plan[index] as PlannedKey;
        const item = object[field.key];
        if (item === undefined) continue;
        const written = write(item);
        if (written === undefined) return undefined;
        text += text.length > 1 ? `,${field.prefix}${written}` : `${field.prefix}${written}`;
      }
      return `${text}}`;
    }
    default:
      return undefined;
  }
}

/** One key of an object's canonical order, with its JSON text and colon (`"key":`). */
interface PlannedKey {
  readonly key: string;
  readonly prefix: string;
}

/** A node of the plan cache: the keys seen next, and the plan of an object whose keys end here. */
interface PlanNode {
  readonly next: Map<string, PlanNode>;
  plan?: readonly PlannedKey[];
}

// Records repeat a few shapes, object after object: the sorted order of a shape's keys is cached under
// the keys in their own order (a path in a tree, walked by for…in without allocating), so an object
// of a known shape is neither listed nor sorted. The tree's nodes and plans' keys are bounded together
// (odd input cannot grow it without end); past the bound, keys are sorted afresh.
const PLANS: PlanNode = { next: new Map() };
const MAX_PLAN_ENTRIES = 16_384;
let planEntries = 0;

// False while Object.prototype has an enumerable key (polluted): for…in would walk it in every object.
let plansUsable = true;

function planOf(object: Record<string, unknown>): readonly PlannedKey[] {
  if (!plansUsable) return sortedKeys(Object.keys(object));
  // A plain object's prototype is Object.prototype (no enumerable key, plansUsable) or null, so for…in
  // walks exactly its own keys here.
  let node: PlanNode | undefined = PLANS;
  for (const key in object) {
    if (node === undefined) break;
    let next: PlanNode | undefined = node.next.get(key);
    if (next === undefined && planEntries < MAX_PLAN_ENTRIES) {
      next = { next: new Map() };
      node.next.set(key, next);
      planEntries += 1;
    }
    node = next;
  }
  if (node?.plan !== undefined) return node.plan;
  const plan = sortedKeys(Object.keys(object));
  if (node !== undefined && planEntries + plan.length <= MAX_PLAN_ENTRIES) {
    node.plan = plan;
    planEntries += plan.length;
  }
  return plan;
}

function sortedKeys(keys: string[]): PlannedKey[] {
  // The default sort compares UTF-16 code units, the canonical order.
  return keys.sort().map((key) => ({ key, prefix: `${quoted(key)}:` }));
}

function hasEnumerableKey(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

// The error for the first value, in canonical order, that has no canonical form.
function refusalIn(value: unknown, path: string): CreditBridgeError | undefined {
  if (value === null) return undefined;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : refuse(path, String(value));
    case 'object': {
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index += 1) {
          const found = refusalIn(value[index] ?? null, `${path}[${index}]`);
          if (found !== undefined) return found;
        }
        return undefined;
      }
      if (!isPlainObject(value)) return refuse(path, 'a non-plain object');
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object).sort()) {
        const item = object[key];
        const found = item === undefined ? undefined : refusalIn(item, `${path}.${key}`);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    default:
      return refuse(path, `a ${typeof value}`);
  }
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// Records repeat the same few dozen keys: quote each once.
const QUOTED = new Map<string, string>();

function quoted(key: string): string {
  let text = QUOTED.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    if (QUOTED.size < 4096) QUOTED.set(key, text);
  }
  return text;
}

function refuse(path: string, what: string): CreditBridgeError {
  return new CreditBridgeError({
    code: 'E_DEDUPE_VALUE',
    message: `[canonicalJson] ${path} is ${what}, which has no canonical JSON form`,
    details: { path },
  });
}
