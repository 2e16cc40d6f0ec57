import { CreditBridgeError, isCreditBridgeError } from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import {
  AbortedError,
  ContractError,
  HttpStatusError,
  isAbortedError,
  isContractError,
  isHttpStatusError,
  isNetworkError,
  isPlatformError,
  isTimeoutError,
  isTransportError,
  NetworkError,
  PlatformError,
  requestContext,
  TimeoutError,
} from '../../src/index.js';

// Synthetic identity number (GB 11643 standard's own example), used to prove masking.
const ID = '11010519491231002X';
const context = {
  method: 'POST',
  path: '/api/v1/blacklist/entries:batch',
  operation: 'blacklist.submit',
  requestId: 'req-1',
  attempts: 3,
};

describe('transport errors', () => {
  it('name the operation and the outcome in the message', () => {
    const error = new HttpStatusError({ ...context, status: 503 });
    expect(error.message).toBe('[POST /api/v1/blacklist/entries:batch] 503: Service Unavailable');
    expect(error).toBeInstanceOf(CreditBridgeError);
    expect(error.code).toBe('E_HTTP_STATUS');
    expect(error.attempts).toBe(3);
    expect(error.requestId).toBe('req-1');
  });

  it('mark 408, 429 and 5xx retryable, other statuses not', () => {
    const retryable = (status: number) => new HttpStatusError({ ...context, status }).retryable;
    expect([408, 429, 500, 502, 503, 504].map(retryable)).toEqual([true, true, true, true, true, true]);
    expect([400, 401, 403, 404, 409, 413].map(retryable)).toEqual([false, false, false, false, false, false]);
  });

  it('keep the raw body out of serialisation and mask identifiers in the snippet', () => {
    const body = new TextEncoder().encode(JSON.stringify({ code: '96', idNumber: ID, note: `id ${ID}` }));
    const error = new HttpStatusError({ ...context, status: 400, body });
    expect(new TextDecoder().decode(error.body)).toContain(ID);
    const serialised = JSON.stringify(error.toJSON());
    expect(serialised).not.toContain(ID);
    expect(serialised).toContain('110***********002X');
    expect(Object.keys(error)).not.toContain('body');
    expect(error.toJSON()).toMatchObject({ attempts: 3, requestId: 'req-1', code: 'E_HTTP_STATUS' });
  });

  it('say which deadline passed; only the total deadline is final', () => {
    const connect = new TimeoutError({ ...context, deadline: 'connect', timeoutMs: 5000 });
    const total = new TimeoutError({ ...context, deadline: 'total', timeoutMs: 60000 });
    expect(connect.message).toBe('[POST /api/v1/blacklist/entries:batch] connect timeout after 5000 ms');
    expect(connect.retryable).toBe(true);
    expect(total.retryable).toBe(false);
    expect(total.details).toMatchObject({ deadline: 'total', timeoutMs: 60000 });
  });

  it('carry the platform gateway code and the detailed code, also for a 200 envelope', () => {
    const error = new PlatformError({
      ...context,
      platformCode: '97',
      errorCode: 'E_REQUIRED',
      platformMessage: `uscc missing for ${ID}`,
      httpStatus: 200,
    });
    expect(error.message).toBe(
      '[POST /api/v1/blacklist/entries:batch] platform 97 E_REQUIRED: uscc missing for 110***********002X',
    );
    expect(error.platformCode).toBe('97');
    expect(error.errorCode).toBe('E_REQUIRED');
    expect(error.httpStatus).toBe(200);
    expect(error.retryable).toBe(false);
  });

  it('report a contract violation with its JSON path and a masked snippet', () => {
    const error = new ContractError({
      ...context,
      jsonPath: ['data', 'results', 3, 'status'],
      expected: 'accepted | duplicate | rejected',
      received: { status: 'weird', idNumber: ID },
    });
    expect(error.message).toBe(
      '[POST /api/v1/blacklist/entries:batch] response contract violated at data.results[3].status: expected accepted | duplicate | rejected',
    );
    expect(error.jsonPath).toEqual(['data', 'results', 3, 'status']);
    expect(String(error.details.snippet)).not.toContain(ID);
  });

  it('describe a network failure with its system code', () => {
    const error = new NetworkError({
      ...context,
      reason: 'socket hang up',
      syscallCode: 'ECONNRESET',
      reusedSocket: true,
    });
    expect(error.message).toBe(
      '[POST /api/v1/blacklist/entries:batch] network error: socket hang up (ECONNRESET)',
    );
    expect(error.reusedSocket).toBe(true);
    expect(error.retryable).toBe(true);
  });

  it('never retry a caller abort', () => {
    const error = new AbortedError(context);
    expect(error.code).toBe('E_ABORTED');
    expect(error.retryable).toBe(false);
  });

  it('have guards that accept a copy from another realm by brand and name, not instanceof', () => {
    const errors = [
      new NetworkError({ ...context, reason: 'x' }),
      new TimeoutError({ ...context, deadline: 'attempt', timeoutMs: 1 }),
      new HttpStatusError({ ...context, status: 500 }),
      new PlatformError({ ...context, platformCode: '99' }),
      new ContractError({ ...context, jsonPath: [], expected: 'JSON' }),
      new AbortedError(context),
    ];
    const guards = [
      isNetworkError,
      isTimeoutError,
      isHttpStatusError,
      isPlatformError,
      isContractError,
      isAbortedError,
    ];
    guards.forEach((guard, index) => {
      expect(errors.filter((error) => guard(error))).toEqual([errors[index]]);
      // Another installed copy: same brand (Symbol.for) and name, different prototype chain.
      const foreign = Object.assign(Object.create(null) as object, {
        name: errors[index]?.name,
        code: errors[index]?.code,
        [Symbol.for('@credit-bridge/error')]: true,
      });
      expect(guard(foreign)).toBe(true);
      expect(isCreditBridgeError(foreign)).toBe(true);
    });
    expect(errors.every((error) => isTransportError(error))).toBe(true);
    expect(isHttpStatusError(new Error('E_HTTP_STATUS'))).toBe(false);
    expect(isTransportError(new CreditBridgeError({ code: 'E_CONFIG', message: 'x' }))).toBe(false);
  });
});

describe('requestContext', () => {
  it('keeps the path and drops the query, where identifiers travel', () => {
    const context = requestContext({
      method: 'GET',
      url: `http://127.0.0.1:1/api/v1/blacklist/check?idNumber=${ID}`,
      headers: {},
      requestId: 'r',
      attempt: 2,
    });
    expect(context).toEqual({
      method: 'GET',
      path: '/api/v1/blacklist/check',
      operation: undefined,
      requestId: 'r',
      attempts: 2,
    });
  });
});
