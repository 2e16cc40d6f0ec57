import { describe, expect, it } from 'vitest';
import {
  createEnvelopeReader,
  type EnvelopeSchemas,
  HttpStatusError,
  isContractError,
  isPlatformError,
  NetworkError,
  type SafeParser,
} from '../../src/index.js';
import { equals, isArray, isBoolean, isString, objectSchema } from '../support/plain-schemas.js';

// A renamed profile's envelope, so nothing passes by accident of the contract's own names.
const envelope = {
  fields: { code: 'retCode', message: 'retMsg', requestId: 'traceId', data: 'payload', error: 'fault' },
  successCode: '0000',
};
const errorObject = objectSchema({ code: isString, details: isArray });
const schemas: EnvelopeSchemas = {
  head: objectSchema({ retCode: isString }),
  success: objectSchema({ retCode: equals('0000'), retMsg: isString, traceId: isString }),
  failure: objectSchema({
    retCode: isString,
    retMsg: isString,
    traceId: isString,
    fault: (value) => (errorObject.safeParse(value).success ? undefined : 'an error object'),
  }),
};
const TRANSIENT = new Set(['E_UNAVAILABLE']);
const reader = createEnvelopeReader<{ code: string; message: string }>({
  envelope,
  schemas,
  isRetryable: (errorCode, status) => TRANSIENT.has(errorCode) || status >= 500,
});
const context = {
  method: 'GET',
  path: '/gw/check',
  operation: 'blacklist.check',
  requestId: 'r-1',
  attempts: 2,
};
const listed: SafeParser<{ listed: boolean }> = objectSchema({ listed: isBoolean }) as SafeParser<{
  listed: boolean;
}>;
const success = (payload: unknown) => ({ retCode: '0000', retMsg: 'ok', traceId: 't-1', payload });
const failure = (code: string, retCode = '1099') => ({
  retCode,
  retMsg: 'refused',
  traceId: 't-2',
  fault: { code, details: [{ code, message: 'refused' }] },
});
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('createEnvelopeReader', () => {
  it("returns a success's data checked with the operation's schema", () => {
    expect(reader.read(success({ listed: true }), { ...context, status: 200 }, listed)).toEqual({
      listed: true,
    });
  });

  it('puts a data issue under the data field and masks what arrived', () => {
    const error = caught(() =>
      reader.read(
        success({ listed: 'no', idNumber: '11010519491231002X' }),
        { ...context, status: 200 },
        listed,
      ),
    );
    expect(isContractError(error) && [error.jsonPath, error.attempts]).toEqual([['payload', 'listed'], 2]);
    expect(JSON.stringify(error)).not.toContain('11010519491231002X');
  });

  it('reports a broken envelope at its first issue, the root when it is no object', () => {
    const cases: [unknown, string[]][] = [
      [[1, 2], []],
      [{ retCode: 0 }, ['retCode']],
      [{ retCode: '0000', retMsg: 'ok' }, ['traceId']],
      [{ retCode: '1099', retMsg: 'refused', traceId: 't' }, ['fault']],
    ];
    for (const [json, path] of cases) {
      const error = caught(() => reader.read(json, { ...context, status: 200 }, listed));
      expect(isContractError(error) && error.jsonPath).toEqual(path);
    }
  });

  it('throws a failure as a PlatformError whatever its status, retryable by the given rule', () => {
    const final = caught(() => reader.read(failure('E_NOT_FOUND'), { ...context, status: 200 }, listed));
    expect(
      isPlatformError(final) && [final.platformCode, final.errorCode, final.httpStatus, final.retryable],
    ).toEqual(['1099', 'E_NOT_FOUND', 200, false]);
    expect(isPlatformError(final) && final.details).toMatchObject({
      issues: [{ code: 'E_NOT_FOUND', message: 'refused' }],
    });
    const transient = caught(() =>
      reader.read(failure('E_UNAVAILABLE'), { ...context, status: 200 }, listed),
    );
    expect(isPlatformError(transient) && transient.retryable).toBe(true);
    const byStatus = caught(() => reader.read(failure('E_OTHER'), { ...context, status: 502 }, listed));
    expect(isPlatformError(byStatus) && byStatus.retryable).toBe(true);
  });

  it('finds a failure in bytes or parsed JSON, and nothing in a success, non-JSON or a broken envelope', () => {
    expect(reader.failureOf(bytes(failure('E_NOT_FOUND')))).toMatchObject({
      platformCode: '1099',
      errorCode: 'E_NOT_FOUND',
      message: 'refused',
    });
    expect(reader.failureOf(failure('E_NOT_FOUND'))?.errorCode).toBe('E_NOT_FOUND');
    for (const body of [
      bytes(success({})),
      new TextEncoder().encode('<html/>'),
      bytes({ retCode: '1099' }),
    ]) {
      expect(reader.failureOf(body)).toBeUndefined();
    }
  });

  it('leaves bytes that mayHoldEnvelope refuses undecoded', () => {
    const refusing = createEnvelopeReader({
      envelope,
      schemas,
      isRetryable: () => false,
      mayHoldEnvelope: () => false,
    });
    expect(refusing.failureOf(bytes(failure('E_NOT_FOUND')))).toBeUndefined();
    expect(refusing.failureOf(failure('E_NOT_FOUND'))?.errorCode).toBe('E_NOT_FOUND');
  });

  it('turns a status error with a failure envelope into a PlatformError, its cause; other errors stay', () => {
    const status = new HttpStatusError({
      ...context,
      path: '/prefix/gw/check',
      status: 404,
      body: bytes(failure('E_NOT_FOUND')),
    });
    const own = reader.fromStatusError(status);
    expect(isPlatformError(own) && [own.path, own.httpStatus, own.attempts, own.cause === status]).toEqual([
      '/prefix/gw/check',
      404,
      2,
      true,
    ]);
    const where = reader.fromStatusError(status, { method: 'GET', path: '/gw/check', operation: 'other' });
    expect(isPlatformError(where) && [where.path, where.operation]).toEqual(['/gw/check', 'other']);
    const plain = new HttpStatusError({
      ...context,
      status: 502,
      body: new TextEncoder().encode('Bad gateway'),
    });
    expect(reader.fromStatusError(plain)).toBe(plain);
    const network = new NetworkError({ ...context, reason: 'socket hang up' });
    expect(reader.fromStatusError(network)).toBe(network);
  });

  it('makes a retryable failure inside a 2xx answer a retryable error; anything else passes', async () => {
    const answer = (status: number, body: unknown) => async () => ({
      status,
      headers: {},
      body: bytes(body),
      requestId: 'r-1',
      attempts: 1,
      durationMs: 0,
    });
    const request = { method: 'GET' as const, url: 'http://127.0.0.1:1/gw/check', headers: {} };
    const layer = reader.retryableFailures();
    const thrown = await layer(answer(200, failure('E_UNAVAILABLE')))(request).catch(
      (error: unknown) => error,
    );
    expect(isPlatformError(thrown) && [thrown.errorCode, thrown.retryable, thrown.httpStatus]).toEqual([
      'E_UNAVAILABLE',
      true,
      200,
    ]);
    await expect(layer(answer(200, failure('E_NOT_FOUND')))(request)).resolves.toMatchObject({ status: 200 });
    await expect(layer(answer(200, success({})))(request)).resolves.toMatchObject({ status: 200 });
    await expect(layer(answer(503, failure('E_UNAVAILABLE')))(request)).resolves.toMatchObject({
      status: 503,
    });
  });
});
