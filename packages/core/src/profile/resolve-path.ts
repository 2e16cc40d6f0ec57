import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import type { CreditPlatformOperation } from './credit-platform-operations.js';
import type { CreditPlatformProfile } from './credit-platform-profile.js';
import { fillPathTemplate } from './internal/path-template.js';

/**
 * The path of an operation under a profile, its `{param}` placeholders filled with the percent-encoded
 * values. Throws `CreditBridgeError` `E_ARGUMENT` when a placeholder has no value.
 *
 * @example
 * resolvePath(DEFAULT_CREDIT_PLATFORM_PROFILE, 'reportTask', { taskId: '3f1c2b7a' });
 * // '/api/v1/credit-reports/tasks/3f1c2b7a'
 */
export function resolvePath(
  profile: CreditPlatformProfile,
  op: CreditPlatformOperation,
  params: Readonly<Record<string, string>> = {},
): string {
  return fillPathTemplate(profile.paths[op], params, (name) => {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[resolvePath ${op}] path parameter "${name}" is required`,
      details: { profile: profile.name, op, param: name },
    });
  });
}
