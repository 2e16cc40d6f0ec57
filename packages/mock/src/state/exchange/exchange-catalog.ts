import {
  EXCHANGE_RECORD_MESSAGES,
  EXCHANGE_SCHEMA_VERSION,
  type ExchangeMessageType,
  REPORT_SECTIONS,
  REPORT_WIRE_FIELDS,
  WIRE_FIELDS,
} from '@credit-bridge/core';

/** A resource of the catalog (资源目录) as the contract's `CatalogResource` describes it. */
export interface CatalogResource {
  readonly resourceCode: string;
  readonly name: string;
  readonly description?: string;
  readonly messageType: Exclude<ExchangeMessageType, 'RECEIPT'>;
  readonly schemaVersion: string;
  readonly providerCode: string;
  readonly providerName: string;
  readonly updateCycle: 'realtime' | 'daily' | 'weekly' | 'monthly';
  readonly sharing: 'unconditional' | 'conditional';
  /** Wire names of the record columns (a report: its `XYBG_*` columns and sections). */
  readonly fields: readonly string[];
}

/** A resource with what the platform holds of it now. */
export interface CatalogEntry extends CatalogResource {
  /** Records held (a report resource: reports held). */
  readonly recordCount: number;
  /** Epoch milliseconds of the last accepted record, if any. */
  readonly updatedAt?: number;
}

/** The credit centre that provides every resource of the catalog, and issues the reports the platform shares. */
export const CATALOG_PROVIDER = {
  code: '11420100CBG000015N',
  name: '武汉市公共信用信息中心（示例）',
} as const;

const PROVIDER = { providerCode: CATALOG_PROVIDER.code, providerName: CATALOG_PROVIDER.name };

function recordResource(
  messageType: keyof typeof EXCHANGE_RECORD_MESSAGES,
  name: string,
  updateCycle: CatalogResource['updateCycle'],
  sharing: CatalogResource['sharing'],
): CatalogResource {
  const { recordType } = EXCHANGE_RECORD_MESSAGES[messageType];
  return {
    resourceCode: `WH-${messageType}`,
    name,
    messageType,
    schemaVersion: EXCHANGE_SCHEMA_VERSION,
    ...PROVIDER,
    updateCycle,
    sharing,
    fields: WIRE_FIELDS[recordType].map((field) => field.wire),
  };
}

/**
 * The five resources of the toolkit, as the contract's catalog example lists them: 行政处罚, 行政许可,
 * 严重失信主体名单, 信用修复 and 公共信用信息报告, each with the columns of core's wire tables.
 */
export const EXCHANGE_CATALOG: readonly CatalogResource[] = [
  recordResource('XZCF', '行政处罚信息', 'daily', 'unconditional'),
  recordResource('XZXK', '行政许可信息', 'daily', 'unconditional'),
  recordResource('SXMD', '严重失信主体名单信息', 'realtime', 'unconditional'),
  recordResource('XYXF', '信用修复信息', 'realtime', 'conditional'),
  {
    resourceCode: 'WH-XYBG',
    name: '公共信用信息报告',
    description: 'Reports issued by the credit centre, shared on request.',
    messageType: 'XYBG',
    schemaVersion: EXCHANGE_SCHEMA_VERSION,
    ...PROVIDER,
    updateCycle: 'realtime',
    sharing: 'conditional',
    fields: [
      ...REPORT_WIRE_FIELDS.map((field) => field.wire),
      ...REPORT_SECTIONS.map((section) => section.wire),
    ],
  },
];
