import type { HttpRequest } from '../http-request.js';

/**
 * Adds a request's credentials (headers or query parameters). Called once per attempt, so every retry
 * carries a fresh timestamp and nonce.
 */
export type Signer = (request: HttpRequest) => HttpRequest;
