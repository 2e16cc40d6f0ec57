import type { SourceRow } from '../sources/source-row.js';
import { createRowMapper, type MapResult, type RowMapper } from './create-row-mapper.js';
import type { MappingSpec } from './mapping-spec.js';

const mappers = new WeakMap<MappingSpec, RowMapper>();

/**
 * Maps one row with a spec (see {@link createRowMapper}); the compiled plan is cached per spec
 * object, so calling it row by row costs no recompilation.
 *
 * @example
 * const result = mapRow({ recordType: 'license' }, row);
 */
export function mapRow(spec: MappingSpec, row: SourceRow): MapResult {
  let mapper = mappers.get(spec);
  if (mapper === undefined) {
    mapper = createRowMapper(spec);
    mappers.set(spec, mapper);
  }
  return mapper.map(row);
}
