/**
 * Every operation of the credit platform contract (`docs/contracts/credit-platform.openapi.yaml`), by the
 * name a profile keys its paths on. Adapters, the mock platform and the journal name operations this way.
 */
export const CREDIT_PLATFORM_OPERATIONS = [
  'reportsCreate',
  'reportTask',
  'reportGet',
  'reportVerify',
  'blacklistSubmit',
  'blacklistCheck',
  'blacklistCheckBatch',
  'blacklistChanges',
  'repairsSubmit',
  'repairGet',
  'repairChanges',
  'penaltiesSubmit',
  'licensesSubmit',
] as const;

/** One of {@link CREDIT_PLATFORM_OPERATIONS}. */
export type CreditPlatformOperation = (typeof CREDIT_PLATFORM_OPERATIONS)[number];

/**
 * The HTTP method of each operation. Methods are fixed by the contract's semantics (a batch is a POST, a
 * read a GET), so they are not part of a profile.
 */
export const CREDIT_PLATFORM_OPERATION_METHODS: Readonly<Record<CreditPlatformOperation, 'GET' | 'POST'>> = {
  reportsCreate: 'POST',
  reportTask: 'GET',
  reportGet: 'GET',
  reportVerify: 'GET',
  blacklistSubmit: 'POST',
  blacklistCheck: 'GET',
  blacklistCheckBatch: 'POST',
  blacklistChanges: 'GET',
  repairsSubmit: 'POST',
  repairGet: 'GET',
  repairChanges: 'GET',
  penaltiesSubmit: 'POST',
  licensesSubmit: 'POST',
};

/**
 * The path parameters each operation's template must contain, no more and no fewer: a renamed path may
 * move them, not drop or add them.
 */
export const CREDIT_PLATFORM_PATH_PARAMS: Readonly<Record<CreditPlatformOperation, readonly string[]>> = {
  reportsCreate: [],
  reportTask: ['taskId'],
  reportGet: ['reportNo'],
  reportVerify: ['reportNo'],
  blacklistSubmit: [],
  blacklistCheck: [],
  blacklistCheckBatch: [],
  blacklistChanges: [],
  repairsSubmit: [],
  repairGet: ['repairId'],
  repairChanges: [],
  penaltiesSubmit: [],
  licensesSubmit: [],
};

/**
 * The record type each batch-submit operation carries.
 *
 * @example
 * CREDIT_PLATFORM_SUBMIT_OPERATIONS.penaltiesSubmit; // 'penalty'
 */
export const CREDIT_PLATFORM_SUBMIT_OPERATIONS = {
  penaltiesSubmit: 'penalty',
  licensesSubmit: 'license',
  blacklistSubmit: 'blacklist',
  repairsSubmit: 'repair',
} as const satisfies Partial<Record<CreditPlatformOperation, string>>;
