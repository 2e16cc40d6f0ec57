import { z } from 'zod';
import { regionCodeSchema, systemCodeSchema, textSchema } from './field-schemas.js';

/**
 * The fields every record carries besides its content, as a zod shape to spread into record schemas:
 * - `recordId`: the stable id of the record in its source system (1–128 characters, no surrounding
 *   whitespace); a new version of the same record keeps it;
 * - `version`: a positive safe integer, raised on every change, so receivers keep the newest;
 * - `sourceSystem`: the code of the system the record comes from;
 * - `regionCode`: the GB/T 2260 code of the district that owns the record (wire `DFBM`, as generation 1).
 */
export const recordMetaShape = {
  recordId: textSchema(128).regex(/^\S(?:.*\S)?$/, { message: 'must not start or end with whitespace' }),
  version: z.number().int().positive(),
  sourceSystem: systemCodeSchema,
  regionCode: regionCodeSchema,
};

/**
 * The meta fields alone (see {@link recordMetaShape}).
 *
 * @example
 * recordMetaSchema.parse({ recordId: 'CF-2026-0001', version: 1, sourceSystem: 'hn-samr', regionCode: '420113' });
 */
export const recordMetaSchema = z.strictObject(recordMetaShape);

/** The meta fields every record carries. */
export type RecordMeta = z.infer<typeof recordMetaSchema>;
