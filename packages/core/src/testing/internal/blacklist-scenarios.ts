import type { SubjectCategory } from '../../model/code-tables.js';
import type { DepartmentKey } from './authorities.js';

/** One list a district department keeps, with the items its listing decisions state. */
export interface BlacklistScenario {
  department: DepartmentKey;
  subjects: readonly SubjectCategory[];
  listType: string;
  /** `{date}` is replaced by the day of the decisive fact. */
  reason: string;
  legalBasis: string;
  removalConditions: string;
  earlyRemovalReason: string;
  sanctions: string;
}

/** 救济途径 as listing decisions state it (行政复议法 60 days, 行政诉讼法 6 months). */
export const BLACKLIST_REMEDY =
  '对列入决定不服的，可以自收到决定书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。';

/** 移出原因 of an entry removed when its listing period ended. */
export const EXPIRY_REMOVAL_REASON = '列入期限届满，依法移出严重失信主体名单。';

/** The synthetic lists. */
export const BLACKLIST_SCENARIOS: readonly BlacklistScenario[] = [
  {
    department: 'samr',
    subjects: ['legal_person', 'individual_business'],
    listType: '市场监督管理严重违法失信名单',
    reason:
      '当事人生产经营不符合食品安全标准的食品，性质恶劣、情节严重，于{date}受到市场监督管理部门较重行政处罚。',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）第二条',
    removalConditions:
      '列入严重违法失信名单满一年，已履行行政处罚决定规定的义务、纠正违法行为，且未再受到市场监督管理部门较重行政处罚的，可以申请提前移出。',
    earlyRemovalReason: '当事人列入满一年，已履行行政处罚决定规定的义务并纠正违法行为，经申请准予提前移出。',
    sanctions:
      '在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中依法予以限制或者禁入，并实施重点监管。',
  },
  {
    department: 'emergency',
    subjects: ['legal_person'],
    listType: '安全生产严重失信主体名单',
    reason:
      '当事人于{date}发生一般生产安全事故，造成一人死亡，对事故发生负有责任，受到应急管理部门行政处罚。',
    legalBasis: '《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第六条',
    removalConditions:
      '列入名单满一年，已履行行政处罚决定、完成事故隐患整改，且未再发生生产安全事故的，可以申请提前移出。',
    earlyRemovalReason: '当事人已履行行政处罚决定并完成整改，列入满一年，经申请准予提前移出。',
    sanctions: '加大执法检查频次，依法限制参与评先评优、政府采购和工程招投标。',
  },
  {
    department: 'hrss',
    subjects: ['legal_person', 'individual_business', 'natural_person'],
    listType: '拖欠农民工工资失信联合惩戒对象名单',
    reason:
      '当事人克扣、无故拖欠农民工工资，数额达到认定拒不支付劳动报酬罪数额标准，经责令限期于{date}前支付仍未支付。',
    legalBasis: '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）第五条',
    removalConditions: '已改正拖欠农民工工资违法行为且自改正之日起被列入名单满六个月的，可以申请提前移出。',
    earlyRemovalReason: '当事人已足额支付拖欠的农民工工资，改正后列入满六个月，经申请准予提前移出。',
    sanctions: '在政府资金支持、政府采购、招投标、生产许可、评优评先等方面依法依规予以限制。',
  },
  {
    department: 'transport',
    subjects: ['legal_person', 'individual_business', 'natural_person'],
    listType: '武汉市交通运输市场领域黑名单',
    reason:
      '当事人一年内三次因未取得道路运输经营许可擅自从事道路运输经营受到行政处罚，最近一次处罚于{date}作出。',
    legalBasis: '《武汉市交通运输市场领域红黑名单管理办法》',
    removalConditions: '列入黑名单满一年，已履行行政处罚决定且整改到位的，可以申请移出。',
    earlyRemovalReason: '当事人已履行行政处罚决定且整改到位，列入满一年，经申请准予移出。',
    sanctions: '列为重点监管对象，提高抽查比例和频次，依法限制参与交通运输领域评先评优和招投标。',
  },
];
