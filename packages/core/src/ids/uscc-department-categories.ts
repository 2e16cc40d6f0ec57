/** One registration department (登记管理部门, USCC position 1) and the categories it may assign. */
export interface UsccDepartment {
  /** The department's Chinese name, e.g. `工商`. */
  name: string;
  /** Institution category code (机构类别码, USCC position 2) → its Chinese name. */
  categories: Readonly<Record<string, string>>;
}

/**
 * The GB 32100 department/category table: registration department code (position 1) → its name and
 * the institution category codes (position 2) it assigns, as published by the national USCC data
 * service centre. A pair outside this table is reported as a warning, not an error: pairs such as
 * `54` or `G1` occur in the wild.
 *
 * @example
 * USCC_DEPARTMENT_CATEGORIES['9']?.categories['2']; // '个体工商户'
 */
export const USCC_DEPARTMENT_CATEGORIES: Readonly<Record<string, UsccDepartment>> = {
  '1': {
    name: '机构编制',
    categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  },
  '2': { name: '外交', categories: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    categories: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
  },
  '4': { name: '文化', categories: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    name: '旅游',
    categories: {
      '1': '外国旅游部门常驻代表机构',
      '2': '港澳台地区旅游部门常驻内地(大陆)代表机构',
      '9': '其他',
    },
  },
  '7': { name: '宗教', categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', categories: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商', categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', categories: { '1': '军队事业单位', '9': '其他' } },
  N: {
    name: '农业',
    categories: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { name: '其他', categories: { '1': '其他' } },
};

/**
 * Looks up a department/category pair in {@link USCC_DEPARTMENT_CATEGORIES}; `undefined` when the
 * pair is not in the table.
 *
 * @example
 * describeUsccCategory('9', '2'); // { department: '工商', category: '个体工商户' }
 */
export function describeUsccCategory(
  departmentCode: string,
  categoryCode: string,
): { department: string; category: string } | undefined {
  const department = Object.hasOwn(USCC_DEPARTMENT_CATEGORIES, departmentCode)
    ? USCC_DEPARTMENT_CATEGORIES[departmentCode]
    : undefined;
  if (department === undefined || !Object.hasOwn(department.categories, categoryCode)) return undefined;
  const category = department.categories[categoryCode];
  return category === undefined ? undefined : { department: department.name, category };
}
