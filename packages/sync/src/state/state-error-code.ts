/**
 * The codes state stores throw: `E_STATE_INPUT` (a bad value), `E_STATE_CONFLICT` (a run id used
 * twice, a checkpoint not at the expected position), `E_STATE_TRANSITION` (an accepted delivery asked
 * to go back), `E_STATE_NOT_FOUND`, `E_STATE_CLOSED`; on opening `E_STATE_CORRUPT` (damaged),
 * `E_STATE_FOREIGN` (another application's file), `E_STATE_VERSION` (written by a newer credit-bridge);
 * `E_STATE_BUSY` (locked by another writer; retryable) and `E_STATE_IO`.
 */
export type StateErrorCode =
  | 'E_STATE_INPUT'
  | 'E_STATE_CONFLICT'
  | 'E_STATE_TRANSITION'
  | 'E_STATE_NOT_FOUND'
  | 'E_STATE_CLOSED'
  | 'E_STATE_CORRUPT'
  | 'E_STATE_FOREIGN'
  | 'E_STATE_VERSION'
  | 'E_STATE_BUSY'
  | 'E_STATE_IO';
