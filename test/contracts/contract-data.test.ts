import {
  CODE_TABLES,
  type CodeTableName,
  CREDIT_PLATFORM_OPERATION_METHODS,
  CREDIT_PLATFORM_OPERATIONS,
  DEFAULT_CREDIT_PLATFORM_PROFILE,
  fromWireRecord,
  RECORD_SCHEMAS,
  type RecordType,
  USCC_PLACEHOLDER,
  validateIdNumber,
  validateUscc,
  WIRE_FIELDS,
} from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import {
  arrayAt,
  exampleMessages,
  isObject,
  type Json,
  type JsonObject,
  loadOpenApi,
  OPENAPI_FILES,
  objectAt,
  operationsOf,
  readContractText,
  resolveRef,
} from './support/contracts.js';
import { decodeMessage } from './support/xml.js';

// Wrong on purpose, each in a rejected record or an `invalid` check result of an example.
const DELIBERATELY_INVALID = new Set(['91420113CB0001027M', '91420111CB0001043E', '420111199302170465']);

const SCHEMA_OF: Record<RecordType, string> = {
  penalty: 'PenaltyRecord',
  license: 'LicenseRecord',
  blacklist: 'BlacklistRecord',
  repair: 'RepairRecord',
};
const RECORD_TYPES = Object.keys(SCHEMA_OF) as RecordType[];

function contractTexts(): { source: string; text: string }[] {
  const yamlTexts = OPENAPI_FILES.map((file) => ({
    source: file,
    // Base64 payloads are scanned as the XML files they encode.
    text: readContractText(file)
      .split('\n')
      .filter((line) => !/^\s*payload:/.test(line))
      .join('\n'),
  }));
  const xmlTexts = exampleMessages().map(({ name, bytes }) => ({ source: name, text: decodeMessage(bytes) }));
  return [
    ...yamlTexts,
    ...xmlTexts,
    { source: 'signing', text: readContractText('examples/signing-worked-example.json') },
  ];
}

function collectRecords(node: Json | undefined, into: JsonObject[]): JsonObject[] {
  if (Array.isArray(node)) for (const item of node) collectRecords(item, into);
  else if (isObject(node)) {
    if (typeof node.RECORD_ID === 'string') into.push(node);
    for (const value of Object.values(node)) collectRecords(value, into);
  }
  return into;
}

function recordTypeOf(record: JsonObject): RecordType {
  const keys = Object.keys(record);
  if (keys.some((key) => key.startsWith('CF_'))) return 'penalty';
  if (keys.some((key) => key.startsWith('XK_'))) return 'license';
  if (keys.some((key) => key.startsWith('SXMD_'))) return 'blacklist';
  if (keys.some((key) => key.startsWith('XYXF_'))) return 'repair';
  throw new Error(`no record type for ${String(record.RECORD_ID)}`);
}

function canonicalWords(table: CodeTableName): string[] {
  const codeTable = CODE_TABLES[table] as { keys: readonly string[]; toWire(key: string): string };
  return codeTable.keys.map((key) => codeTable.toWire(key));
}

describe('identifiers in the contracts and examples', () => {
  const found = new Map<string, string>();
  for (const { source, text } of contractTexts()) {
    for (const match of text.matchAll(/(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])/g))
      found.set(match[0], source);
  }
  // The schema text names the national template's placeholder for a subject without a USCC (17×0 + X).
  found.delete(USCC_PLACEHOLDER);

  it('are found at all (the scan works)', () => {
    expect(found.size).toBeGreaterThan(10);
  });

  it('have valid check characters, except the few wrong on purpose', () => {
    const invalid = [...found.keys()].filter((value) =>
      /^\d{17}[\dX]$/.test(value) ? !validateIdNumber(value).ok : !validateUscc(value).ok,
    );
    expect(new Set(invalid)).toEqual(DELIBERATELY_INVALID);
  });

  it('are Wuhan codes (4201xx), so none can be mistaken for a real subject elsewhere', () => {
    const regions = [...found.keys()].map((value) =>
      /^\d{17}[\dX]$/.test(value) ? value.slice(0, 6) : value.slice(2, 8),
    );
    expect(regions.filter((region) => !region.startsWith('4201'))).toEqual([]);
  });
});

