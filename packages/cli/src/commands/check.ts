import { redact } from '@credit-bridge/core';
import type { BlacklistCheckManyResult } from '@credit-bridge/credit-platform';
import { defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { formatTable } from '../output/format-table.js';
import { subjectLabel } from '../output/subject-label.js';
import { writeJson } from '../output/write-json.js';
import { openCreditPlatform } from '../platforms/open-credit-platform.js';
import { parseSubjectArg } from '../subjects/parse-subject-arg.js';
import { CONNECTION_HELP, CREDIT_CONNECTION_OPTIONS } from './connection-options.js';
import { creditConnection } from './credit-connection.js';

/** `credit-bridge check`: 逢办必查 from a shell. */
export const checkCommand = defineCommand({
  path: ['check'],
  summary: 'check subjects against the blacklist (严重失信主体名单) before an approval',
  description: `Each argument is a USCC (统一社会信用代码) or an identity number; an identity number is
shown masked. Malformed identifiers are reported invalid without being sent.
Exit 0 when no subject is listed, 2 when any is listed or invalid.

${CONNECTION_HELP}`,
  positionals: [{ name: 'uscc|idNumber', description: 'subjects to check', required: true, variadic: true }],
  options: { ...CREDIT_CONNECTION_OPTIONS, json: JSON_OPTION },
  examples: [
    'credit-bridge check 91420111CB0001035J             # one company',
    'credit-bridge check 91420111CB0001035J 420106199001011234 --json   # several, as JSON',
  ],
  async run(input) {
    const subjects = input.positionals.map(parseSubjectArg);
    const client = openCreditPlatform(await creditConnection(input));
    let results: BlacklistCheckManyResult[];
    try {
      results = await client.blacklist.checkMany(subjects, { signal: input.io.signal });
    } finally {
      client.close();
    }
    const counts = {
      listed: results.filter((result) => result.status === 'listed').length,
      notListed: results.filter((result) => result.status === 'not_listed').length,
      invalid: results.filter((result) => result.status === 'invalid').length,
    };
    if (input.values.json === true) {
      writeJson(input.io.stdout, {
        ok: true,
        answeredBy: 'platform',
        counts,
        results: results.map((result) => ({
          subject: subjectLabel(result.subject ?? subjects[result.index]),
          status: result.status,
          entries: redact(result.entries),
          ...(result.errors === undefined ? {} : { errors: redact(result.errors) }),
          ...(result.checkedAt === undefined ? {} : { checkedAt: result.checkedAt }),
        })),
      });
    } else {
      const rows = results.map((result) => [
        subjectLabel(result.subject ?? subjects[result.index]),
        result.status.replace('_', ' '),
        describe(result),
      ]);
      input.io.stdout.write(formatTable([['subject', 'status', ''], ...rows]));
      input.io.stdout.write(
        `${results.length} checked: ${counts.listed} listed, ${counts.notListed} not listed, ${counts.invalid} invalid\n`,
      );
    }
    return counts.listed + counts.invalid > 0 ? EXIT_CODES.rejects : EXIT_CODES.ok;
  },
});

function describe(result: BlacklistCheckManyResult): string {
  if (result.status === 'invalid')
    return (result.errors ?? []).map((issue) => `${issue.code}: ${redact(issue.message)}`).join('; ');
  if (result.status === 'not_listed') return '';
  const types = [...new Set(result.entries.map((entry) => entry.listType))];
  return `${result.entries.length} in publication: ${types.join(', ')}`;
}
