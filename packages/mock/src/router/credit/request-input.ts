import type { Issue } from '../../state/credit/credit-types.js';
import { type Answer, failureAnswer } from '../answer.js';
import { bodyText } from '../read-request.js';
import type { OperationContext } from './operation-context.js';

/** A value read from the request, or the 400 answer to give instead. */
export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly answer: Answer };

/** Parses the body as JSON; 400 `E_BODY_MALFORMED` when it is not. */
export function readJsonBody(context: OperationContext): Read<unknown> {
  try {
    return { ok: true, value: JSON.parse(bodyText(context.body)) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'not JSON';
    return {
      ok: false,
      answer: failureAnswer(context, {
        status: 400,
        gateway: 'dataError',
        errorCode: 'E_BODY_MALFORMED',
        message: 'the body is not well-formed JSON',
        details: [{ code: 'E_BODY_MALFORMED', message: detail.slice(0, 200) }],
      }),
    };
  }
}

/** 400 `E_REQUIRED` (gateway 97) for an absent parameter, header or body field. */
export function requiredAnswer(context: OperationContext, field: string, message = 'required'): Answer {
  return failureAnswer(context, {
    status: 400,
    gateway: 'missingParameter',
    errorCode: 'E_REQUIRED',
    message: `${field} is required`,
    details: [{ code: 'E_REQUIRED', field, message }],
  });
}

/** 400 `E_PARAM_TYPE` (gateway 98) for a parameter of the wrong type or form. */
export function paramTypeAnswer(
  context: OperationContext,
  field: string,
  message: string,
  details?: Issue[],
): Answer {
  return failureAnswer(context, {
    status: 400,
    gateway: 'wrongParameterType',
    errorCode: 'E_PARAM_TYPE',
    message: `${field} ${message}`,
    details: details ?? [{ code: 'E_PARAM_TYPE', field, message }],
  });
}

/** 400 `E_VALIDATION` (gateway 96): a well-formed body that breaks the request schema. */
export function validationAnswer(context: OperationContext, field: string, message: string): Answer {
  return failureAnswer(context, {
    status: 400,
    gateway: 'dataError',
    errorCode: 'E_VALIDATION',
    message: `${field} ${message}`,
    details: [{ code: 'E_VALIDATION', field, message }],
  });
}

/** 413 `E_BATCH_TOO_LARGE`: more items than the operation allows. */
export function batchTooLargeAnswer(
  context: OperationContext,
  field: string,
  count: number,
  limit: number,
): Answer {
  return failureAnswer(context, {
    status: 413,
    gateway: 'dataError',
    errorCode: 'E_BATCH_TOO_LARGE',
    message: `at most ${limit} ${field} per ${field === 'subjects' ? 'check' : 'batch'}`,
    details: [{ code: 'E_BATCH_TOO_LARGE', field, message: `${count} ${field}; the limit is ${limit}` }],
  });
}

/** 404 `E_NOT_FOUND`. */
export function notFoundAnswer(context: OperationContext): Answer {
  return failureAnswer(context, {
    status: 404,
    gateway: 'failure',
    errorCode: 'E_NOT_FOUND',
    message: 'not found',
  });
}

/** The one value of a query parameter: `undefined` when absent, `null` when given more than once. */
export function queryParam(context: OperationContext, name: string): string | undefined | null {
  const values = context.query.filter(([key]) => key === name).map(([, value]) => value);
  if (values.length > 1) return null;
  return values[0];
}

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
