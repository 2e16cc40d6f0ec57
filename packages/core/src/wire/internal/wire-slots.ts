import { decodeWireValue } from './decode-wire-value.js';
import { setPathSteps } from './field-path.js';
import type { WireColumnHit, WireTable } from './wire-table.js';

// No field has this many aliases: the rank of a field no column has filled yet.
const UNFILLED = 255;

/**
 * The fields of one row being read: the raw value each field takes so far and the rank of the column
 * it came from (0 the wire name, 1… its aliases). Reused row after row: a row is read synchronously
 * and decoding reads no other row, so one set per reader is enough.
 */
export interface WireSlots {
  readonly values: unknown[];
  readonly ranks: Uint8Array;
  /** Set while a row is read; still set when a reading threw, so the next one starts by clearing. */
  reading: boolean;
}

/** Empty slots for a table's fields. */
export function createWireSlots(table: WireTable): WireSlots {
  return {
    values: new Array(table.fields.length),
    ranks: new Uint8Array(table.fields.length).fill(UNFILLED),
    reading: false,
  };
}

/** Starts a row: the slots are empty after {@link takeRecord}, and emptied here if a reading threw. */
export function beginWireRow(slots: WireSlots): void {
  if (slots.reading) {
    slots.ranks.fill(UNFILLED);
    slots.values.fill(undefined);
  }
  slots.reading = true;
}

/**
 * Offers a non-blank column value to the fields the column feeds: a field keeps the value of its
 * best-ranked column, and of two columns of one rank the later.
 */
export function fillWireSlots(slots: WireSlots, hits: readonly WireColumnHit[], value: unknown): void {
  const { values, ranks } = slots;
  for (let hit = 0; hit < hits.length; hit += 1) {
    const { index, rank } = hits[hit] as WireColumnHit;
    if (rank <= (ranks[index] as number)) {
      ranks[index] = rank;
      values[index] = value;
    }
  }
}

/**
 * Decodes the filled slots into the shape of a domain record, in table order (so the record's keys
 * come in the table's order whatever order the columns came in), and empties the slots.
 */
export function takeRecord(table: WireTable, slots: WireSlots): Record<string, unknown> {
  const { values, ranks } = slots;
  const out: Record<string, unknown> = {};
  for (let index = 0; index < ranks.length; index += 1) {
    if (ranks[index] === UNFILLED) continue;
    ranks[index] = UNFILLED;
    const value = decodeWireValue(table.fields[index] as WireTable['fields'][number], values[index]);
    values[index] = undefined;
    const steps = table.paths[index] as readonly string[];
    const parent = table.parents[index];
    if (steps.length === 1) out[steps[0] as string] = value;
    else if (parent === undefined) setPathSteps(out, steps, value);
    else {
      // setPathSteps for a two-step path, written out: most fields of a subject take this path.
      let next = out[parent];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) {
        next = {};
        out[parent] = next;
      }
      (next as Record<string, unknown>)[steps[1] as string] = value;
    }
  }
  slots.reading = false;
  return out;
}
