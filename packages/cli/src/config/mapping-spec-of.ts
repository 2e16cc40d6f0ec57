import type { MappingSpec } from '@credit-bridge/sync';
import type { ResolvedStream } from './load-config.js';

/**
 * The sync mapping spec of a stream: its `mapping` with its `recordType`.
 *
 * @example
 * createRowMapper(mappingSpecOf(config.streams[0]));
 */
export function mappingSpecOf(stream: Pick<ResolvedStream, 'recordType' | 'mapping'>): MappingSpec {
  // The config schema accepts exactly the shapes MappingSpec describes; zod's optional keys only add
  // `| undefined`, which the mapper treats as absent.
  return { ...stream.mapping, recordType: stream.recordType } as MappingSpec;
}
