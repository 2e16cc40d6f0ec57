import {
  CREDIT_PLATFORM_OPERATION_METHODS,
  type CreditPlatformOperation,
} from './credit-platform-operations.js';
import type { CreditPlatformProfile } from './credit-platform-profile.js';
import { matchOperationPath } from './internal/path-template.js';

/** An operation recognised from a request line, with its decoded path parameters. */
export interface PathMatch {
  readonly op: CreditPlatformOperation;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Recognises the operation a request addresses under a profile: the method and the raw path (as sent,
 * without the query) against every operation's template. A literal segment wins over a placeholder, so
 * `/api/v1/credit-repairs/changes` is the feed, not the repair called `changes`. Path parameters are
 * percent-decoded. `undefined` when nothing matches (or a parameter does not decode).
 *
 * @example
 * matchPath(DEFAULT_CREDIT_PLATFORM_PROFILE, 'GET', '/api/v1/credit-reports/tasks/3f1c2b7a');
 * // { op: 'reportTask', params: { taskId: '3f1c2b7a' } }
 */
export function matchPath(
  profile: CreditPlatformProfile,
  method: string,
  path: string,
): PathMatch | undefined {
  return matchOperationPath(profile.paths, CREDIT_PLATFORM_OPERATION_METHODS, method, path);
}
