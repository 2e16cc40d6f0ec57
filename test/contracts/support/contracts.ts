import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Absolute path of `docs/contracts/`, with a trailing slash. */
export const CONTRACTS_DIR = fileURLToPath(new URL('../../../docs/contracts/', import.meta.url));

/** Absolute path of the repository root, with a trailing slash. */
export const ROOT_DIR = fileURLToPath(new URL('../../../', import.meta.url));

/** The two OpenAPI documents. */
export const OPENAPI_FILES = ['credit-platform.openapi.yaml', 'exchange-platform.openapi.yaml'] as const;

/** One of {@link OPENAPI_FILES}. */
export type OpenApiFile = (typeof OPENAPI_FILES)[number];

/** A JSON value as parsed from YAML or JSON. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `key` of `node`, or an empty object when absent or not an object. */
export function objectAt(node: Json | undefined, key: string): JsonObject {
  if (!isObject(node)) return {};
  const value = node[key];
  return isObject(value) ? value : {};
}

/** The array at `key` of `node`, or an empty array. */
export function arrayAt(node: Json | undefined, key: string): Json[] {
  if (!isObject(node)) return [];
  const value = node[key];
  return Array.isArray(value) ? value : [];
}

/** The string at `key` of `node`, or undefined. */
export function stringAt(node: Json | undefined, key: string): string | undefined {
  if (!isObject(node)) return undefined;
  const value = node[key];
  return typeof value === 'string' ? value : undefined;
}

/** Reads a file under `docs/contracts/` as UTF-8 text. */
export function readContractText(relativePath: string): string {
  return readFileSync(`${CONTRACTS_DIR}${relativePath}`, 'utf8');
}

/** Reads a file under `docs/contracts/` as bytes. */
export function readContractBytes(relativePath: string): Buffer {
  return readFileSync(`${CONTRACTS_DIR}${relativePath}`);
}

/** Parses one of the OpenAPI documents. */
export function loadOpenApi(file: OpenApiFile): JsonObject {
  const document: unknown = parse(readContractText(file));
  if (!isObject(document as Json)) throw new Error(`${file} is not a YAML mapping`);
  return document as JsonObject;
}

/** Follows a local `$ref` (`#/components/...`) until a node without one. */
export function resolveRef(document: JsonObject, node: Json | undefined): Json | undefined {
  let current = node;
  for (let hops = 0; hops < 10 && isObject(current); hops += 1) {
    const ref = stringAt(current, '$ref');
    if (ref === undefined) return current;
    if (!ref.startsWith('#/')) throw new Error(`non-local $ref ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<Json | undefined>((at, part) => (isObject(at) ? at[part] : undefined), document);
  }
  return current;
}

/** One operation of a document. */
export interface OperationEntry {
  path: string;
  method: string;
  operation: JsonObject;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Every operation of a document, in document order. */
export function operationsOf(document: JsonObject): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(objectAt(document, 'paths'))) {
    for (const method of METHODS) {
      const operation = objectAt(item, method);
      if (Object.keys(operation).length > 0) entries.push({ path, method, operation });
    }
  }
  return entries;
}

/** The example XML messages, as bytes, by file name. */
export function exampleMessages(): { name: string; bytes: Buffer }[] {
  return readdirSync(`${CONTRACTS_DIR}examples`)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => ({ name, bytes: readContractBytes(`examples/${name}`) }));
}
