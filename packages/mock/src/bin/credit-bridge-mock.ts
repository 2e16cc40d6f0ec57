#!/usr/bin/env node
import { startMockServer } from '../server/start-mock-server.js';
import { MOCK_USAGE, parseMockArgs } from './parse-mock-args.js';

// The composition root of the standalone mock: the only place that reads argv, prints and handles signals.
async function main(): Promise<void> {
  let args: ReturnType<typeof parseMockArgs>;
  try {
    args = parseMockArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`credit-bridge-mock: ${(error as Error).message}\n\n${MOCK_USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(MOCK_USAGE);
    return;
  }
  const server = await startMockServer(args.options);
  const keys = server.credit.auth.appKeys().join(', ');
  const departments = server.exchange.state.directory
    .list()
    .filter((department) => (department.appKeys ?? []).length > 0)
    .map((department) => `${(department.appKeys ?? []).join(', ')} → ${department.code}`)
    .join('; ');
  process.stdout.write(
    [
      `credit-bridge-mock listening on ${server.url}`,
      `  credit platform:   ${server.creditUrl}  (/api/v1/…)`,
      `  exchange platform: ${server.exchangeUrl}  (/exchange/v1/…)`,
      `  admin API:         ${server.url}/__admin/state`,
      `  app keys:          ${keys}`,
      `  departments:       ${departments}`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.stdout.write(`credit-bridge-mock stopped (${signal})\n`),
      (error: unknown) => {
        process.stderr.write(`credit-bridge-mock: ${String(error)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`credit-bridge-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
