/**
 * The exit codes of every command, documented in `credit-bridge --help`:
 * - `ok` (0): finished and everything was accepted (or valid, or clear);
 * - `failed` (1): could not finish — bad arguments or config, an unreachable platform, a state error;
 * - `rejects` (2): finished, but some records were rejected (or some subjects are listed).
 */
export const EXIT_CODES = { ok: 0, failed: 1, rejects: 2 } as const;

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** The help text's paragraph on exit codes, shared by every command's `--help`. */
export const EXIT_CODES_HELP = `Exit codes:
  0  finished, everything accepted
  2  finished, with rejected records (or listed subjects, invalid rows)
  1  failed: bad arguments or config, unreachable platform, state error`;

/**
 * The exit code for a finished piece of work: 2 when anything was rejected, else 0.
 *
 * @example
 * exitCodeFor(report.totals.rejected); // 0 or 2
 */
export function exitCodeFor(rejected: number): ExitCode {
  return rejected > 0 ? EXIT_CODES.rejects : EXIT_CODES.ok;
}
