import type { CreditSector, PenaltyKind, SubjectCategory } from '../../model/code-tables.js';
import type { CreditSeverity } from '../../model/credit-severity.js';
import type { DepartmentKey } from './authorities.js';

/** One kind of case a district department decides, with text in the style of real decisions. */
export interface PenaltyScenario {
  department: DepartmentKey;
  subjects: readonly SubjectCategory[];
  violationType: string;
  /** `{date}` is replaced by the day the violation was found. */
  facts: string;
  legalBasis: string;
  /** Combinations of kinds the basis allows; one is picked. */
  kinds: readonly (readonly PenaltyKind[])[];
  /** Fine range in 元 when a combination includes `fine`. */
  fineYuan?: readonly [number, number];
  /** Confiscation range in 元 when a combination confiscates. */
  confiscationYuan?: readonly [number, number];
  /** The licence named when a combination suspends or revokes one. */
  license?: string;
  sector: CreditSector;
  severities: readonly CreditSeverity[];
}

const COMPANIES: readonly SubjectCategory[] = ['legal_person', 'individual_business'];
const ANYONE: readonly SubjectCategory[] = ['legal_person', 'individual_business', 'natural_person'];

/** The synthetic cases; statutes and articles are those that govern such cases. */
export const PENALTY_SCENARIOS: readonly PenaltyScenario[] = [
  {
    department: 'samr',
    subjects: COMPANIES,
    violationType: '经营超过保质期的食品',
    facts: '经查，当事人于{date}在其经营场所销售超过保质期的预包装食品，货值金额较小，已全部下架。',
    legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款第（二）项',
    kinds: [['fine', 'confiscate_illegal_gains'], ['fine']],
    fineYuan: [50_000, 100_000],
    confiscationYuan: [100, 3_000],
    sector: 'other',
    severities: ['general'],
  },
  {
    department: 'samr',
    subjects: COMPANIES,
    violationType: '未取得食品经营许可从事食品经营活动',
    facts: '经查，当事人自{date}起未取得食品经营许可，在其经营场所从事热食类食品制售活动。',
    legalBasis: '《中华人民共和国食品安全法》第一百二十二条第一款',
    kinds: [['fine', 'confiscate_illegal_gains']],
    fineYuan: [50_000, 100_000],
    confiscationYuan: [500, 20_000],
    sector: 'other',
    severities: ['general', 'serious'],
  },
  {
    department: 'samr',
    subjects: COMPANIES,
    violationType: '发布虚假广告',
    facts: '经查，当事人于{date}在其微信公众号发布含有虚假内容的商品广告，欺骗、误导消费者。',
    legalBasis: '《中华人民共和国广告法》第五十五条第一款',
    kinds: [['fine']],
    fineYuan: [20_000, 200_000],
    sector: 'other',
    severities: ['general'],
  },
  {
    department: 'samr',
    subjects: COMPANIES,
    violationType: '使用未经定期检验的特种设备',
    facts: '经查，当事人使用的电梯检验合格有效期已届满，{date}检查时仍在使用，未申报定期检验。',
    legalBasis: '《中华人民共和国特种设备安全法》第八十四条第（一）项',
    kinds: [['fine']],
    fineYuan: [30_000, 300_000],
    sector: 'special_equipment',
    severities: ['general', 'serious'],
  },
  {
    department: 'emergency',
    subjects: ['legal_person'],
    violationType: '未按照规定对从业人员进行安全生产教育和培训',
    facts: '经查，当事人于{date}安排未经安全生产教育和培训合格的从业人员上岗作业。',
    legalBasis: '《中华人民共和国安全生产法》第九十七条第（三）项',
    kinds: [['fine'], ['warning', 'fine']],
    fineYuan: [10_000, 100_000],
    sector: 'work_safety',
    severities: ['general'],
  },
  {
    department: 'emergency',
    subjects: ['legal_person'],
    violationType: '未建立事故隐患排查治理制度',
    facts: '经查，当事人截至{date}未建立事故隐患排查治理制度，未如实记录事故隐患排查治理情况。',
    legalBasis: '《中华人民共和国安全生产法》第一百零一条第（五）项',
    kinds: [['fine']],
    fineYuan: [10_000, 100_000],
    sector: 'work_safety',
    severities: ['general', 'serious'],
  },
  {
    department: 'fire',
    subjects: COMPANIES,
    violationType: '消防设施、器材未保持完好有效',
    facts: '经查，当事人经营场所的室内消火栓、火灾自动报警系统于{date}检查时处于故障状态。',
    legalBasis: '《中华人民共和国消防法》第六十条第一款第（一）项',
    kinds: [['fine']],
    fineYuan: [5_000, 50_000],
    sector: 'fire_safety',
    severities: ['general'],
  },
  {
    department: 'fire',
    subjects: ANYONE,
    violationType: '占用、堵塞、封闭疏散通道、安全出口',
    facts: '经查，{date}检查时发现当事人在疏散通道内堆放杂物，堵塞安全出口。',
    legalBasis: '《中华人民共和国消防法》第六十条第一款第（三）项',
    kinds: [['warning'], ['fine']],
    fineYuan: [500, 50_000],
    sector: 'fire_safety',
    severities: ['minor', 'general'],
  },
  {
    department: 'urban',
    subjects: ['legal_person'],
    violationType: '施工工地未采取扬尘污染防治措施',
    facts: '经查，当事人承建的工地于{date}未对裸露地面进行覆盖，运输车辆未冲洗即驶出工地。',
    legalBasis: '《中华人民共和国大气污染防治法》第一百一十五条第一款',
    kinds: [['fine']],
    fineYuan: [10_000, 100_000],
    sector: 'other',
    severities: ['general'],
  },
  {
    department: 'urban',
    subjects: ANYONE,
    violationType: '擅自占用城市道路',
    facts: '经查，当事人于{date}未经批准在城市道路上堆放物料、设置经营摊点。',
    legalBasis: '《城市道路管理条例》第四十二条',
    kinds: [['warning'], ['fine']],
    fineYuan: [200, 20_000],
    sector: 'other',
    severities: ['minor', 'general'],
  },
  {
    department: 'health',
    subjects: COMPANIES,
    violationType: '未取得公共场所卫生许可证擅自营业',
    facts: '经查，当事人自{date}起未取得公共场所卫生许可证，擅自从事美容美发经营活动。',
    legalBasis: '《公共场所卫生管理条例实施细则》第三十五条第一款',
    kinds: [['warning', 'fine']],
    fineYuan: [500, 5_000],
    sector: 'other',
    severities: ['minor', 'general'],
  },
  {
    department: 'health',
    subjects: ['legal_person'],
    violationType: '出借医疗机构执业许可证',
    facts: '经查，当事人于{date}将其《医疗机构执业许可证》出借他人开展诊疗活动并收取费用。',
    legalBasis: '《医疗机构管理条例》第四十五条',
    kinds: [['confiscate_illegal_gains', 'fine', 'revoke_license']],
    fineYuan: [50_000, 200_000],
    confiscationYuan: [5_000, 80_000],
    license: '医疗机构执业许可证',
    sector: 'other',
    severities: ['serious'],
  },
  {
    department: 'transport',
    subjects: ANYONE,
    violationType: '未取得道路运输经营许可擅自从事道路普通货物运输经营',
    facts: '经查，当事人于{date}未取得道路运输经营许可，使用自有货车从事道路普通货物运输经营。',
    legalBasis: '《中华人民共和国道路运输条例》第六十三条',
    kinds: [['confiscate_illegal_gains', 'fine'], ['fine']],
    fineYuan: [30_000, 100_000],
    confiscationYuan: [300, 10_000],
    sector: 'other',
    severities: ['general'],
  },
  {
    department: 'eco',
    subjects: ['legal_person'],
    violationType: '超过大气污染物排放标准排放大气污染物',
    facts: '经查，{date}监测显示当事人锅炉废气中氮氧化物排放浓度超过地方排放标准。',
    legalBasis: '《中华人民共和国大气污染防治法》第九十九条第（二）项',
    kinds: [['fine'], ['fine', 'restrict_operations']],
    fineYuan: [100_000, 1_000_000],
    sector: 'other',
    severities: ['general', 'serious'],
  },
  {
    department: 'eco',
    subjects: ['legal_person'],
    violationType: '未取得排污许可证排放污染物',
    facts: '经查，当事人自{date}起在未取得排污许可证的情况下排放工业废水。',
    legalBasis: '《排污许可管理条例》第三十三条第（一）项',
    kinds: [['fine'], ['fine', 'order_suspension']],
    fineYuan: [200_000, 1_000_000],
    sector: 'other',
    severities: ['serious'],
  },
  {
    department: 'housing',
    subjects: ['legal_person'],
    violationType: '未取得施工许可证擅自施工',
    facts: '经查，当事人承建的项目于{date}在未取得建筑工程施工许可证的情况下擅自开工建设。',
    legalBasis: '《中华人民共和国建筑法》第六十四条',
    kinds: [['fine']],
    fineYuan: [20_000, 200_000],
    sector: 'other',
    severities: ['general'],
  },
];

/** Ranges used when overrides ask for a kind the scenario does not carry an amount for. */
export const DEFAULT_FINE_YUAN: readonly [number, number] = [1_000, 50_000];
export const DEFAULT_CONFISCATION_YUAN: readonly [number, number] = [100, 10_000];
