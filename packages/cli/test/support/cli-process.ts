import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../src/bin/credit-bridge.ts', import.meta.url));
// `--import tsx` resolves from the working directory; the tests run the CLI in temporary ones.
const tsx = pathToFileURL(`${root}node_modules/tsx/dist/loader.mjs`).href;

/** How a CLI child process ended and what it printed. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `credit-bridge` from source as a child process, the way the README's commands do, with an
 * environment holding no `CREDIT_BRIDGE_*` variable of the caller's plus the given ones.
 *
 * @example
 * const run = await runCliProcess(['sync', 'run', '--json'], { cwd: dir, env: { CREDIT_BRIDGE_CREDIT_APP_SECRET: 's' } });
 */
export function runCliProcess(
  args: readonly string[],
  options: {
    readonly cwd: string;
    readonly env?: Readonly<Record<string, string>>;
    readonly timeoutMs?: number;
  },
): Promise<CliRun> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('CREDIT_BRIDGE_')) env[key] = value;
  }
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@credit-bridge/source', '--import', tsx, bin, ...args],
      {
        cwd: options.cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`credit-bridge ${args.join(' ')} did not finish in time:\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
