import { computeOrgCodeCheckChar, computeUsccCheckChar } from '@credit-bridge/core';

/** The credit centre a mock platform issues reports as. */
export interface ReportIssuer {
  readonly name: string;
  readonly uscc: string;
}

// A synthetic organisation-code body (CBG… as in the contract's examples) with computed check characters.
const ORG_BODY = 'CBG10000';
const FIRST_17 = `11420100${ORG_BODY}${computeOrgCodeCheckChar(ORG_BODY)}`;

/**
 * The default issuer: a synthetic Wuhan credit centre, marked 示例, with a USCC whose GB 11714 and GB 32100
 * check characters are computed.
 */
export const DEFAULT_REPORT_ISSUER: ReportIssuer = {
  name: '武汉市公共信用信息中心（示例）',
  uscc: `${FIRST_17}${computeUsccCheckChar(FIRST_17)}`,
};
