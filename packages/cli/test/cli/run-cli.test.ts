import { describe, expect, it } from 'vitest';
import { type CliIo, COMMANDS, createBufferStream, EXIT_CODES, runCli } from '../../src/index.js';

function io(env: Record<string, string> = {}) {
  const stdout = createBufferStream();
  const stderr = createBufferStream();
  const value: CliIo = {
    stdout,
    stderr,
    env,
    cwd: process.cwd(),
    now: () => new Date(0),
    signal: new AbortController().signal,
  };
  return { io: value, stdout, stderr };
}

describe('runCli', () => {
  it('gives every command a help text with an example and the exit codes', async () => {
    for (const command of COMMANDS) {
      const run = io();
      expect(await runCli([...command.path, '--help'], run.io, COMMANDS)).toBe(EXIT_CODES.ok);
      const text = run.stdout.text();
      expect(text).toContain(`Usage: credit-bridge ${command.path.join(' ')}`);
      expect(text).toMatch(/Examples:\n {2}credit-bridge \S/);
      expect(text).toContain('2  finished, with rejected records');
      expect(command.examples.length).toBeGreaterThan(0);
    }
    const root = io();
    await runCli(['--help'], root.io, COMMANDS);
    for (const command of COMMANDS) expect(root.stdout.text()).toContain(command.path.join(' '));
  });

  it('fails with exit 1 and, under --json, still prints parseable JSON', async () => {
    const run = io();
    expect(await runCli(['check', 'X', '--json', '--nope'], run.io, COMMANDS)).toBe(EXIT_CODES.failed);
    expect(JSON.parse(run.stdout.text())).toEqual({
      ok: false,
      error: { code: 'E_USAGE', message: "check: Unknown option '--nope'" },
    });
    expect(run.stderr.text()).toContain('credit-bridge: E_USAGE:');
  });

  it('says which setting is missing before calling a platform, without printing any secret', async () => {
    const run = io({ CREDIT_BRIDGE_CREDIT_URL: 'http://127.0.0.1:9', CREDIT_BRIDGE_CREDIT_APP_KEY: 'k' });
    const code = await runCli(['check', '91420111CB0001035J'], run.io, COMMANDS);
    expect(code).toBe(EXIT_CODES.failed);
    expect(run.stderr.text()).toContain(
      'the app secret (environment variable CREDIT_BRIDGE_CREDIT_APP_SECRET)',
    );
  });
});
