import { z } from 'zod';
import { RECORD_SCHEMAS } from '../../model/record-schemas.js';
import type { RecordType } from '../../model/record-type.js';

const compiled = new Map<RecordType, z.ZodType>();

/**
 * The record schema of `type` through `z.compile`: zod's generated fast path answers a valid record, and
 * any failure is parsed again by the schema's own interpreter, so issues and messages are the schema's
 * exactly. Compiled on first use (a schema zod cannot compile comes back as it is), so importing core
 * generates no code; the exported `RECORD_SCHEMAS` stay the plain schemas.
 */
export function compiledSchema(type: RecordType): z.ZodType {
  let schema = compiled.get(type);
  if (schema === undefined) {
    schema = z.compile(RECORD_SCHEMAS[type] as z.ZodType);
    compiled.set(type, schema);
  }
  return schema;
}
