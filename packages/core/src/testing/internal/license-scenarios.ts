import type { LicenseCategory, SubjectCategory } from '../../model/code-tables.js';
import type { Random } from '../create-random.js';
import type { DepartmentKey } from './authorities.js';

/** What a certificate number is built from. */
export interface CertificateContext {
  regionCode: string;
  /** The licensee's USCC, or its identity number for a person. */
  subjectCode: string;
  year: string;
}

/** One kind of licence a district department grants. */
export interface LicenseScenario {
  department: DepartmentKey;
  subjects: readonly SubjectCategory[];
  category: LicenseCategory;
  decisionDocName: string;
  certificateName: string;
  content: string;
  /** Years the licence runs. */
  years: number;
  certificateNo: (random: Random, context: CertificateContext) => string;
}

const COMPANIES: readonly SubjectCategory[] = ['legal_person', 'individual_business'];

function digits(random: Random, count: number): string {
  return String(random.int(0, 10 ** count - 1)).padStart(count, '0');
}

/** The synthetic licences, with the certificate number layouts the issuers use. */
export const LICENSE_SCENARIOS: readonly LicenseScenario[] = [
  {
    department: 'approval',
    subjects: COMPANIES,
    category: 'ordinary',
    decisionDocName: '食品经营许可决定书',
    certificateName: '食品经营许可证',
    content: '准予食品经营许可，经营项目：预包装食品销售（含冷藏冷冻食品），热食类食品制售。',
    years: 5,
    certificateNo: (random, { regionCode }) => `JY1${regionCode}${digits(random, 7)}`,
  },
  {
    department: 'approval',
    subjects: COMPANIES,
    category: 'ordinary',
    decisionDocName: '公共场所卫生许可决定书',
    certificateName: '公共场所卫生许可证',
    content: '准予公共场所卫生许可，经营项目：美容美发场所。',
    years: 4,
    certificateNo: (random, { regionCode, year }) =>
      `鄂卫公证字〔${year}〕第${regionCode}${digits(random, 4)}号`,
  },
  {
    department: 'housing',
    subjects: ['legal_person'],
    category: 'ordinary',
    decisionDocName: '建筑工程施工许可决定书',
    certificateName: '建筑工程施工许可证',
    content: '准予建筑工程施工许可，工程名称：产业园厂房及配套设施工程。',
    years: 3,
    certificateNo: (random, { regionCode, year }) => `${regionCode}${year}${digits(random, 8)}`,
  },
  {
    department: 'transport',
    subjects: COMPANIES,
    category: 'ordinary',
    decisionDocName: '道路运输经营许可决定书',
    certificateName: '道路运输经营许可证',
    content: '准予从事道路普通货物运输经营。',
    years: 4,
    certificateNo: (random, { regionCode }) => `鄂交运管许可汉字${regionCode}${digits(random, 6)}号`,
  },
  {
    department: 'tobacco',
    subjects: COMPANIES,
    category: 'franchise',
    decisionDocName: '烟草专卖零售许可决定书',
    certificateName: '烟草专卖零售许可证',
    content: '准予从事卷烟、雪茄烟零售业务。',
    years: 5,
    certificateNo: (random, { regionCode }) => `${regionCode}${digits(random, 6)}`,
  },
  {
    department: 'samr',
    subjects: ['legal_person'],
    category: 'registration',
    decisionDocName: '特种设备使用登记决定书',
    certificateName: '特种设备使用登记证',
    content: '准予特种设备使用登记，设备类别：电梯。',
    years: 6,
    certificateNo: (random, { year }) => `梯11鄂A${digits(random, 5)}（${year.slice(2)}）`,
  },
  {
    department: 'eco',
    subjects: ['legal_person'],
    category: 'approval',
    decisionDocName: '排污许可决定书',
    certificateName: '排污许可证',
    content: '准予排污许可，行业类别：金属表面处理及热处理加工。',
    years: 5,
    certificateNo: (random, { subjectCode }) => `${subjectCode}${digits(random, 3)}V`,
  },
  {
    department: 'health',
    subjects: ['natural_person'],
    category: 'registration',
    decisionDocName: '医师执业注册决定书',
    certificateName: '医师执业证书',
    content: '准予医师执业注册，执业类别：临床，执业范围：内科专业。',
    years: 5,
    certificateNo: (random, { regionCode }) => `1104${regionCode}${digits(random, 5)}`,
  },
];
