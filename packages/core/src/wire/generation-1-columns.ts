/** How a generation-1 value is rewritten on its way to generation 2. */
export type Generation1Conversion =
  | 'copy'
  | 'date'
  | 'licenseCategory'
  | 'licenseStatus'
  | 'penaltyKind'
  | 'severity'
  | 'idCard';

/** One column of the generation-1 (c. 2015–2018) 双公示 tables and where it goes in generation 2. */
export interface Generation1Column {
  /** The generation-1 column name. */
  readonly v1: string;
  /** Its meaning in the generation-1 template. */
  readonly label: string;
  /** The generation-2 column it becomes; absent when generation 2 has no home for it (kept in `unmapped`). */
  readonly v2?: string;
  readonly conversion?: Generation1Conversion;
}

/**
 * 行政许可 generation 1 (Wuhan `tab_permisson_wuhan_month`, domain reference §3.2 and the §9.1 mapping).
 * `XK_XDR_SFZ` becomes 证件类型 身份证 + 证件号码 of the subject, or of the legal representative when
 * the row carries a USCC. `XK_XMMC`, `XK_BM`, `XK_SYFW` and `SJC` have no generation-2 column.
 */
export const GENERATION_1_LICENSE_COLUMNS: readonly Generation1Column[] = [
  { v1: 'XK_WSH', label: '行政许可决定书文号', v2: 'XK_WSH' },
  { v1: 'XK_XMMC', label: '项目名称' },
  { v1: 'XK_SPLB', label: '审批类别', v2: 'XK_XKLB', conversion: 'licenseCategory' },
  { v1: 'XK_NR', label: '许可内容', v2: 'XK_NR' },
  { v1: 'XK_XDR', label: '行政相对人名称', v2: 'XK_XDR_MC' },
  { v1: 'XK_XDR_SHXYM', label: '统一社会信用代码', v2: 'XK_XDR_SHXYM' },
  { v1: 'XK_XDR_ZDM', label: '组织机构代码', v2: 'XK_XDR_ZZJG' },
  { v1: 'XK_XDR_GSDJ', label: '工商登记码', v2: 'XK_XDR_GSZC' },
  { v1: 'XK_XDR_SWDJ', label: '税务登记号', v2: 'XK_XDR_SWDJ' },
  { v1: 'XK_XDR_SFZ', label: '居民身份证号', v2: 'XK_XDR_ZJHM', conversion: 'idCard' },
  { v1: 'XK_FR', label: '法定代表人姓名', v2: 'XK_FRDB' },
  { v1: 'XK_JDRQ', label: '许可决定日期', v2: 'XK_JDRQ', conversion: 'date' },
  { v1: 'XK_JZQ', label: '许可截止期', v2: 'XK_YXQZI', conversion: 'date' },
  { v1: 'XK_XZJG', label: '许可机关', v2: 'XK_XKJG' },
  { v1: 'XK_ZT', label: '当前状态', v2: 'XK_ZT', conversion: 'licenseStatus' },
  { v1: 'XK_BM', label: '权力(事项)编码' },
  { v1: 'XK_SYFW', label: '信息使用范围' },
  { v1: 'DFBM', label: '地方编码', v2: 'DFBM' },
  { v1: 'SJC', label: '数据更新时间戳' },
  { v1: 'BZ', label: '备注', v2: 'BZ' },
];

/**
 * 行政处罚 generation 1 (Wuhan `tab_penaly_wuhan_month`, §3.2, §9.1). `CF_CFLB1` and `CF_CFLB2` merge
 * into `CF_CFLB`; `CF_JG` 处罚结果 becomes `CF_NR`, `CF_JZRQ` 截止日期 becomes `CF_YXQ`. `CF_AJMC`,
 * `CF_CFMC`, `CF_ZT` (当前状态, e.g. 撤销 — review these rows by hand), `CF_BM`, `CF_SYFW` and `SJC` have
 * no generation-2 column. `CF_SXYZCD` moves to the toolkit's severity column when it holds a severity word.
 */
export const GENERATION_1_PENALTY_COLUMNS: readonly Generation1Column[] = [
  { v1: 'CF_WSH', label: '行政处罚决定书文号', v2: 'CF_WSH' },
  { v1: 'CF_AJMC', label: '案件名称' },
  { v1: 'CF_CFMC', label: '处罚名称' },
  { v1: 'CF_CFLB1', label: '处罚类别1', v2: 'CF_CFLB', conversion: 'penaltyKind' },
  { v1: 'CF_CFLB2', label: '处罚类别2', v2: 'CF_CFLB', conversion: 'penaltyKind' },
  { v1: 'CF_SY', label: '处罚事由', v2: 'CF_SY' },
  { v1: 'CF_YJ', label: '处罚依据', v2: 'CF_YJ' },
  { v1: 'CF_XDR_MC', label: '行政相对人名称', v2: 'CF_XDR_MC' },
  { v1: 'CF_XDR_SHXYM', label: '统一社会信用代码', v2: 'CF_XDR_SHXYM' },
  { v1: 'CF_XDR_ZDM', label: '组织机构代码', v2: 'CF_XDR_ZZJG' },
  { v1: 'CF_XDR_GSDJ', label: '工商登记码', v2: 'CF_XDR_GSZC' },
  { v1: 'CF_XDR_SWDJ', label: '税务登记号', v2: 'CF_XDR_SWDJ' },
  { v1: 'CF_XDR_SFZ', label: '居民身份证号', v2: 'CF_XDR_ZJHM', conversion: 'idCard' },
  { v1: 'CF_FR', label: '法定代表人姓名', v2: 'CF_FRDB' },
  { v1: 'CF_JG', label: '处罚结果', v2: 'CF_NR' },
  { v1: 'CF_JDRQ', label: '处罚决定日期', v2: 'CF_JDRQ', conversion: 'date' },
  { v1: 'CF_JZRQ', label: '处罚截止日期', v2: 'CF_YXQ', conversion: 'date' },
  { v1: 'CF_XZJG', label: '处罚机关', v2: 'CF_CFJG' },
  { v1: 'CF_ZT', label: '当前状态' },
  { v1: 'CF_BM', label: '权力编码' },
  { v1: 'CF_SYFW', label: '信息使用范围' },
  { v1: 'CF_GSJZQ', label: '公示截止期', v2: 'CF_GSJZQ', conversion: 'date' },
  { v1: 'CF_SXYZCD', label: '失信严重程度', v2: 'CF_SXYZCD', conversion: 'severity' },
  { v1: 'DFBM', label: '地方编码', v2: 'DFBM' },
  { v1: 'SJC', label: '数据更新时间戳' },
  { v1: 'BZ', label: '备注', v2: 'BZ' },
];
