import {
  CreditBridgeError,
  convertGeneration1,
  findFieldByPath,
  fromWireRecord,
  type RecordType,
  redactText,
  type ValidationIssue,
} from '@credit-bridge/core';
import { maskValue } from '../internal/mask-value.js';
import type { SourceRow } from '../sources/source-row.js';
import type { UnmappedHeader } from './auto-map-headers.js';
import { applyTransforms, trimCell } from './internal/apply-transforms.js';
import { compileColumns, type HeaderPlan } from './internal/compile-columns.js';
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
  const plans = new Map<string, HeaderPlan>();
  const unmapped = new Map<string, UnmappedHeader>();

  // Rows of one source share their headers: the last plan is checked first, without building a key.
  let lastHeaders: string[] = [];
  let lastPlan: HeaderPlan | undefined;
  function planFor(headers: string[]): HeaderPlan {
    if (lastPlan !== undefined && sameHeaders(headers, lastHeaders)) return lastPlan;
    lastHeaders = headers;
    lastPlan = planByKey(headers);
    return lastPlan;
  }

  function planByKey(headers: string[]): HeaderPlan {
    const key = headers.join('\u001f');
    let plan = plans.get(key);
    if (plan === undefined) {
      plan = compileColumns(spec, headers);
      plans.set(key, plan);
      for (const header of plan.unmapped) unmapped.set(header.header, header);
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
      const wire: Record<string, string> = {};
      const issues: ValidationIssue[] = [];
      for (const column of plan.columns) {
        const raw = row.fields[column.header] ?? '';
        if (column.transforms.length === 0) {
          // Most columns (all of them when headers map by name) have no transforms: only the trim.
          const value = trimCell(raw);
          if (value !== '') wire[column.wire] = value;
          continue;
        }
        const result = applyTransforms(raw, column.transforms, column.wireField);
        if (!result.ok) {
          issues.push({
            path: column.field.split('.'),
            code: result.code,
            message: `${column.header}: ${redactText(result.message)}`,
            value: maskValue(column.field, raw),
          });
        } else if (result.value !== undefined) wire[column.wire] = result.value;
      }
      if (issues.length > 0) return { ok: false, issues };
      let extra: Record<string, string> = {};
      let wireRow: Record<string, string> = wire;
      if (
        spec.preset === 'generation-1' &&
        (spec.recordType === 'penalty' || spec.recordType === 'license')
      ) {
        const converted = convertGeneration1(spec.recordType, wire);
        wireRow = converted.row;
        extra = converted.unmapped;
      }
      const record = fromWireRecord(spec.recordType, wireRow);
      for (const [path, value] of Object.entries(spec.constants ?? {}))
        setPath(record, path, structuredClone(value));
      return { ok: true, record, unmapped: extra };
    },
    unmappedHeaders: () => [...unmapped.values()],
  };
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

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let current = target;
  for (const key of keys) {
    const next = current[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[last] = value;
}
