/**
 * The four kinds of record the toolkit exchanges: 行政处罚 `penalty`, 行政许可 `license`, 严重失信主体名单
 * `blacklist` and 信用修复 `repair`. Adapters, the mock platforms and the sync engine key everything on
 * these names.
 */
export const RECORD_TYPES = ['penalty', 'license', 'blacklist', 'repair'] as const;

/** One of {@link RECORD_TYPES}. */
export type RecordType = (typeof RECORD_TYPES)[number];

/** The Chinese name of each record type, as it travels on the wire (e.g. a repair's target type). */
export const RECORD_TYPE_LABELS: Readonly<Record<RecordType, string>> = {
  penalty: '行政处罚',
  license: '行政许可',
  blacklist: '严重失信主体名单',
  repair: '信用修复',
};

/**
 * True when `value` is one of {@link RECORD_TYPES}.
 *
 * @example
 * isRecordType('penalty'); // true
 */
export function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}
