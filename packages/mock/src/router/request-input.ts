import type { CreditPlatformPaging } from '@credit-bridge/core';
import type { Issue } from '../state/credit/credit-types.js';
import { type Answer, type EnvelopeContext, failureAnswer } from './answer.js';
import { bodyText } from './read-request.js';

/** What reading a request's parameters and body needs: the envelope context, the query and the body. */
export interface InputContext extends EnvelopeContext {
  /** Decoded query pairs in the order sent. */
  readonly query: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
}

/** A value read from the request, or the 400 answer to give instead. */
export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly answer: Answer };

/** Parses the body as JSON; 400 `E_BODY_MALFORMED` when it is not. */
export function readJsonBody(context: InputContext): Read<unknown> {
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
export function requiredAnswer(context: InputContext, field: string, message = 'required'): Answer {
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
  context: InputContext,
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
export function validationAnswer(context: InputContext, field: string, message: string): Answer {
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
  context: InputContext,
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
export function notFoundAnswer(context: InputContext): Answer {
  return failureAnswer(context, {
    status: 404,
    gateway: 'failure',
    errorCode: 'E_NOT_FOUND',
    message: 'not found',
  });
}

/** The one value of a query parameter: `undefined` when absent, `null` when given more than once. */
export function queryParam(context: InputContext, name: string): string | undefined | null {
  const values = context.query.filter(([key]) => key === name).map(([, value]) => value);
  if (values.length > 1) return null;
  return values[0];
}

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 413 `E_PAYLOAD_TOO_LARGE` (gateway 96): a body over the platform's limit. */
export function payloadTooLargeAnswer(context: EnvelopeContext, maxBytes: number): Answer {
  const message = `the body exceeds ${maxBytes} bytes`;
  return failureAnswer(context, {
    status: 413,
    gateway: 'dataError',
    errorCode: 'E_PAYLOAD_TOO_LARGE',
    message,
    details: [{ code: 'E_PAYLOAD_TOO_LARGE', message }],
  });
}

/** 415 `E_UNSUPPORTED_MEDIA_TYPE` (gateway 98): `field` says what was wrong (`Content-Type`, `encoding`). */
export function unsupportedMediaTypeAnswer(
  context: EnvelopeContext,
  message: string,
  field: string,
  detail: string,
): Answer {
  return failureAnswer(context, {
    status: 415,
    gateway: 'wrongParameterType',
    errorCode: 'E_UNSUPPORTED_MEDIA_TYPE',
    message,
    details: [{ code: 'E_UNSUPPORTED_MEDIA_TYPE', field, message: detail }],
  });
}

/** What a `Content-Type` header says: the media type (lower case) and its `charset`, if any. */
export function readContentType(value: string | undefined): { mediaType: string; charset?: string } {
  const [type = '', ...parameters] = (value ?? '').split(';');
  const charset = parameters
    .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter)?.[1])
    .find((found) => found !== undefined);
  return { mediaType: type.trim().toLowerCase(), ...(charset === undefined ? {} : { charset }) };
}

const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * The cursor and page size of a paged read, by the profile's parameter names: the cursor (absent: from
 * the start) must be given once and look like one; the limit must be an integer from 1 to `maxLimit`
 * (absent: `defaultLimit`). Otherwise 400 `E_PARAM_TYPE`.
 */
export function readPaging(
  context: InputContext,
  paging: Pick<CreditPlatformPaging, 'cursorParam' | 'limitParam' | 'defaultLimit' | 'maxLimit'>,
  cursorMessage: string,
): Read<{ readonly cursor: string | undefined; readonly limit: number }> {
  const cursor = queryParam(context, paging.cursorParam);
  const limitText = queryParam(context, paging.limitParam);
  if (cursor === null || (cursor !== undefined && !CURSOR.test(cursor))) {
    return { ok: false, answer: paramTypeAnswer(context, paging.cursorParam, cursorMessage) };
  }
  const limit = limitText === undefined ? paging.defaultLimit : Number(limitText);
  if (
    limitText === null ||
    !/^\d{1,6}$/.test(limitText ?? '1') ||
    !(limit >= 1 && limit <= paging.maxLimit)
  ) {
    const range = `an integer from 1 to ${paging.maxLimit}`;
    const answer = paramTypeAnswer(context, paging.limitParam, `must be ${range}`, [
      { code: 'E_PARAM_TYPE', field: paging.limitParam, message: `expected ${range}` },
    ]);
    return { ok: false, answer };
  }
  return { ok: true, value: { cursor, limit } };
}
