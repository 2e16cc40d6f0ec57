import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = fileURLToPath(new URL('../src/bin/credit-bridge-mock.ts', import.meta.url));

function run(args: string[]): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, ['--conditions=@credit-bridge/source', '--import', 'tsx', bin, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(child: ChildProcessByStdio<null, Readable, Readable>) {
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => {
    output.stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output.stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { output, exited };
}

describe('credit-bridge-mock bin', () => {
  it('prints both platforms, serves requests and stops cleanly on SIGTERM', async () => {
    const child = run(['--port', '0', '--seed', '3']);
    const { output, exited } = collect(child);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no URL printed: ${output.stdout}${output.stderr}`)),
        15_000,
      );
      child.stdout.on('data', () => {
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output.stdout);
        if (match?.[1] !== undefined && output.stdout.includes('admin API')) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    expect(output.stdout).toContain(`credit platform:   ${url}`);
    expect(output.stdout).toContain(`exchange platform: ${url}  (/exchange/v1/…)`);
    expect(output.stdout).toContain('demo-app → 11420113CBG11301XU; cb-demo-district → 11420113CBG113028U');
    const state = await fetch(`${url}/__admin/state`);
    expect(state.status).toBe(200);
    const catalog = await fetch(`${url}/exchange/v1/catalog`);
    expect(((await catalog.json()) as { error: { code: string } }).error.code).toBe('E_AUTH_MISSING');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.stdout).toContain('stopped (SIGTERM)');
  });

  it('prints its usage for --help and refuses an unknown option', async () => {
    const help = collect(run(['--help']));
    const bad = collect(run(['--nope']));
    expect(await Promise.all([help.exited, bad.exited])).toEqual([0, 2]);
    expect(help.output.stdout).toContain('--fault-rate <p>');
    expect(help.output.stdout).toContain('--department <uscc>');
    expect(bad.output.stderr).toContain('credit-bridge-mock:');
  });
});
