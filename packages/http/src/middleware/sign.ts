import type { Middleware } from '../compose-transport.js';
import type { Signer } from '../signing/signer.js';

/**
 * Signs each attempt with `signer`. It sits inside retry so a retry is signed afresh: a new timestamp
 * within the server's ±300 s window and a nonce its replay cache has not seen.
 *
 * @example
 * composeTransport([retry(options), sign(createHmacSigner({ appKey, appSecret }))], sender);
 */
export function sign(signer: Signer): Middleware {
  return (next) => (request) => next(signer(request));
}
