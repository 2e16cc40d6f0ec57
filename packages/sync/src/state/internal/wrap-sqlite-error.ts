import { isCreditBridgeError } from '@credit-bridge/core';
import { stateError } from './state-error.js';

/**
 * Turns a SQLite failure into a state error: a damaged file (`SQLITE_CORRUPT`, `SQLITE_NOTADB`) is
 * `E_STATE_CORRUPT`, a lock held too long `E_STATE_BUSY` (retryable), anything else `E_STATE_IO`.
 * Credit-bridge errors pass through.
 */
export function wrapSqliteError(error: unknown, operation: string, path: string): Error {
  if (isCreditBridgeError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) {
    return stateError(
      'E_STATE_CORRUPT',
      operation,
      `${path} is damaged: ${message}`,
      { path, sqlite: code },
      error,
    );
  }
  if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
    return stateError(
      'E_STATE_BUSY',
      operation,
      `${path} is locked by another writer: ${message}`,
      { path },
      error,
    );
  }
  return stateError('E_STATE_IO', operation, `${path}: ${message}`, { path, sqlite: code ?? null }, error);
}
