import type { OutputStream } from '../cli/cli-io.js';

/**
 * Writes one JSON document (the `--json` output of a command) and a newline. The caller passes values
 * that are already masked.
 *
 * @example
 * writeJson(io.stdout, { ok: true, valid: 10, rejected: 2 });
 */
export function writeJson(stream: OutputStream, value: unknown): void {
  stream.write(`${JSON.stringify(value, null, 2)}\n`);
}
