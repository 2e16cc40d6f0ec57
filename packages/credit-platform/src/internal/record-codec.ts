import {
  type CreditPlatformProfile,
  findFieldByPath,
  fromWireRecord,
  RECORD_SCHEMAS,
  type RecordOf,
  type RecordType,
  renameWireFields,
  toWireJson,
  toWireRecord,
  type WireRow,
} from '@credit-bridge/core';
import { z } from 'zod';

const WIRE_ROW_MESSAGE = 'a record: an object whose values are all strings';

function isStringRow(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Own values only (a for-in walk also visits the prototype chain, at several times the cost).
  for (const item of Object.values(value)) if (typeof item !== 'string') return false;
  return true;
}

/**
 * A domain record as the platform under `profile` wants it: core's wire mapping (`toWireRecord`), then the
 * profile's column renames. Throws core's `E_WIRE_VALUE` for a value that cannot be written.
 *
 * @example
 * encodeRecord(profile, 'penalty', penalty); // { RECORD_ID: 'CF-…', CF_XDR_MC: '…', … }
 */
export function encodeRecord<T extends RecordType>(
  profile: CreditPlatformProfile,
  type: T,
  record: RecordOf<T>,
): WireRow {
  const wire = toWireRecord(type, record);
  return renamesColumns(profile) ? renameWireFields(profile, wire, 'toPlatform') : wire;
}

/**
 * `JSON.stringify(encodeRecord(profile, type, record))`: for a profile that renames no column, core's
 * `toWireJson` writes the same text without building the row.
 *
 * @example
 * encodeRecordJson(profile, 'penalty', penalty); // '{"RECORD_ID":"CF-…","CF_XDR_MC":"…",…}'
 */
export function encodeRecordJson<T extends RecordType>(
  profile: CreditPlatformProfile,
  type: T,
  record: RecordOf<T>,
): string {
  return renamesColumns(profile)
    ? JSON.stringify(encodeRecord(profile, type, record))
    : toWireJson(type, record);
}

const renaming = new WeakMap<CreditPlatformProfile, boolean>();

/** Whether the profile renames any column (most do not: every record then skips the rename's copy). */
function renamesColumns(profile: CreditPlatformProfile): boolean {
  let renames = renaming.get(profile);
  if (renames === undefined) {
    renames = Object.values(profile.wireFieldRenames ?? {}).some((name) => typeof name === 'string');
    renaming.set(profile, renames);
  }
  return renames;
}

/**
 * The platform's column name for a path into a domain record (`['subject', 'uscc']` → `CF_XDR_SHXYM`,
 * renamed by the profile); the longest prefix of the path that names a column wins, so an issue inside a
 * JSON-text column names that column. `undefined` when no column matches.
 */
export function wireNameOf(
  profile: CreditPlatformProfile,
  type: RecordType,
  path: readonly PropertyKey[],
): string | undefined {
  const names: string[] = [];
  for (const part of path) {
    if (typeof part !== 'string') break;
    names.push(part);
  }
  for (let length = names.length; length > 0; length -= 1) {
    const field = findFieldByPath(type, names.slice(0, length).join('.'));
    if (field !== undefined) return profile.wireFieldRenames?.[field.wire] ?? field.wire;
  }
  return undefined;
}

const schemaCache = new WeakMap<CreditPlatformProfile, Map<RecordType, z.ZodType>>();

/**
 * The schema of a record as the platform sends it: a row of strings, renamed back to core's names,
 * decoded with `fromWireRecord` and checked against the record type's domain schema. An issue names the
 * platform's column (`['SXMD_TYSHXYDM']`), so a `ContractError` points at the field that broke. Columns
 * nobody knows are ignored, as the contract tells clients to.
 *
 * @example
 * recordSchema(profile, 'blacklist').parse(row); // a BlacklistEntry
 */
export function recordSchema<T extends RecordType>(
  profile: CreditPlatformProfile,
  type: T,
): z.ZodType<RecordOf<T>> {
  let byType = schemaCache.get(profile);
  if (byType === undefined) {
    byType = new Map();
    schemaCache.set(profile, byType);
  }
  const cached = byType.get(type);
  if (cached !== undefined) return cached as z.ZodType<RecordOf<T>>;
  // One transform, not a row schema piped into one: every record of every answer passes here.
  const schema = z.unknown().transform((row, context) => {
    if (!isStringRow(row)) {
      context.addIssue({ code: 'custom', message: WIRE_ROW_MESSAGE });
      return z.NEVER;
    }
    const decoded = fromWireRecord(
      type,
      renamesColumns(profile) ? renameWireFields(profile, row, 'fromPlatform') : row,
    );
    const parsed = RECORD_SCHEMAS[type].safeParse(decoded);
    if (parsed.success) return parsed.data as RecordOf<T>;
    for (const issue of parsed.error.issues) {
      const column = wireNameOf(profile, type, issue.path);
      context.addIssue({
        code: 'custom',
        message: `a ${type} record (${issue.path.join('.') || 'record'}: ${issue.message})`,
        path: column === undefined ? [] : [column],
      });
    }
    return z.NEVER;
  });
  byType.set(type, schema);
  return schema;
}
