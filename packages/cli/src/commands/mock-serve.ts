import { type MockServerOptions, startMockServer } from '@credit-bridge/mock';
import { defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { usageError } from '../cli/usage-error.js';
import { stringValue } from './credit-connection.js';

/** `credit-bridge mock serve`: the standalone mock platforms, until Ctrl-C. */
export const mockServeCommand = defineCommand({
  path: ['mock', 'serve'],
  summary: 'run the mock credit and exchange platforms over HTTP until stopped',
  description: `The same server as the credit-bridge-mock bin (@credit-bridge/mock): the credit platform at
/api/v1/…, the exchange platform at /exchange/v1/…, the admin API at /__admin/…. It accepts the demo
apps: demo-app / demo-secret-change-me and cb-demo-district / cb-demo-secret-0123456789abcdef.
Stops on Ctrl-C or SIGTERM. With --json, prints one line of JSON with the URLs once listening.`,
  options: {
    port: { type: 'string', short: 'p', value: '<n>', description: 'port (default 4010; 0 = any free port)' },
    host: { type: 'string', value: '<host>', description: 'address to bind (default 127.0.0.1)' },
    seed: { type: 'string', value: '<n>', description: 'seed for ids, codes and random faults (default 1)' },
    'seed-records': {
      type: 'string',
      value: '<n>',
      description: 'synthetic records per type to start with (default 0)',
    },
    latency: { type: 'string', value: '<ms>', description: 'latency added to every request (default 0)' },
    'fault-rate': {
      type: 'string',
      value: '<p>',
      description: 'probability 0–1 of a random fault per request (default 0)',
    },
    'report-delay': {
      type: 'string',
      value: '<ms>',
      description: 'how long report tasks stay pending (default 2000)',
    },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge mock serve                           # http://127.0.0.1:4010',
    'credit-bridge mock serve --port 0 --fault-rate 0.2 --json   # any port, 20% faults',
  ],
  async run(input) {
    const number = (name: string, check: (n: number) => boolean): number | undefined => {
      const text = stringValue(input, name);
      if (text === undefined) return undefined;
      const value = Number(text);
      if (text.trim() === '' || !check(value)) throw usageError(`mock serve: --${name}: bad value "${text}"`);
      return value;
    };
    const whole = (n: number) => Number.isSafeInteger(n) && n >= 0;
    const port = number('port', (n) => whole(n) && n <= 65_535) ?? 4010;
    const seed = number('seed', Number.isSafeInteger);
    const seedRecords = number('seed-records', whole);
    const latencyMs = number('latency', whole);
    const faultRate = number('fault-rate', (n) => n >= 0 && n <= 1);
    const reportDelayMs = number('report-delay', whole);
    const options: MockServerOptions = {
      port,
      host: stringValue(input, 'host') ?? '127.0.0.1',
      ...(seed === undefined ? {} : { seed }),
      ...(latencyMs === undefined ? {} : { latencyMs }),
      ...(faultRate === undefined ? {} : { faultRate }),
      ...(reportDelayMs === undefined ? {} : { reportDelayMs }),
    };
    const server = await startMockServer(options);
    if (seedRecords !== undefined && seedRecords > 0) server.credit.seed({ count: seedRecords });
    const appKeys = server.credit.auth.appKeys();
    if (input.values.json === true) {
      input.io.stdout.write(
        `${JSON.stringify({ ok: true, url: server.url, creditUrl: server.creditUrl, exchangeUrl: server.exchangeUrl, adminUrl: `${server.url}/__admin`, appKeys })}\n`,
      );
    } else {
      input.io.stdout.write(
        [
          `mock platforms listening on ${server.url}`,
          `  credit platform:   ${server.creditUrl}  (/api/v1/…)`,
          `  exchange platform: ${server.exchangeUrl}  (/exchange/v1/…)`,
          `  admin API:         ${server.url}/__admin/state`,
          `  app keys:          ${appKeys.join(', ')}`,
          'Ctrl-C to stop.',
          '',
        ].join('\n'),
      );
    }
    await new Promise<void>((resolve) => {
      if (input.io.signal.aborted) resolve();
      input.io.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    await server.close();
    if (input.values.json !== true) input.io.stdout.write('mock platforms stopped\n');
    return EXIT_CODES.ok;
  },
});
