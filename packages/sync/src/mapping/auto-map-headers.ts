import {
  findFieldByLabel,
  findFieldByWireName,
  GENERATION_1_LICENSE_COLUMNS,
  GENERATION_1_PENALTY_COLUMNS,
  type MoneyUnit,
  type RecordType,
  WIRE_FIELDS,
  type WireField,
} from '@credit-bridge/core';
import { normalizeHeader, splitSuffix } from './internal/normalize-header.js';
import type { MappingPreset } from './mapping-spec.js';

/** A header that maps with no configuration. */
export interface HeaderMatch {
  readonly header: string;
  /** The wire column its values fill (a generation-1 column under the `generation-1` preset). */
  readonly wire: string;
  /** The domain field path that column becomes. */
  readonly field: string;
  /** How it matched: the wire name, the template title, or the title before a bracketed suffix. */
  readonly by: 'wire' | 'label' | 'title';
  /** For a money column, the unit its header names (`罚款金额(元)` → `yuan`); mapping converts it. */
  readonly unit?: MoneyUnit;
}

/** A header that maps nowhere, and why. */
export interface UnmappedHeader {
  readonly header: string;
  readonly reason: string;
}

/** Which headers map where, which map nowhere, and which collide. */
export interface HeaderMapping {
  readonly matches: HeaderMatch[];
  readonly unmapped: UnmappedHeader[];
  /** Wire columns two or more headers map to; a mapper refuses such a header row. */
  readonly conflicts: { readonly wire: string; readonly headers: string[] }[];
}

const UNITS: Readonly<Record<string, MoneyUnit>> = { 元: 'yuan', 万元: 'wan_yuan' };

/**
 * Maps headers to wire columns with no configuration: a header that is a national wire name
 * (`CF_XDR_MC`, any case) or a template title (`行政相对人名称`) maps, tolerating spaces, full-width
 * brackets, a leading `*` and a bracketed suffix (`处罚决定日期（YYYY-MM-DD）`). A money header names
 * its unit (`罚款金额(元)`, `罚款金额（万元）`), which mapping applies; one without a unit is left
 * unmapped rather than guessed. Under the `generation-1` preset, generation-1 names and titles
 * (`CF_XZJG`, `处罚机关`) map to their generation-1 columns for core's converter.
 *
 * @example
 * autoMapHeaders('penalty', ['行政相对人名称', 'CF_WSH', '罚款金额(元)', '序号']);
 * // matches: 行政相对人名称 → CF_XDR_MC, CF_WSH → CF_WSH, 罚款金额(元) → CF_NR_FK (unit yuan); unmapped: 序号
 */
export function autoMapHeaders(
  recordType: RecordType,
  headers: readonly string[],
  options: { preset?: MappingPreset } = {},
): HeaderMapping {
  const matches: HeaderMatch[] = [];
  const unmapped: UnmappedHeader[] = [];
  for (const header of headers) {
    const result =
      options.preset === 'generation-1' && (recordType === 'penalty' || recordType === 'license')
        ? (matchGeneration1(recordType, header) ?? matchHeader(recordType, header))
        : matchHeader(recordType, header);
    if ('reason' in result) unmapped.push(result);
    else matches.push(result);
  }
  const byWire = new Map<string, string[]>();
  for (const match of matches) byWire.set(match.wire, [...(byWire.get(match.wire) ?? []), match.header]);
  const conflicts = [...byWire]
    .filter(([, list]) => list.length > 1)
    .map(([wire, list]) => ({ wire, headers: list }));
  return { matches, unmapped, conflicts };
}

function matchHeader(recordType: RecordType, header: string): HeaderMatch | UnmappedHeader {
  const byWire = findFieldByWireName(recordType, header);
  if (byWire !== undefined) return { header, wire: byWire.wire, field: byWire.field, by: 'wire' };
  const [base, suffix] = splitSuffix(normalizeHeader(header));
  const byLabel = findFieldByLabel(recordType, header);
  // An amount is only safe to read when the header names its unit: 罚款金额 in a district export is
  // as often 元 as the template's 万元, and a wrong guess is off by ten thousand.
  const unitless = byLabel?.kind === 'money' && suffix === undefined;
  if (byLabel !== undefined && !unitless)
    return { header, wire: byLabel.wire, field: byLabel.field, by: 'label' };
  const candidates = WIRE_FIELDS[recordType].filter((field) => titleBases(field).includes(base));
  const [field] = candidates;
  if (field === undefined) return { header, reason: 'neither a wire name nor a template title' };
  if (candidates.length > 1)
    return { header, reason: `the title fits ${candidates.map((f) => f.wire).join(', ')}` };
  if (field.kind !== 'money') return { header, wire: field.wire, field: field.field, by: 'title' };
  const unit = suffix === undefined ? undefined : UNITS[suffix];
  if (unit === undefined) {
    return {
      header,
      reason: `an amount without its unit: write 元 or 万元 in the header, or map it with an amount transform`,
    };
  }
  return { header, wire: field.wire, field: field.field, by: 'title', unit };
}

function titleBases(field: WireField): string[] {
  return [field.label, ...(field.labelAliases ?? [])].map((title) => splitSuffix(normalizeHeader(title))[0]);
}

function matchGeneration1(
  recordType: 'penalty' | 'license',
  header: string,
): HeaderMatch | UnmappedHeader | undefined {
  const columns = recordType === 'penalty' ? GENERATION_1_PENALTY_COLUMNS : GENERATION_1_LICENSE_COLUMNS;
  const normalized = normalizeHeader(header);
  const column =
    columns.find((candidate) => candidate.v1 === normalized) ??
    columns.find((candidate) => normalizeHeader(candidate.label) === normalized);
  if (column === undefined) return undefined;
  if (column.v2 === undefined)
    return { header, reason: `generation 2 has no column for ${column.v1} (${column.label})` };
  const target = findFieldByWireName(recordType, column.v2);
  return {
    header,
    wire: column.v1,
    field: target?.field ?? column.v2,
    by: column.v1 === normalized ? 'wire' : 'label',
  };
}
