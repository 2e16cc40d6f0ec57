import type { RecordType } from '@credit-bridge/core';
import type { SinkConfig } from '../sync-config.js';

const MESSAGE_TYPES: Readonly<Record<RecordType, string>> = {
  penalty: 'XZCF',
  license: 'XZXK',
  blacklist: 'SXMD',
  repair: 'XYXF',
};

/**
 * The ledger's name of a configured sink: `credit-platform`, or `exchange:<messageType>` with the
 * resource when one is named (`exchange:XZCF:WH-XZCF`), so each resource keeps its own ledger entries.
 *
 * @example
 * sinkIdOf({ platform: 'exchange', receiverCode: '11420103CBG1030222' }, 'penalty'); // 'exchange:XZCF'
 */
export function sinkIdOf(sink: SinkConfig, recordType: RecordType): string {
  switch (sink.platform) {
    case 'credit':
      return 'credit-platform';
    case 'exchange': {
      const messageType = sink.messageType ?? MESSAGE_TYPES[recordType];
      return sink.resourceCode === undefined
        ? `exchange:${messageType}`
        : `exchange:${messageType}:${sink.resourceCode}`;
    }
  }
}

/** The exchange message type of a record type. */
export function messageTypeOf(recordType: RecordType): string {
  return MESSAGE_TYPES[recordType];
}
