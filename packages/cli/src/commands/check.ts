import { isCreditBridgeError, redact } from '@credit-bridge/core';
import type { BlacklistMirror } from '@credit-bridge/sync';
import { type CommandInput, defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { loadConfig } from '../config/load-config.js';
import { resolvePlatform } from '../config/resolve-platform.js';
import { formatTable } from '../output/format-table.js';
import { subjectLabel } from '../output/subject-label.js';
import { writeJson } from '../output/write-json.js';
import { openCreditPlatform } from '../platforms/open-credit-platform.js';
import { openMirror } from '../platforms/open-mirror.js';
import { formatDuration } from '../progress/stream-progress.js';
import { parseSubjectArg, type SubjectArg } from '../subjects/parse-subject-arg.js';
import { CONNECTION_HELP, CREDIT_CONNECTION_OPTIONS } from './connection-options.js';
import { creditConnection, stringValue } from './credit-connection.js';

/** One subject's answer, however it was found. */
export interface CheckResult {
  readonly subject: string;
  readonly status: 'listed' | 'not_listed' | 'invalid';
  readonly entries: readonly { readonly listType: string }[];
  readonly errors?: readonly { readonly code: string; readonly message: string }[];
  /** `platform`, or the mirror's answer (`mirror`) or its fallback to the platform (`remote`). */
  readonly answeredBy: 'platform' | 'mirror' | 'remote';
  readonly mirrorAgeMs?: number;
}

/** `credit-bridge check`: 逢办必查 from a shell. */
export const checkCommand = defineCommand({
  path: ['check'],
  summary: 'check subjects against the blacklist (严重失信主体名单) before an approval',
  description: `Each argument is a USCC (统一社会信用代码) or an identity number; an identity number is
shown masked. Malformed identifiers are reported invalid without being sent. With --mirror the answer
comes in-process from the local mirror (see mirror pull); a mirror older than mirror.maxAgeMs asks the
platform instead (or refuses, by mirror.onStale).
Exit 0 when no subject is listed, 2 when any is listed or invalid.

${CONNECTION_HELP}`,
  positionals: [{ name: 'uscc|idNumber', description: 'subjects to check', required: true, variadic: true }],
  options: {
    ...CREDIT_CONNECTION_OPTIONS,
    mirror: { type: 'boolean', description: "answer from the local mirror in the config's state file" },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge check 91420111CB0001035J                        # one company, asking the platform',
    'credit-bridge check 91420111CB0001035J 91420106MA76U38K1B --json   # several, as JSON',
    'credit-bridge check 91420111CB0001035J --mirror --config sync.yaml  # in-process, from the mirror',
  ],
  async run(input) {
    const subjects = input.positionals.map(parseSubjectArg);
    const results =
      input.values.mirror === true
        ? await checkWithMirror(input, subjects)
        : await checkRemotely(input, subjects);
    const counts = {
      listed: results.filter((result) => result.status === 'listed').length,
      notListed: results.filter((result) => result.status === 'not_listed').length,
      invalid: results.filter((result) => result.status === 'invalid').length,
    };
    if (input.values.json === true) writeJson(input.io.stdout, { ok: true, counts, results });
    else input.io.stdout.write(formatCheckResults(results));
    return counts.listed + counts.invalid > 0 ? EXIT_CODES.rejects : EXIT_CODES.ok;
  },
});

async function checkRemotely(input: CommandInput, subjects: readonly SubjectArg[]): Promise<CheckResult[]> {
  const client = openCreditPlatform(await creditConnection(input));
  try {
    const answers = await client.blacklist.checkMany(subjects, { signal: input.io.signal });
    return answers.map((answer) => ({
      subject: subjectLabel(answer.subject ?? subjects[answer.index]),
      status: answer.status,
      entries: redact(answer.entries),
      ...(answer.errors === undefined ? {} : { errors: redact(answer.errors) }),
      answeredBy: 'platform',
    }));
  } finally {
    client.close();
  }
}

async function checkWithMirror(input: CommandInput, subjects: readonly SubjectArg[]): Promise<CheckResult[]> {
  const config = await loadConfig({ path: stringValue(input, 'config'), cwd: input.io.cwd });
  const client = openCreditPlatform(
    resolvePlatform('credit', {
      config: config.config.platforms?.credit,
      env: input.io.env,
      baseUrl: stringValue(input, 'base-url'),
      appKey: stringValue(input, 'app-key'),
    }),
  );
  const opened = await openMirror({ statePath: config.statePath, client, policy: config.mirror });
  try {
    await opened.mirror.load();
    return await checkEach(opened.mirror, subjects, input.io.signal);
  } finally {
    await opened.close();
    client.close();
  }
}

/**
 * Asks a mirror about each subject in turn; a malformed identifier is `invalid`, not a failure.
 *
 * @example
 * await checkEach(mirror, [{ uscc: '91420111CB0001035J' }]);
 */
export async function checkEach(
  mirror: Pick<BlacklistMirror, 'isListed'>,
  subjects: readonly SubjectArg[],
  signal?: AbortSignal,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const subject of subjects) {
    try {
      const answer = await mirror.isListed(subject, signal === undefined ? {} : { signal });
      results.push({
        subject: subjectLabel(subject),
        status: answer.listed ? 'listed' : 'not_listed',
        entries: redact([...answer.entries]),
        answeredBy: answer.source,
        ...(Number.isFinite(answer.ageMs) ? { mirrorAgeMs: answer.ageMs } : {}),
      });
    } catch (error) {
      if (!isCreditBridgeError(error) || error.code !== 'E_ARGUMENT') throw error;
      results.push({
        subject: subjectLabel(subject),
        status: 'invalid',
        entries: [],
        errors: [{ code: error.code, message: error.message }],
        answeredBy: 'mirror',
      });
    }
  }
  return results;
}

/**
 * Check results as a table and a count line; where the mirror answered, its age.
 *
 * @example
 * io.stdout.write(formatCheckResults(results));
 */
export function formatCheckResults(results: readonly CheckResult[], notes: readonly string[] = []): string {
  const rows = results.map((result, index) => [
    result.subject,
    result.status.replace('_', ' '),
    [describe(result), notes[index] === undefined ? '' : `(${notes[index]})`].filter(Boolean).join(' '),
  ]);
  const listed = results.filter((result) => result.status === 'listed').length;
  const invalid = results.filter((result) => result.status === 'invalid').length;
  const ages = results.flatMap((result) => (result.mirrorAgeMs === undefined ? [] : [result.mirrorAgeMs]));
  const by = [...new Set(results.map((result) => result.answeredBy))];
  const source =
    by.length === 1 && by[0] === 'mirror' && ages.length > 0
      ? `answered in-process by the mirror (pulled ${formatDuration(Math.max(...ages) / 1000)} ago)`
      : by.includes('remote')
        ? 'the mirror was stale: asked the platform'
        : 'answered by the platform';
  return `${formatTable([['subject', 'status', ''], ...rows])}${results.length} checked: ${listed} listed, ${results.length - listed - invalid} not listed, ${invalid} invalid; ${source}\n`;
}

function describe(result: CheckResult): string {
  if (result.status === 'invalid')
    return (result.errors ?? []).map((issue) => `${issue.code}: ${issue.message}`).join('; ');
  if (result.status === 'not_listed') return '';
  const types = [...new Set(result.entries.map((entry) => entry.listType))];
  return `${result.entries.length} in publication: ${types.join(', ')}`;
}
