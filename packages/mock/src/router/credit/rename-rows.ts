import { type CreditPlatformProfile, renameWireFields, type WireRow } from '@credit-bridge/core';

/** Wire rows from core names to the profile's. */
export function renameRows(profile: CreditPlatformProfile, rows: readonly WireRow[]): WireRow[] {
  return rows.map((row) => renameWireFields(profile, row, 'toPlatform'));
}
