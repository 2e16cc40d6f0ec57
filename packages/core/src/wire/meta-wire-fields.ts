import type { WireField } from './wire-field.js';

/**
 * The meta columns every record type carries, toolkit-defined except `DFBM`, which generation 1 already
 * used for the region code (地方编码, domain reference §3.2):
 * `RECORD_ID` 记录编号, `RECORD_VERSION` 记录版本 (decimal digits), `SOURCE_SYSTEM` 来源系统编码, `DFBM` 地方编码.
 */
export const META_WIRE_FIELDS: readonly WireField[] = [
  {
    field: 'recordId',
    wire: 'RECORD_ID',
    label: '记录编号',
    kind: 'string',
    required: true,
    toolkitDefined: true,
  },
  {
    field: 'version',
    wire: 'RECORD_VERSION',
    label: '记录版本',
    kind: 'integer',
    required: true,
    toolkitDefined: true,
  },
  {
    field: 'sourceSystem',
    wire: 'SOURCE_SYSTEM',
    label: '来源系统编码',
    kind: 'string',
    required: true,
    toolkitDefined: true,
  },
  { field: 'regionCode', wire: 'DFBM', label: '地方编码', kind: 'identifier', required: true, maxLength: 6 },
];
