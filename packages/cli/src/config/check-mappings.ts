import { isCreditBridgeError, type RecordType } from '@credit-bridge/core';
import { createRowMapper, type MappingSpec } from '@credit-bridge/sync';
import type { ConfigIssue } from './format-config-issues.js';

/**
 * Checks what the schema cannot: that each column's target is a field, wire name or title of the
 * stream's record type and its transforms fit that field, and that constants and synonyms name fields.
 * Each part is compiled on its own, so a problem is reported at the exact key that holds it.
 *
 * @example
 * checkMappings([{ recordType: 'penalty', mapping: { columns: { 案件编号: 'recrdId' } } }]);
 * // [{ path: ['streams', 0, 'mapping', 'columns', '案件编号'], message: '"recrdId" is no field, …' }]
 */
export function checkMappings(
  streams: readonly { readonly recordType: RecordType; readonly mapping?: object | undefined }[],
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  streams.forEach((stream, index) => {
    // The schema has checked the shape; what is left is whether the names and transforms fit the type.
    const mapping = (stream.mapping ?? {}) as Omit<MappingSpec, 'recordType'>;
    const base = ['streams', index, 'mapping'] as const;
    const attempt = (path: readonly (string | number)[], spec: Omit<MappingSpec, 'recordType'>): void => {
      try {
        createRowMapper({ recordType: stream.recordType, autoMap: false, ...spec });
      } catch (error) {
        if (!isCreditBridgeError(error)) throw error;
        issues.push({ path: [...base, ...path], message: error.message.replace(/^\[mapping\] /, '') });
      }
    };
    for (const [header, column] of Object.entries(mapping.columns ?? {}))
      attempt(['columns', header], { columns: { [header]: column } });
    for (const [field, value] of Object.entries(mapping.constants ?? {}))
      attempt(['constants', field], { constants: { [field]: value } });
    for (const [field, words] of Object.entries(mapping.synonyms ?? {}))
      attempt(['synonyms', field], { synonyms: { [field]: words } });
    if (mapping.preset !== undefined) attempt(['preset'], { preset: mapping.preset });
  });
  return issues;
}
