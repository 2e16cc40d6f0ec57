import { CreditBridgeError, redact } from '@credit-bridge/core';
import type { PlatformCreditReport, ReportVerification } from '@credit-bridge/credit-platform';
import { defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { usageError } from '../cli/usage-error.js';
import { formatTable } from '../output/format-table.js';
import { subjectLabel } from '../output/subject-label.js';
import { writeJson } from '../output/write-json.js';
import { openCreditPlatform } from '../platforms/open-credit-platform.js';
import { parseSubjectArg } from '../subjects/parse-subject-arg.js';
import { CONNECTION_HELP, CREDIT_CONNECTION_OPTIONS } from './connection-options.js';
import { creditConnection, stringValue } from './credit-connection.js';

/** `credit-bridge report get`: request a 公共信用信息报告, wait for it and verify it. */
export const reportGetCommand = defineCommand({
  path: ['report', 'get'],
  summary: 'fetch a public credit report (公共信用信息报告) and verify it with the platform',
  description: `Requests the report, waits for it (polling with backoff), then checks its number and
verification code with the platform (报告验证). A natural person's report needs --authorization (their
written consent, PIPL art. 13); for a USCC the purpose stands as the legal basis.

${CONNECTION_HELP}`,
  positionals: [{ name: 'uscc', description: 'the subject (or an identity number)', required: true }],
  options: {
    ...CREDIT_CONNECTION_OPTIONS,
    purpose: { type: 'string', value: '<text>', description: '查询用途 (default 行政审批)' },
    authorization: {
      type: 'string',
      value: '<text>',
      description: "授权 reference; required for a person's report",
    },
    timeout: {
      type: 'string',
      value: '<seconds>',
      description: 'how long to wait for the report (default 120)',
    },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge report get 91420111CB0001035J                       # request, wait, verify',
    'credit-bridge report get 91420111CB0001035J --purpose 政府采购 --json   # as JSON',
  ],
  async run(input) {
    const [argument] = input.positionals;
    if (argument === undefined) throw usageError('report get: missing <uscc>');
    const subject = parseSubjectArg(argument);
    const timeout = stringValue(input, 'timeout');
    const timeoutMs = timeout === undefined ? undefined : Number(timeout) * 1000;
    if (timeoutMs !== undefined && !(timeoutMs > 0))
      throw usageError(`report get: --timeout: bad value "${timeout}"`);
    const purpose = stringValue(input, 'purpose') ?? '行政审批';
    const authorization = stringValue(input, 'authorization');
    const client = openCreditPlatform(await creditConnection(input));
    let report: PlatformCreditReport;
    let verification: ReportVerification;
    try {
      report = await client.reports.get(subject, {
        purpose,
        signal: input.io.signal,
        ...(authorization === undefined ? {} : { authorization }),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      });
      verification = await client.reports.verify(report.reportNo, report.verificationCode, {
        signal: input.io.signal,
      });
    } finally {
      client.close();
    }
    if (input.values.json === true) {
      writeJson(input.io.stdout, {
        ok: verification.valid,
        report: redact(report),
        verification: redact(verification),
      });
    } else {
      input.io.stdout.write(formatReport(report, verification));
    }
    if (!verification.valid) {
      throw new CreditBridgeError({
        code: 'E_REPORT_UNVERIFIED',
        message: `report ${report.reportNo}: the platform does not confirm its verification code`,
      });
    }
    return EXIT_CODES.ok;
  },
});

/**
 * A report as text: header, one line per section with its item count, and the verification verdict.
 *
 * @example
 * io.stdout.write(formatReport(report, verification));
 */
export function formatReport(report: PlatformCreditReport, verification: ReportVerification): string {
  const subject = redact(report.subject);
  const header = formatTable([
    ['report', report.reportNo],
    ['subject', `${subject.name} (${subjectLabel(subject)})`],
    ['purpose', report.purpose],
    ['generated', report.generatedAt],
    ['data window', `${report.dataWindow.from} – ${report.dataWindow.to}`],
    ['issuer', report.issuer.name],
  ]);
  const sections = formatTable(
    report.sections.map((section) => [
      section.title,
      `${section.items.length} item${section.items.length === 1 ? '' : 's'}`,
    ]),
    '  ',
  );
  const verdict = verification.valid
    ? `verified: the platform confirms ${report.reportNo} with code ${report.verificationCode}`
    : `NOT verified: the platform does not confirm ${report.reportNo}`;
  return `${header}sections:\n${sections}${verdict}\n`;
}
