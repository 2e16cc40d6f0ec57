import { shanghaiSeconds } from '../../state/credit/shanghai-seconds.js';
import { checkSubjectKey } from '../../state/credit/subject-key.js';
import type { SharedQueryRequest } from '../../state/exchange/shared-query.js';
import { type Answer, failureAnswer, successAnswer } from '../answer.js';
import {
  isObject,
  payloadTooLargeAnswer,
  type Read,
  readContentType,
  readJsonBody,
  requiredAnswer,
  unsupportedMediaTypeAnswer,
  validationAnswer,
} from '../request-input.js';
import type { ExchangeContext } from './exchange-context.js';

const QUERY_TYPES = ['blacklist_status', 'credit_report'] as const;
const TEXT_LIMITS = { purpose: 200, authorizationRef: 128 } as const;
const PROPERTIES = ['queryType', 'subject', 'reportNo', 'purpose', 'authorizationRef'];
const SUBJECT_FORMS = { uscc: /^[0-9A-Z]{18}$/, idNumber: /^[0-9]{17}[0-9X]$/ } as const;

/**
 * `sharedQuery`: a JSON `QueryRequest`; 200 with `{ queryId, queryType, listed, entries, answeredAt }` or
 * `{ queryId, queryType, found, report?, answeredAt }`. The subject's identifier must pass its check
 * (400 `E_VALIDATION` with the check's code otherwise); purpose and authorisation are logged.
 */
export function sharedQuery(context: ExchangeContext): Answer {
  const { profile, platform } = context;
  if (context.body.length > profile.limits.maxBodyBytes) {
    return payloadTooLargeAnswer(context, profile.limits.maxBodyBytes);
  }
  const sent = context.header('content-type') ?? '';
  if (readContentType(sent).mediaType !== 'application/json') {
    const got = sent === '' ? 'no Content-Type' : `got ${sent.slice(0, 100)}`;
    return unsupportedMediaTypeAnswer(context, 'Content-Type must be application/json', 'Content-Type', got);
  }
  const request = readQuery(context);
  if (!request.ok) return request.answer;
  const answer = platform.state.query(request.value);
  return successAnswer(context, { ...answer, answeredAt: shanghaiSeconds(answer.answeredAt) });
}

function readQuery(context: ExchangeContext): Read<SharedQueryRequest> {
  const fail = (answer: Answer): Read<SharedQueryRequest> => ({ ok: false, answer });
  const body = readJsonBody(context);
  if (!body.ok) return body;
  const input = body.value;
  if (!isObject(input)) return fail(validationAnswer(context, 'body', 'must be a JSON object'));
  const extra = Object.keys(input).find((key) => !PROPERTIES.includes(key));
  if (extra !== undefined) return fail(validationAnswer(context, extra, 'is not a property of the request'));
  for (const field of ['queryType', 'subject', 'purpose', 'authorizationRef'] as const) {
    if (input[field] === undefined) return fail(requiredAnswer(context, field));
  }
  const queryType = QUERY_TYPES.find((type) => type === input.queryType);
  if (queryType === undefined) {
    return fail(validationAnswer(context, 'queryType', `must be ${QUERY_TYPES.join(' or ')}`));
  }
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    const value = input[field];
    if (typeof value !== 'string' || value.length < 1 || value.length > max) {
      return fail(validationAnswer(context, field, `must be a string of 1 to ${max} characters`));
    }
  }
  const reportNo = input.reportNo;
  if (reportNo !== undefined) {
    if (queryType !== 'credit_report') {
      return fail(validationAnswer(context, 'reportNo', 'is only for queryType credit_report'));
    }
    if (typeof reportNo !== 'string' || !/^XYBG[0-9]{20}$/.test(reportNo)) {
      return fail(validationAnswer(context, 'reportNo', 'must be XYBG and 20 digits'));
    }
  }
  const entries = isObject(input.subject) ? Object.entries(input.subject) : [];
  const [name, value] = entries[0] ?? [];
  if (
    entries.length !== 1 ||
    typeof value !== 'string' ||
    (name !== 'uscc' && name !== 'idNumber') ||
    !SUBJECT_FORMS[name].test(value)
  ) {
    return fail(
      validationAnswer(context, 'subject', 'must be { uscc } (18 characters) or { idNumber } (18)'),
    );
  }
  const checked = checkSubjectKey(
    name === 'uscc' ? { uscc: value } : { idNumber: value },
    context.platform.state.today(),
  );
  if (!checked.ok) {
    const field = `subject.${name}`;
    return fail(
      failureAnswer(context, {
        status: 400,
        gateway: 'dataError',
        errorCode: 'E_VALIDATION',
        message: `${field} fails its check`,
        details: [{ ...checked.issue, field }],
      }),
    );
  }
  return {
    ok: true,
    value: {
      queryType,
      subject: checked.key,
      purpose: input.purpose as string,
      authorizationRef: input.authorizationRef as string,
      ...(typeof reportNo === 'string' ? { reportNo } : {}),
      departmentCode: context.department.code,
    },
  };
}
