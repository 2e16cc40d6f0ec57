import fc from 'fast-check';
import { RECORD_TYPES, type RecordType } from '../../src/index.js';
import { CORRUPTION_RULES, corruptRecord, createRandom, generateRecord } from '../../src/testing/index.js';

/**
 * Hostile inputs for property tests that hold a fast path equal to a straightforward reference: valid
 * generated records and records broken by `corruptRecord`, then edited at random (keys removed, values
 * of the wrong type, blanks, full-width and padded text, unknown keys), at the top level and inside the
 * subject and the arrays of objects.
 */

const HOSTILE_VALUES: readonly unknown[] = [
  undefined,
  null,
  '',
  '   ',
  '\u3000',
  '\u200B',
  'ＡＢＣ１２３',
  '９１４２０１１７ＭＡＢ５２ＦＨＥ６２',
  42,
  -1,
  1.5,
  2 ** 60,
  Number.NaN,
  true,
  [],
  ['fine'],
  ['罚款', '警告'],
  {},
  { a: 1 },
  'x'.repeat(300),
  ' lead',
  'trail ',
  '罚款',
  'fine',
  '2026-02-30',
  '2026-06-30',
  '2126-01-01',
  '2026-06-30T09:00:00+08:00',
  '91420117MAB52FHE62',
  '000000000000000000',
  '00000000000000000X',
  '420113',
  'id_card',
  'legal_person',
  'natural_person',
  'remove',
];

const UNKNOWN_KEYS = ['extra', 'CF_XDR_MC', 'Subject', 'constructor', '0'];

type Edit =
  | { op: 'delete'; where: number; pick: number }
  | { op: 'set'; where: number; pick: number; value: unknown }
  | { op: 'unknown'; where: number; key: string; value: unknown }
  | { op: 'pad'; where: number; pick: number; fullWidth: boolean };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), where: fc.nat(), pick: fc.nat() }),
  fc.record({
    op: fc.constant('set' as const),
    where: fc.nat(),
    pick: fc.nat(),
    value: fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 8 })),
  }),
  fc.record({
    op: fc.constant('unknown' as const),
    where: fc.nat(),
    key: fc.constantFrom(...UNKNOWN_KEYS),
    value: fc.constantFrom(...HOSTILE_VALUES),
  }),
  fc.record({ op: fc.constant('pad' as const), where: fc.nat(), pick: fc.nat(), fullWidth: fc.boolean() }),
);

type Editable = Record<string, unknown>;

// The objects an edit can land in: the record, its subject, and the objects inside its arrays.
function targets(record: Editable): Editable[] {
  const found: Editable[] = [record];
  for (const value of Object.values(record)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isObject(item)) found.push(item);
    } else if (isObject(value)) found.push(value);
  }
  return found;
}

function isObject(value: unknown): value is Editable {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

function applyEdit(record: Editable, edit: Edit): void {
  const all = targets(record);
  const target = all[edit.where % all.length] as Editable;
  if (edit.op === 'unknown') {
    target[edit.key] = edit.value;
    return;
  }
  const keys = Object.keys(target);
  const key = keys[edit.pick % Math.max(keys.length, 1)] ?? 'extra';
  switch (edit.op) {
    case 'delete':
      delete target[key];
      return;
    case 'set':
      target[key] = edit.value;
      return;
    case 'pad': {
      const value = target[key];
      if (typeof value === 'string') target[key] = edit.fullWidth ? fullWidth(value) : ` ${value}\u3000`;
      return;
    }
  }
}

const CORRUPTIONS = [undefined, ...CORRUPTION_RULES] as const;

/** A record of `type`: valid, corrupted by one rule, and edited 0–4 times; rarely not an object at all. */
export function hostileRecordArb(type: RecordType): fc.Arbitrary<unknown> {
  const recordArb = fc
    .record({
      seed: fc.nat(),
      corruption: fc.constantFrom(...CORRUPTIONS),
      edits: fc.array(editArb, { maxLength: 4 }),
    })
    .map(({ seed, corruption, edits }) => {
      const valid = generateRecord(type, createRandom(seed), {}, {});
      let record = structuredClone(valid) as Editable;
      if (corruption !== undefined) {
        try {
          record = corruptRecord(createRandom(seed + 1), valid, corruption);
        } catch {
          // A rule that does not apply to this type leaves the record valid.
        }
      }
      for (const edit of edits) applyEdit(record, edit);
      return record;
    });
  return fc.oneof(
    { weight: 20, arbitrary: recordArb },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 'x', 7, [], {}) },
  );
}

/** A record type and a hostile record of it. */
export const hostileTypedRecordArb: fc.Arbitrary<{ type: RecordType; record: unknown }> = fc
  .constantFrom(...RECORD_TYPES)
  .chain((type) => hostileRecordArb(type).map((record) => ({ type, record })));
