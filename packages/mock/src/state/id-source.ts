import { createRandom, type Random } from '@credit-bridge/core/testing';

// 报告验证码 alphabet of the contract: digits and capitals without I and O (they read as 1 and 0).
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const HEX = '0123456789abcdef';

/** Deterministic identifiers: the same seed and the same sequence of calls give the same values. */
export interface IdSource {
  /** A UUID in version-4 form (for request and task ids). */
  uuid(): string;
  /** An 8-character 报告验证码 of `[0-9A-HJ-NP-Z]`. */
  verificationCode(): string;
}

/**
 * Creates an id source from a seed. Not for secrets: the values are predictable by design, so tests and
 * the standalone server repeat themselves run after run.
 *
 * @example
 * createIdSource(7).uuid(); // the same UUID on every run
 */
export function createIdSource(seed: number): IdSource {
  const random = createRandom(seed);
  return {
    uuid: () => uuidFrom(random),
    verificationCode: () => Array.from({ length: 8 }, () => random.pick(Array.from(CODE_ALPHABET))).join(''),
  };
}

function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => HEX.charAt(random.int(0, 15)));
  hex[12] = '4';
  hex[16] = HEX.charAt(8 + random.int(0, 3));
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
