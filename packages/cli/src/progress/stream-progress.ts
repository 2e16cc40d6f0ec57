/**
 * A stream's progress as the progress output shows it (the fields of the sync runner's `SyncProgress`
 * it uses): rows read, valid, rejected; records sent and accepted; rows per second.
 */
export interface StreamProgress {
  readonly stream: string;
  readonly phase: 'running' | 'done';
  readonly elapsedMs: number;
  readonly read: number;
  readonly valid: number;
  readonly rejected: number;
  readonly sent: number;
  readonly accepted: number;
  readonly ratePerSecond: number;
  /** The sinks the stream fans out to; `sent` and `accepted` are summed over them. */
  readonly sinks?: readonly unknown[];
}

/**
 * The seconds left for a stream, from its rate and an estimate of its rows; undefined when either is
 * unknown or the stream is done.
 *
 * @example
 * etaSeconds({ read: 500, ratePerSecond: 100, phase: 'running' }, 1500); // 10
 */
export function etaSeconds(
  progress: Pick<StreamProgress, 'read' | 'ratePerSecond' | 'phase'>,
  total: number | undefined,
): number | undefined {
  if (progress.phase === 'done' || total === undefined || progress.ratePerSecond <= 0) return undefined;
  return Math.max(0, Math.ceil((total - progress.read) / progress.ratePerSecond));
}

/**
 * A count with thousands separators (`12,345`).
 *
 * @example
 * formatCount(1234567); // '1,234,567'
 */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/**
 * A duration in seconds as `m:ss` (or `h:mm:ss`).
 *
 * @example
 * formatDuration(75); // '1:15'
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
