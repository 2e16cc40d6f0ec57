import { DEMO_APP_KEY, DEMO_APP_SECRET } from '@credit-bridge/mock';

/** A department on the mock exchange platform and the app that acts for it. */
export interface TestDepartment {
  appKey: string;
  appSecret: string;
  code: string;
}

/** 汉南区市场监督管理局（示例）: `demo-app`, the sender of the contract's XZCF example. */
export const PUBLISHER: TestDepartment = {
  appKey: DEMO_APP_KEY,
  appSecret: DEMO_APP_SECRET,
  code: '11420113CBG11301XU',
};

/** 汉南区发展和改革局（示例）: `cb-demo-district`, its receiver. */
export const RECEIVER: TestDepartment = {
  appKey: 'cb-demo-district',
  appSecret: 'cb-demo-secret-0123456789abcdef',
  code: '11420113CBG113028U',
};

/** The exchange platform itself, the sender of receipts. */
export const PLATFORM_CODE = '11420100CBG000023H';

/** A well-formed USCC that is no department of the platform. */
export const UNKNOWN_DEPARTMENT = '11420199CBG1990001';
