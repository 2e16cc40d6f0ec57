/**
 * The codes the blacklist mirror and its stores throw: `E_MIRROR_STALE` (the mirror is older than the
 * policy allows and the policy refuses), `E_MIRROR_CONFLICT` (another refresher moved the stored cursor),
 * `E_MIRROR_INPUT` (a bad value for a store), `E_MIRROR_CLOSED` (a closed store), `E_MIRROR_VERSION` (the
 * mirror tables were written by a newer credit-bridge); `E_ARGUMENT` for a subject that is not one and
 * `E_CONFIG` for bad options, as elsewhere in the toolkit.
 */
export type MirrorErrorCode =
  | 'E_MIRROR_STALE'
  | 'E_MIRROR_CONFLICT'
  | 'E_MIRROR_INPUT'
  | 'E_MIRROR_CLOSED'
  | 'E_MIRROR_VERSION'
  | 'E_ARGUMENT'
  | 'E_CONFIG';