describe('record schemas agree with core’s wire tables', () => {
  const credit = loadOpenApi('credit-platform.openapi.yaml');
  const exchange = loadOpenApi('exchange-platform.openapi.yaml');
  const xsd = readContractText('exchange-envelope.xsd');

  describe.each(RECORD_TYPES)('%s', (type) => {
    const fields = WIRE_FIELDS[type];
    const name = SCHEMA_OF[type];

    it.each([
      ['credit-platform', credit],
      ['exchange-platform', exchange],
    ] as const)(
      'the %s OpenAPI schema has exactly the wire columns, required ones and code words',
      (_doc, document) => {
        const schema = objectAt(objectAt(objectAt(document, 'components'), 'schemas'), name);
        const properties = objectAt(schema, 'properties');
        expect(Object.keys(properties)).toEqual(fields.map((field) => field.wire));
        expect(arrayAt(schema, 'required')).toEqual(
          fields.filter((field) => field.required).map((field) => field.wire),
        );
        for (const field of fields) {
          if (field.kind === 'code' && field.table) {
            expect(arrayAt(properties[field.wire], 'enum'), field.wire).toEqual(canonicalWords(field.table));
          }
        }
      },
    );

    it('the XSD record type has exactly the wire columns, optional ones with minOccurs="0"', () => {
      const start = xsd.indexOf(`<xs:complexType name="${name}Type">`);
      expect(start).toBeGreaterThan(0);
      const block = xsd.slice(start, xsd.indexOf('</xs:complexType>', start));
      const elements = [...block.matchAll(/<xs:element name="([A-Z0-9_]+)"([^>]*)>/g)].map((m) => ({
        wire: m[1],
        optional: (m[2] ?? '').includes('minOccurs="0"'),
      }));
      expect(elements).toEqual(fields.map((field) => ({ wire: field.wire, optional: !field.required })));
    });
  });

  it('every example record decodes with core into a valid domain record', () => {
    const records = collectRecords(credit, []).concat(collectRecords(exchange, []));
    expect(new Set(records.map(recordTypeOf))).toEqual(new Set(RECORD_TYPES));
    for (const record of records) {
      const type = recordTypeOf(record);
      const parsed = RECORD_SCHEMAS[type].safeParse(fromWireRecord(type, record));
      expect(parsed.success ? [] : parsed.error.issues, `${type} ${String(record.RECORD_ID)}`).toEqual([]);
    }
  });

  it('JSON columns of repair records hold JSON arrays of string-valued objects with the documented keys', () => {
    const records = collectRecords(credit, []).filter((record) => recordTypeOf(record) === 'repair');
    expect(records.length).toBeGreaterThan(0);
    for (const field of WIRE_FIELDS.repair.filter((f) => f.kind === 'json')) {
      const keys = new Set((field.items ?? []).map((item) => item.wire));
      for (const record of records) {
        const raw = record[field.wire];
        if (raw === undefined) continue;
        const items = JSON.parse(String(raw)) as Json;
        expect(Array.isArray(items), field.wire).toBe(true);
        for (const item of Array.isArray(items) ? items : []) {
          expect(isObject(item)).toBe(true);
          for (const [key, value] of Object.entries(isObject(item) ? item : {})) {
            expect(keys.has(key), `${field.wire}.${key}`).toBe(true);
            expect(typeof value, `${field.wire}.${key}`).toBe('string');
          }
        }
      }
    }
  });
});

describe('core’s default credit platform profile agrees with the OpenAPI document', () => {
  const document = loadOpenApi('credit-platform.openapi.yaml');
  const profile = DEFAULT_CREDIT_PLATFORM_PROFILE;
  const components = objectAt(document, 'components');
  const schemas = objectAt(components, 'schemas');

  it('has the same paths, with the same methods', () => {
    const documented = operationsOf(document).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    const profiled = CREDIT_PLATFORM_OPERATIONS.map(
      (operation) => `${CREDIT_PLATFORM_OPERATION_METHODS[operation]} ${profile.paths[operation]}`,
    );
    expect(new Set(profiled)).toEqual(new Set(documented));
  });

  it('has the same batch limits and paging bounds', () => {
    for (const name of [
      'PenaltyBatchRequest',
      'LicenseBatchRequest',
      'BlacklistBatchRequest',
      'RepairBatchRequest',
    ]) {
      expect(objectAt(objectAt(schemas[name], 'properties'), 'records').maxItems, name).toBe(
        profile.batchLimits.recordsPerBatch,
      );
    }
    expect(objectAt(objectAt(schemas.BlacklistCheckBatchRequest, 'properties'), 'subjects').maxItems).toBe(
      profile.batchLimits.subjectsPerCheck,
    );
    const description = String(objectAt(document, 'info').description);
    expect(description).toContain(`${profile.batchLimits.maxBodyBytes.toLocaleString('en-US')} bytes`);
    const limit = objectAt(objectAt(components, 'parameters'), 'Limit');
    expect(limit.name).toBe(profile.paging.limitParam);
    expect(objectAt(limit, 'schema')).toMatchObject({
      maximum: profile.paging.maxLimit,
      default: profile.paging.defaultLimit,
    });
    expect(objectAt(objectAt(components, 'parameters'), 'Cursor').name).toBe(profile.paging.cursorParam);
    expect(Object.keys(objectAt(schemas.BlacklistChangePage, 'properties'))).toEqual([
      profile.paging.itemsField,
      profile.paging.nextCursorField,
      profile.paging.hasMoreField,
    ]);
  });

  it('has the same header and parameter names', () => {
    const schemes = Object.values(objectAt(components, 'securitySchemes')).map((scheme) =>
      isObject(scheme) ? scheme.name : null,
    );
    expect(new Set(schemes)).toEqual(new Set(Object.values(profile.signing.headers)));
    const parameters = objectAt(components, 'parameters');
    expect(parameters.IdempotencyKey).toMatchObject({ name: profile.idempotency.keyHeader, in: 'header' });
    expect(Object.keys(objectAt(components, 'headers'))).toContain('IdempotentReplayed');
    const replayed = operationsOf(document).flatMap(({ operation }) =>
      Object.values(objectAt(operation, 'responses')).flatMap((response) =>
        Object.keys(objectAt(resolveRef(document, response), 'headers')),
      ),
    );
    expect(replayed).toContain(profile.idempotency.replayedHeader);
    expect(parameters.CheckUscc).toMatchObject({ name: profile.query.uscc });
    expect(parameters.CheckIdNumber).toMatchObject({ name: profile.query.idNumber });
    expect(parameters.VerificationCode).toMatchObject({ name: profile.query.verificationCode });
  });

  it('has the same envelope codes', () => {
    const envelope = objectAt(schemas.ErrorEnvelope, 'properties');
    expect(arrayAt(envelope.code, 'enum')).toEqual(Object.values(profile.envelope.failureCodes));
    expect(objectAt(objectAt(schemas.BatchResultEnvelope, 'properties'), 'code').const).toBe(
      profile.envelope.successCode,
    );
  });
});
