import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  isObject,
  type Json,
  type JsonObject,
  loadOpenApi,
  OPENAPI_FILES,
  type OpenApiFile,
  objectAt,
  operationsOf,
  resolveRef,
} from './support/contracts.js';

/** An ajv instance holding the document's component schemas, and a compiler for schemas inside it. */
function schemaCompiler(file: OpenApiFile, document: JsonObject): (schema: Json) => ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const id = `urn:credit-bridge:contracts:${file}`;
  // Component refs (#/components/schemas/X) become refs into one schema resource holding them as $defs.
  const rewrite = (node: Json): Json =>
    JSON.parse(JSON.stringify(node).replaceAll('"#/components/schemas/', `"${id}#/$defs/`)) as Json;
  const components = objectAt(objectAt(document, 'components'), 'schemas');
  ajv.addSchema({ $id: id, $defs: rewrite(components) as JsonObject });
  return (schema) => ajv.compile(rewrite(schema) as JsonObject);
}

interface NamedExample {
  name: string;
  value: Json;
}

function examplesOf(media: JsonObject): NamedExample[] {
  const named = Object.entries(objectAt(media, 'examples')).map(([name, example]) => {
    if (!isObject(example) || !('value' in example)) throw new Error(`example ${name} has no inline value`);
    return { name, value: example.value ?? null };
  });
  return 'example' in media ? [{ name: 'example', value: media.example ?? null }, ...named] : named;
}

function errorsOf(validate: ValidateFunction, value: Json): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe.each(OPENAPI_FILES)('%s', (file) => {
  const document = loadOpenApi(file);
  const compile = schemaCompiler(file, document);
  const operations = operationsOf(document);

  it('parses as OpenAPI 3.1 with operations', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(operations.length).toBeGreaterThan(0);
  });

  describe.each(operations.map((entry) => [`${entry.method.toUpperCase()} ${entry.path}`, entry] as const))(
    '%s',
    (_label, { operation }) => {
      it('has request examples (body, parameters), each valid against its schema', () => {
        const body = resolveRef(document, operation.requestBody);
        const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []).map((p) =>
          resolveRef(document, p),
        );
        for (const parameter of parameters) {
          if (!isObject(parameter)) throw new Error('parameter is not an object');
          expect(parameter, `parameter ${String(parameter.name)} has an example`).toHaveProperty('example');
          const validate = compile(parameter.schema ?? {});
          expect(
            errorsOf(validate, parameter.example ?? null),
            `parameter ${String(parameter.name)}`,
          ).toEqual([]);
        }
        if (isObject(body)) {
          const content = Object.entries(objectAt(body, 'content'));
          expect(content.length).toBeGreaterThan(0);
          for (const [mediaType, media] of content) {
            if (!isObject(media)) throw new Error(`${mediaType} is not an object`);
            const examples = examplesOf(media);
            expect(examples.length, `${mediaType} request examples`).toBeGreaterThan(0);
            const validate = compile(media.schema ?? {});
            for (const example of examples) {
              expect(errorsOf(validate, example.value), `request example ${example.name}`).toEqual([]);
            }
          }
        }
      });

      it('has an example for every response with content, each valid, and a 2xx example', () => {
        let successExamples = 0;
        for (const [status, raw] of Object.entries(objectAt(operation, 'responses'))) {
          const response = resolveRef(document, raw);
          for (const [mediaType, media] of Object.entries(objectAt(response, 'content'))) {
            if (!isObject(media)) throw new Error(`${status} ${mediaType} is not an object`);
            const examples = examplesOf(media);
            expect(examples.length, `${status} ${mediaType} examples`).toBeGreaterThan(0);
            const validate = compile(media.schema ?? {});
            for (const example of examples) {
              expect(errorsOf(validate, example.value), `${status} example ${example.name}`).toEqual([]);
            }
            if (status.startsWith('2')) successExamples += examples.length;
          }
        }
        expect(successExamples).toBeGreaterThan(0);
      });
    },
  );

  it('rejects a record value sent as a JSON number (the schemas are strict, not decorative)', () => {
    const validate = compile({ $ref: '#/components/schemas/PenaltyRecord' });
    const record = {
      RECORD_ID: 'CF-420113-2026-000099',
      RECORD_VERSION: 1,
      SOURCE_SYSTEM: 'hn-samr-case',
      DFBM: '420113',
    };
    expect(validate(record)).toBe(false);
    expect((validate.errors ?? []).some((e) => e.instancePath === '/RECORD_VERSION')).toBe(true);
  });
});
