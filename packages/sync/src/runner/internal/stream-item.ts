import type { AnyRecord } from '@credit-bridge/core';
import type { DedupeKey } from '../../dedupe/dedupe-key.js';

/** A valid record on its way through a stream's sinks. */
export interface StreamItem {
  readonly position: number;
  readonly source: string;
  readonly record: AnyRecord;
  readonly key: DedupeKey;
  /** Sinks that have yet to settle or defer it; it leaves the in-flight window at 0. */
  remaining: number;
}
