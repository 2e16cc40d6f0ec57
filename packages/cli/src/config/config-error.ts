import { CreditBridgeError } from '@credit-bridge/core';
import type { ConfigIssue } from './format-config-issues.js';
import { formatConfigPath } from './format-config-path.js';

/** A config problem with where it is, as `details.issues` carries it. */
export interface LocatedConfigIssue extends ConfigIssue {
  /** `streams[1].mapping.columns.罚款金额`. */
  readonly where: string;
  /** 1-based line in a YAML or JSON file, when known. */
  readonly line?: number;
}

/**
 * The error for a config that cannot be used: `E_CONFIG`, one line per problem, each starting with the
 * path (`streams[1].mapping.columns.罚款金额: unknown transform "amout"`) and, for YAML and JSON files,
 * its line.
 *
 * @example
 * throw configError('sync.yaml', [{ path: ['streams', 0, 'type'], message: 'required' }]);
 */
export function configError(
  file: string,
  issues: readonly (ConfigIssue & { readonly line?: number })[],
  code = 'E_CONFIG',
): CreditBridgeError {
  const located: LocatedConfigIssue[] = issues.map((issue) => ({
    ...issue,
    where: formatConfigPath(issue.path),
  }));
  const lines = located.map(
    (issue) => `  ${issue.where}: ${issue.message}${issue.line === undefined ? '' : ` (line ${issue.line})`}`,
  );
  const count = located.length === 1 ? '1 problem' : `${located.length} problems`;
  return new CreditBridgeError({
    code,
    message: `config ${file}: ${count}\n${lines.join('\n')}`,
    details: { file, issues: located.map(({ where, message, line }) => ({ where, message, line })) },
  });
}
