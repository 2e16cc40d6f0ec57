/** What every operation accepts besides its arguments. */
export interface CallOptions {
  /** Cancels the call (and its retries and waits) with `E_ABORTED`. */
  signal?: AbortSignal | undefined;
}
