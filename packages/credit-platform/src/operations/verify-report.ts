import { CreditBridgeError } from '@credit-bridge/core';
import { z } from 'zod';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import { timestampSchema } from '../internal/wire-values.js';
import type { CallOptions } from '../model/call-options.js';

/** The platform's verdict on a report number and verification code (报告验证). */
export interface ReportVerification {
  reportNo: string;
  /** True when the platform issued a report with this number and this code. */
  valid: boolean;
  /** When valid. */
  generatedAt?: string | undefined;
  /** When valid; masked by the platform (surname kept) for a natural person. */
  subjectName?: string | undefined;
  /** When valid. */
  issuer?: string | undefined;
}

const verificationSchema: z.ZodType<ReportVerification> = z.object({
  reportNo: z.string().max(64),
  valid: z.boolean(),
  generatedAt: timestampSchema.optional(),
  subjectName: z.string().optional(),
  issuer: z.string().optional(),
});

// The contract's VerificationCode: 8 of the digits and capitals without I and O.
const CODE = /^[0-9A-HJ-NP-Z]{8}$/;

/**
 * `reports.verify`: whether the platform issued a report with this number and verification code (as
 * printed on the report). An unknown number and a wrong code both give `valid: false`.
 *
 * @example
 * const { valid } = await client.reports.verify('XYBG42010020260106000017', '7K3QM9XA');
 */
export async function verifyReport(
  caller: PlatformCaller,
  reportNo: string,
  code: string,
  options: CallOptions = {},
): Promise<ReportVerification> {
  if (reportNo.trim() === '' || reportNo.length > 64 || !CODE.test(code)) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: '[reports.verify] reportNo must be 1–64 characters and code 8 of [0-9A-HJ-NP-Z]',
    });
  }
  const answer = await caller.call({
    op: 'reportVerify',
    operation: 'reports.verify',
    params: { reportNo },
    query: { [caller.profile.query.verificationCode]: code },
    signal: options.signal,
    data: verificationSchema,
  });
  return answer.data;
}
