import {
  CreditBridgeError,
  convertGeneration1,
  findFieldByPath,
  fromWireRecord,
  prepareWireColumns,
  type RecordType,
  redactText,
  type ValidationIssue,
  type WireColumnsReader,
} from '@credit-bridge/core';
import { maskValue } from '../internal/mask-value.js';
import type { SourceRow } from '../sources/source-row.js';
import type { UnmappedHeader } from './auto-map-headers.js';
import { applyTransforms, trimCell } from './internal/apply-transforms.js';
import { type ColumnPlan, compileColumns, type HeaderPlan } from './internal/compile-columns.js';
import type { MappingSpec } from './mapping-spec.js';

/**
 * A row mapped into the shape of a domain record, not yet validated (pass `record` to
 * `validateMapped`), or the issues that stopped it. `unmapped` holds values no column of the record
 * takes (generation-1 columns without a generation-2 home), so a caller can report them.
 */
export type MapResult =
  | { ok: true; record: Record<string, unknown>; unmapped: Record<string, string> }
  | { ok: false; issues: ValidationIssue[] };

/** Maps the rows of one source with one spec, compiling the plan once per header row. */
export interface RowMapper {
  readonly spec: MappingSpec;
  map(row: SourceRow): MapResult;
  /** Every header seen so far that maps nowhere, with the reason. */
  unmappedHeaders(): UnmappedHeader[];
}

/**
 * Creates a mapper for a spec. Explicit targets and transforms are checked at once (`E_MAPPING_SPEC`);
 * a header row with two columns feeding one field fails on its first row (`E_MAPPING_CONFLICT`).
 * Per row: cells are trimmed and transformed, gathered as a wire row (converted by core's
 * `convertGeneration1` under that preset), read with core's `fromWireRecord`, and the constants set.
 * A row a source could not read, or a cell a transform refuses, gives issues with masked values.
 *
 * @example
 * const mapper = createRowMapper({ recordType: 'penalty', constants: { sourceSystem: 'hn-samr', version: 1 } });
 * for await (const row of readCsv('处罚.csv')) {
 *   const mapped = mapper.map(row);
 *   if (mapped.ok) validateMapped('penalty', mapped.record);
 * }
 */
export function createRowMapper(spec: MappingSpec): RowMapper {
  checkSpec(spec);
  const plans = new Map<string, RowPlan>();
  const unmapped = new Map<string, UnmappedHeader>();
  const constants = prepareConstants(spec);
  const generation1 =
    spec.preset === 'generation-1' && (spec.recordType === 'penalty' || spec.recordType === 'license');

  // Rows of one source share their headers: the last plan is checked first, without building a key.
  let lastHeaders: string[] = [];
  let lastPlan: RowPlan | undefined;
  function planFor(headers: string[]): RowPlan {
    if (lastPlan !== undefined && sameHeaders(headers, lastHeaders)) return lastPlan;
    lastHeaders = headers;
    lastPlan = planByKey(headers);
    return lastPlan;
  }

  function planByKey(headers: string[]): RowPlan {
    const key = headers.join('\u001f');
    let plan = plans.get(key);
    if (plan === undefined) {
      const header = compileColumns(spec, headers);
      const wires = header.columns.map((column) => column.wire);
      // Generation-1 rows are converted as whole rows first; any other row's columns are matched to
      // their fields once, here, rather than by name in every row.
      plan = { ...header, reader: generation1 ? undefined : prepareWireColumns(spec.recordType, wires) };
      plans.set(key, plan);
      for (const unmappedHeader of plan.unmapped) unmapped.set(unmappedHeader.header, unmappedHeader);
    }
    return plan;
  }

  return {
    spec,
    map(row) {
      if (row.error !== undefined) {
        return { ok: false, issues: [{ path: [], code: row.error.code, message: row.error.message }] };
      }
      const plan = planFor(Object.keys(row.fields));
      const { columns } = plan;
      const values: (string | undefined)[] = new Array(columns.length);
      let issues: ValidationIssue[] | undefined;
      for (let index = 0; index < columns.length; index += 1) {
        const column = columns[index] as ColumnPlan;
        const raw = row.fields[column.header] ?? '';
        if (column.transforms.length === 0) {
          // Most columns (all of them when headers map by name) have no transforms: only the trim.
          const value = trimCell(raw);
          if (value !== '') values[index] = value;
          continue;
        }
        const result = applyTransforms(raw, column.transforms, column.wireField);
        if (!result.ok) {
          issues ??= [];
          issues.push({
            path: column.field.split('.'),
            code: result.code,
            message: `${column.header}: ${redactText(result.message)}`,
            value: maskValue(column.field, raw),
          });
        } else values[index] = result.value;
      }
      if (issues !== undefined) return { ok: false, issues };
      let record: Record<string, unknown>;
      let extra: Record<string, string> = {};
      if (plan.reader !== undefined) record = plan.reader.read(values);
      else {
        const wire: Record<string, string> = {};
        for (let index = 0; index < columns.length; index += 1) {
          const value = values[index];
          if (value !== undefined) wire[(columns[index] as ColumnPlan).wire] = value;
        }
        const converted = convertGeneration1(spec.recordType as 'penalty' | 'license', wire);
        record = fromWireRecord(spec.recordType, converted.row);
        extra = converted.unmapped;
      }
      for (const constant of constants) setPathSteps(record, constant.steps, copyOf(constant.value));
      return { ok: true, record, unmapped: extra };
    },
    unmappedHeaders: () => [...unmapped.values()],
  };
}

/** A header plan with, unless rows are converted from generation 1 first, its columns' reader. */
interface RowPlan extends HeaderPlan {
  readonly reader: WireColumnsReader | undefined;
}

interface Constant {
  readonly steps: readonly string[];
  readonly value: unknown;
}

function prepareConstants(spec: MappingSpec): readonly Constant[] {
  return Object.entries(spec.constants ?? {}).map(([path, value]) => ({ steps: path.split('.'), value }));
}

// Each record gets its own copy of a constant. Text, numbers, booleans, bigints, null and undefined
// are their own copies; anything else goes through structuredClone (which refuses functions and symbols).
function copyOf(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return value;
    default:
      return value === null ? value : structuredClone(value);
  }
}

function checkSpec(spec: MappingSpec): void {
  const type: RecordType = spec.recordType;
  if (spec.preset !== undefined && spec.preset !== 'generation-1') {
    throw new CreditBridgeError({
      code: 'E_MAPPING_SPEC',
      message: `[mapping] unknown preset ${JSON.stringify(spec.preset)}`,
    });
  }
  if (spec.preset === 'generation-1' && type !== 'penalty' && type !== 'license') {
    throw new CreditBridgeError({
      code: 'E_MAPPING_SPEC',
      message: `[mapping] generation 1 has no ${type} records`,
    });
  }
  for (const path of [...Object.keys(spec.constants ?? {}), ...Object.keys(spec.synonyms ?? {})]) {
    if (findFieldByPath(type, path) === undefined) {
      throw new CreditBridgeError({
        code: 'E_MAPPING_SPEC',
        message: `[mapping] ${JSON.stringify(path)} is no field of ${type}`,
        details: { path },
      });
    }
  }
  compileColumns(spec, Object.keys(spec.columns ?? {}));
}

function sameHeaders(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

function setPathSteps(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let current = target;
  for (let index = 0; index < keys.length - 1; index += 1) {
    const key = keys[index] as string;
    const next = current[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[keys[keys.length - 1] as string] = value;
}
