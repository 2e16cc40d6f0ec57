import { readFileSync } from 'node:fs';
import { DEFAULT_CREDIT_PLATFORM_PROFILE, matchPath } from '@credit-bridge/core';
import type { HttpRequest } from '@credit-bridge/http';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const DOCUMENT_URL = new URL('../../../../docs/contracts/credit-platform.openapi.yaml', import.meta.url);
const document = parse(readFileSync(DOCUMENT_URL, 'utf8')) as JsonObject;
const ID = 'urn:credit-bridge:contracts:credit-platform';

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
// Component refs (#/components/schemas/X) become refs into one schema resource holding them as $defs.
const rewrite = (node: Json): Json =>
  JSON.parse(JSON.stringify(node).replaceAll('"#/components/schemas/', `"${ID}#/$defs/`)) as Json;
ajv.addSchema({
  $id: ID,
  $defs: rewrite(objectAt(objectAt(document, 'components'), 'schemas')) as JsonObject,
});
const compiled = new Map<string, ValidateFunction>();

function compile(schema: Json): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (validate === undefined) {
    validate = ajv.compile(rewrite(schema) as JsonObject);
    compiled.set(key, validate);
  }
  return validate;
}

function asObject(node: Json | undefined): JsonObject {
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? node : {};
}

function objectAt(node: Json | undefined, key: string): JsonObject {
  return asObject(asObject(node)[key]);
}

function resolveRef(node: Json | undefined): JsonObject {
  let current = asObject(node);
  for (let hops = 0; hops < 10 && typeof current.$ref === 'string'; hops += 1) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce<JsonObject>((at, part) => objectAt(at, part), document);
  }
  return current;
}

function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** The security headers of the contract (components.securitySchemes), checked as the guide states them. */
const SIGNING_HEADERS: Readonly<Record<string, RegExp>> = {
  'x-app-key': /^.+$/,
  'x-timestamp': /^\d+$/,
  'x-nonce': /^[A-Za-z0-9-]{16,64}$/,
  'x-sign-method': /^(HMAC-SM3|HMAC-SHA256)$/,
  'x-signature': /^[0-9a-f]{64}$/,
};

/**
 * What is wrong with a request the client sent, judged by `docs/contracts/credit-platform.openapi.yaml`:
 * the operation (by path and method), every parameter (path, query, header) against its schema, the
 * signing headers, and the JSON body against the operation's request schema. Empty when it conforms.
 */
export function contractProblems(request: HttpRequest): string[] {
  const url = new URL(request.url);
  const method = request.method.toLowerCase();
  const match = matchPath(DEFAULT_CREDIT_PLATFORM_PROFILE, request.method, url.pathname);
  if (match === undefined) return [`${request.method} ${url.pathname} is not an operation of the contract`];
  const template = DEFAULT_CREDIT_PLATFORM_PROFILE.paths[match.op];
  const operation = objectAt(objectAt(objectAt(document, 'paths'), template), method);
  if (Object.keys(operation).length === 0) return [`the contract has no ${method} ${template}`];
  const where = `${request.method} ${template}`;
  const headers = new Map(
    Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const query = new Map<string, string[]>();
  const add = (name: string, value: string) => query.set(name, [...(query.get(name) ?? []), value]);
  for (const [name, value] of url.searchParams) add(name, value);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    for (const item of typeof value === 'string' ? [value] : value) add(name, item);
  }
  const problems: string[] = [];
  for (const [name, pattern] of Object.entries(SIGNING_HEADERS)) {
    if (!pattern.test(headers.get(name) ?? ''))
      problems.push(`${where}: header ${name} missing or malformed`);
  }
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  for (const parameter of parameters.map(resolveRef)) {
    const name = String(parameter.name);
    const schema = parameter.schema ?? {};
    const values =
      parameter.in === 'query'
        ? (query.get(name) ?? [])
        : parameter.in === 'header'
          ? [headers.get(name.toLowerCase())].filter((value): value is string => value !== undefined)
          : [match.params[name]].filter((value): value is string => value !== undefined);
    if (parameter.required === true && values.length === 0) problems.push(`${where}: ${name} is required`);
    const integer = asObject(schema).type === 'integer';
    for (const value of values) {
      const typed = integer && /^-?\d+$/.test(value) ? Number(value) : value;
      for (const error of errorsOf(compile(schema), typed)) problems.push(`${where}: ${name} ${error}`);
    }
  }
  const body = resolveRef(operation.requestBody);
  if (Object.keys(body).length > 0) {
    const media = objectAt(objectAt(body, 'content'), 'application/json');
    if (!/^application\/json\s*(;|$)/i.test(headers.get('content-type') ?? '')) {
      problems.push(`${where}: Content-Type must be application/json`);
    }
    const text = typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body);
    try {
      const json = JSON.parse(text) as unknown;
      for (const error of errorsOf(compile(media.schema ?? {}), json))
        problems.push(`${where}: body ${error}`);
    } catch {
      problems.push(`${where}: the body is not JSON`);
    }
  }
  return problems;
}
