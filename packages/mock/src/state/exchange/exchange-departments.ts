import { CreditBridgeError, validateUscc } from '@credit-bridge/core';

/** A department on the exchange platform: its USCC (sender and receiver code), its name and its app keys. */
export interface ExchangeDepartment {
  /** The USCC that is `senderCode` of what it publishes and `receiverCode` of what it receives. */
  readonly code: string;
  readonly name: string;
  /** The app keys that act for this department; an app key belongs to one department at most. */
  readonly appKeys?: readonly string[];
}

/** The exchange platform itself: the sender of the receipts it writes. Synthetic. */
export const EXCHANGE_PLATFORM_DEPARTMENT: ExchangeDepartment = {
  code: '11420100CBG000023H',
  name: '武汉市数据共享交换平台（示例）',
};

/**
 * The departments a mock exchange platform knows unless given others: the senders and receivers of the
 * contract's examples (synthetic codes with computed check characters). `demo-app` acts for 汉南区市场监督
 * 管理局, the sender of `examples/xzcf-penalty.xml`; `cb-demo-district` for 汉南区发展和改革局, its receiver.
 */
export const DEMO_DEPARTMENTS: readonly ExchangeDepartment[] = [
  { code: '11420113CBG11301XU', name: '武汉市汉南区市场监督管理局（示例）', appKeys: ['demo-app'] },
  { code: '11420113CBG113028U', name: '武汉市汉南区发展和改革局（示例）', appKeys: ['cb-demo-district'] },
  { code: '11420111CBG1110143', name: '武汉市洪山区应急管理局（示例）' },
  { code: '11420103CBG1030147', name: '武汉市江汉区市场监督管理局（示例）' },
  { code: '11420103CBG1030222', name: '武汉市江汉区行政审批局（示例）' },
  { code: '11420100CBG000015N', name: '武汉市公共信用信息中心（示例）' },
];

/** Who is who on the exchange platform. */
export interface DepartmentDirectory {
  /** The department an app key acts for. */
  departmentOf(appKey: string): ExchangeDepartment | undefined;
  /** The department with this code. */
  find(code: string): ExchangeDepartment | undefined;
  list(): readonly ExchangeDepartment[];
}

/**
 * Creates the directory of departments. Throws `CreditBridgeError` `E_ARGUMENT` for a code that fails
 * GB 32100, a code listed twice, or an app key given to two departments.
 *
 * @example
 * createDepartmentDirectory(DEMO_DEPARTMENTS).departmentOf('demo-app')?.code; // '11420113CBG11301XU'
 */
export function createDepartmentDirectory(departments: readonly ExchangeDepartment[]): DepartmentDirectory {
  const byCode = new Map<string, ExchangeDepartment>();
  const byAppKey = new Map<string, ExchangeDepartment>();
  for (const department of departments) {
    if (!validateUscc(department.code).ok) throw argument(`${department.code} is not a valid USCC`);
    if (byCode.has(department.code)) throw argument(`${department.code} is listed twice`);
    byCode.set(department.code, department);
    for (const appKey of department.appKeys ?? []) {
      if (byAppKey.has(appKey)) throw argument(`app key ${appKey} belongs to two departments`);
      byAppKey.set(appKey, department);
    }
  }
  return {
    departmentOf: (appKey) => byAppKey.get(appKey),
    find: (code) => byCode.get(code),
    list: () => [...byCode.values()],
  };
}

function argument(problem: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_ARGUMENT', message: `[departments] ${problem}` });
}
