import {
  CODE_TABLES,
  CreditBridgeError,
  findFieldByLabel,
  findFieldByPath,
  findFieldByWireName,
  type RecordType,
  type WireField,
} from '@credit-bridge/core';
import { autoMapHeaders, type UnmappedHeader } from '../auto-map-headers.js';
import type { ColumnTransform, MappingSpec } from '../mapping-spec.js';

/** How one source column is mapped: its wire column, the field it becomes and its transforms. */
export interface ColumnPlan {
  readonly header: string;
  readonly wire: string;
  /** The domain field path, for issue paths. */
  readonly field: string;
  readonly wireField: WireField | undefined;
  readonly transforms: readonly ColumnTransform[];
}

/** The plan for one header row. */
export interface HeaderPlan {
  readonly columns: readonly ColumnPlan[];
  readonly unmapped: readonly UnmappedHeader[];
}

function specError(message: string, details: Record<string, unknown> = {}): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_MAPPING_SPEC', message: `[mapping] ${message}`, details });
}

/** Resolves an explicit target (field path, wire name or title) to a wire field of the type. */
export function resolveTarget(recordType: RecordType, target: string): WireField {
  const field =
    findFieldByPath(recordType, target) ??
    findFieldByWireName(recordType, target) ??
    findFieldByLabel(recordType, target);
  if (field === undefined) {
    throw specError(`${JSON.stringify(target)} is no field, wire name or column title of ${recordType}`, {
      target,
    });
  }
  return field;
}

/** Checks that each transform fits the field it feeds. */
export function checkTransforms(
  recordType: RecordType,
  field: WireField,
  transforms: readonly ColumnTransform[],
): void {
  for (const transform of transforms) {
    const fits =
      transform.type === 'date'
        ? field.kind === 'date' || field.kind === 'timestamp'
        : transform.type === 'amount'
          ? field.kind === 'money'
          : transform.type === 'code'
            ? field.table !== undefined
            : true;
    if (!fits)
      throw specError(`a ${transform.type} transform cannot feed ${field.wire} (${field.kind})`, {
        wire: field.wire,
      });
    if (transform.type === 'code' && field.table !== undefined) {
      const keys: readonly string[] = CODE_TABLES[field.table].keys;
      const unknown = Object.values(transform.synonyms).filter((key) => !keys.includes(key));
      if (unknown.length > 0) {
        throw specError(
          `${recordType} ${field.field}: ${unknown.join(', ')} are not keys of ${field.table}`,
          { keys },
        );
      }
    }
  }
}

function asArray(
  transform: ColumnTransform | readonly ColumnTransform[] | undefined,
): readonly ColumnTransform[] {
  if (transform === undefined) return [];
  return Array.isArray(transform) ? transform : [transform as ColumnTransform];
}

/**
 * The plan for a header row under a spec: explicit columns first, then (with `autoMap`) headers that
 * are wire names or titles; a money header's unit becomes an amount transform, spec-level synonyms a
 * code transform. Two headers feeding one column fail with `E_MAPPING_CONFLICT`.
 */
export function compileColumns(spec: MappingSpec, headers: readonly string[]): HeaderPlan {
  const explicit = spec.columns ?? {};
  const ignored = new Set(spec.ignore ?? []);
  const columns: ColumnPlan[] = [];
  const rest = headers.filter((header) => !Object.hasOwn(explicit, header) && !ignored.has(header));
  for (const header of headers) {
    const mapping = explicit[header];
    if (mapping === undefined || ignored.has(header)) continue;
    const target = typeof mapping === 'string' ? mapping : mapping.field;
    const field = resolveTarget(spec.recordType, target);
    const transforms = typeof mapping === 'string' ? [] : asArray(mapping.transform);
    columns.push({ header, wire: field.wire, field: field.field, wireField: field, transforms });
  }
  const auto =
    spec.autoMap === false
      ? { matches: [], unmapped: rest.map((header) => ({ header, reason: 'not listed in columns' })) }
      : autoMapHeaders(spec.recordType, rest, spec.preset === undefined ? {} : { preset: spec.preset });
  for (const match of 'matches' in auto ? auto.matches : []) {
    const field = findFieldByWireName(spec.recordType, match.wire);
    const transforms: ColumnTransform[] =
      match.unit === undefined ? [] : [{ type: 'amount', unit: match.unit }];
    columns.push({
      header: match.header,
      wire: match.wire,
      field: match.field,
      wireField: field,
      transforms,
    });
  }
  const withSynonyms = columns.map((column) => {
    const synonyms = spec.synonyms?.[column.field];
    if (synonyms === undefined || column.wireField === undefined) return column;
    return { ...column, transforms: [...column.transforms, { type: 'code' as const, synonyms }] };
  });
  for (const column of withSynonyms) {
    if (column.wireField !== undefined) checkTransforms(spec.recordType, column.wireField, column.transforms);
  }
  const seen = new Map<string, string>();
  for (const column of withSynonyms) {
    const other = seen.get(column.wire);
    if (other !== undefined) {
      throw new CreditBridgeError({
        code: 'E_MAPPING_CONFLICT',
        message: `[mapping] columns ${JSON.stringify(other)} and ${JSON.stringify(column.header)} both map to ${column.wire}; map or ignore one of them`,
        details: { wire: column.wire, headers: [other, column.header] },
      });
    }
    seen.set(column.wire, column.header);
  }
  return { columns: withSynonyms, unmapped: auto.unmapped };
}
