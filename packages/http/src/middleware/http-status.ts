import type { Middleware } from '../compose-transport.js';
import { HttpStatusError } from '../errors/http-status-error.js';
import { requestContext } from '../errors/transport-error.js';

/**
 * Turns a response outside 2xx into an {@link HttpStatusError}, so the retry layer above decides on
 * errors only and callers receive a typed failure with the status and a masked body snippet.
 *
 * @example
 * composeTransport([retry(options), httpStatus()], sender);
 */
export function httpStatus(): Middleware {
  return (next) => async (request) => {
    const response = await next(request);
    if (response.status >= 200 && response.status < 300) return response;
    throw new HttpStatusError({
      ...requestContext(request),
      status: response.status,
      headers: response.headers,
      body: response.body,
    });
  };
}
