import { readFileSync } from 'node:fs';
import {
  CREDIT_PLATFORM_OPERATION_METHODS,
  type CreditPlatformOperation,
  DEFAULT_CREDIT_PLATFORM_PROFILE,
} from '@credit-bridge/core';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const DOCUMENT = new URL('../../../../docs/contracts/credit-platform.openapi.yaml', import.meta.url);
const ID = 'urn:credit-bridge:mock-test:credit-platform';

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(node: Json | undefined, ...keys: string[]): Json | undefined {
  let current = node;
  for (const key of keys) current = isObject(current) ? current[key] : undefined;
  return current;
}

/**
 * Validates answers of the mock against the response schemas of the credit platform's OpenAPI document:
 * the operation's path and method by the default profile, the documented status, its JSON schema.
 */
export function createResponseValidator(): (
  op: CreditPlatformOperation,
  status: number,
  body: unknown,
) => string[] {
  const document = parse(readFileSync(DOCUMENT, 'utf8')) as JsonObject;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const rewrite = (node: Json): Json =>
    JSON.parse(JSON.stringify(node).replaceAll('"#/components/schemas/', `"${ID}#/$defs/`)) as Json;
  ajv.addSchema({ $id: ID, $defs: rewrite(at(document, 'components', 'schemas') ?? {}) as JsonObject });
  const compiled = new Map<string, ValidateFunction>();
  return (op, status, body) => {
    const path = DEFAULT_CREDIT_PLATFORM_PROFILE.paths[op];
    const method = CREDIT_PLATFORM_OPERATION_METHODS[op].toLowerCase();
    let response = at(document, 'paths', path, method, 'responses', String(status));
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
