import type { CreditPlatformProfile } from './credit-platform-profile.js';

/**
 * `toPlatform`: from core's wire names to the profile's; `fromPlatform`: back to core's, so that
 * `fromWireRecord` can read the row.
 */
export type WireRenameDirection = 'toPlatform' | 'fromPlatform';

/**
 * Renames the top-level keys of a wire row by the profile's `wireFieldRenames`; values and keys without a
 * rename pass through. `fromPlatform` matches names case-insensitively, as `fromWireRecord` does. The keys
 * inside JSON-text columns (such as `XYXF_LCJL`) are not renamed.
 *
 * @example
 * const profile = defineCreditPlatformProfile({ wireFieldRenames: { CF_XDR_MC: 'XDR_MC' } });
 * renameWireFields(profile, { CF_XDR_MC: '武汉示例科技有限公司' }, 'toPlatform'); // { XDR_MC: '武汉示例科技有限公司' }
 */
export function renameWireFields<V>(
  profile: CreditPlatformProfile,
  wire: Readonly<Record<string, V>>,
  direction: WireRenameDirection,
): Record<string, V> {
  const renames = Object.entries(profile.wireFieldRenames ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  if (renames.length === 0) return { ...wire };
  const lookup = new Map(
    direction === 'toPlatform'
      ? renames
      : renames.map(([core, platform]) => [platform.toUpperCase(), core] as [string, string]),
  );
  const out: Record<string, V> = {};
  for (const [key, value] of Object.entries(wire)) {
    const renamed = lookup.get(direction === 'toPlatform' ? key : key.toUpperCase());
    out[renamed ?? key] = value;
  }
  return out;
}
