import { readFileSync } from 'node:fs';
import {
  CREDIT_PLATFORM_OPERATION_METHODS,
  type CreditPlatformOperation,
  DEFAULT_CREDIT_PLATFORM_PROFILE,
  DEFAULT_EXCHANGE_PLATFORM_PROFILE,
  EXCHANGE_PLATFORM_OPERATION_METHODS,
  type ExchangePlatformOperation,
} from '@credit-bridge/core';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const CONTRACTS = new URL('../../../../docs/contracts/', import.meta.url);

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(node: Json | undefined, ...keys: string[]): Json | undefined {
  let current = node;
  for (const key of keys) current = isObject(current) ? current[key] : undefined;
  return current;
}

/**
 * Validates JSON answers against the response schemas of one of the OpenAPI documents: the operation's
 * path and method by the default profile, the documented status, its JSON schema (ajv, draft 2020-12).
 */
function createValidator<Op extends string>(
  file: string,
  locate: (op: Op) => { path: string; method: string },
): (op: Op, status: number, body: unknown) => string[] {
  const document = parse(readFileSync(new URL(file, CONTRACTS), 'utf8')) as JsonObject;
  const id = `urn:credit-bridge:mock-test:${file}`;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const rewrite = (node: Json): Json =>
    JSON.parse(JSON.stringify(node).replaceAll('"#/components/schemas/', `"${id}#/$defs/`)) as Json;
  ajv.addSchema({ $id: id, $defs: rewrite(at(document, 'components', 'schemas') ?? {}) as JsonObject });
  const compiled = new Map<string, ValidateFunction>();
  return (op, status, body) => {
    const { path, method } = locate(op);
    let response = at(document, 'paths', path, method.toLowerCase(), 'responses', String(status));
    if (response === undefined) return [`${op}: status ${status} is not documented`];
    const ref = at(response, '$ref');
    if (typeof ref === 'string') response = at(document, ...ref.replace(/^#\//, '').split('/'));
    const schema = at(response, 'content', 'application/json', 'schema');
    if (schema === undefined) return [`${op} ${status}: no JSON schema`];
    const key = `${op} ${status}`;
    let validate = compiled.get(key);
    if (validate === undefined) {
      validate = ajv.compile(rewrite(schema) as JsonObject);
      compiled.set(key, validate);
    }
    return validate(body)
      ? []
      : (validate.errors ?? []).map((error) => `${key} ${error.instancePath} ${error.message ?? ''}`);
  };
}

/** Validates answers of the mock against the credit platform's OpenAPI document. */
export function createResponseValidator(): (
  op: CreditPlatformOperation,
  status: number,
  body: unknown,
) => string[] {
  return createValidator<CreditPlatformOperation>('credit-platform.openapi.yaml', (op) => ({
    path: DEFAULT_CREDIT_PLATFORM_PROFILE.paths[op],
    method: CREDIT_PLATFORM_OPERATION_METHODS[op],
  }));
}

/** Validates JSON answers of the mock against the exchange platform's OpenAPI document. */
export function createExchangeResponseValidator(): (
  op: ExchangePlatformOperation,
  status: number,
  body: unknown,
) => string[] {
  return createValidator<ExchangePlatformOperation>('exchange-platform.openapi.yaml', (op) => ({
    path: DEFAULT_EXCHANGE_PLATFORM_PROFILE.paths[op],
    method: EXCHANGE_PLATFORM_OPERATION_METHODS[op],
  }));
}

/** The exchange OpenAPI document's example of an operation's answer, by status and example name. */
export function exchangeExample(path: string, method: string, status: number, name: string): unknown {
  const document = parse(
    readFileSync(new URL('exchange-platform.openapi.yaml', CONTRACTS), 'utf8'),
  ) as JsonObject;
  return at(
    document,
    'paths',
    path,
    method,
    'responses',
    String(status),
    'content',
    'application/json',
    'examples',
    name,
    'value',
  );
}
