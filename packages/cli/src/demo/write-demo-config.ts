import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { CreditBridgeConfig } from '../config/config-schema.js';

/** The environment variable the demo's config names for the mock's app secret. */
export const DEMO_SECRET_VARIABLE = 'CREDIT_BRIDGE_DEMO_SECRET';

// The mock's demo departments (synthetic): demo-app acts for 汉南区市场监督管理局, which publishes to
// 汉南区发展和改革局 through the exchange platform.
const DEMO_SENDER = '11420113CBG11301XU';
const DEMO_RECEIVER = '11420113CBG113028U';

/** The name of the config the demo writes. */
export const DEMO_CONFIG_NAME = 'credit-bridge.config.yaml';

/**
 * The config the demo runs with, as a user would write it: both mock platforms (the secret from an
 * environment variable), the state file and outputs beside it, and one stream per export fanned out to
 * the credit platform and, as GB18030 XML messages, the exchange platform.
 *
 * @example
 * demoConfig({ creditUrl: 'http://127.0.0.1:4010', exchangeUrl: 'http://127.0.0.1:4010', appKey: 'demo-app' });
 */
export function demoConfig(options: {
  readonly creditUrl: string;
  readonly exchangeUrl: string;
  readonly appKey: string;
}): CreditBridgeConfig {
  const appSecret = { env: DEMO_SECRET_VARIABLE };
  const sinks = [
    { platform: 'credit' as const },
    { platform: 'exchange' as const, receiverCode: DEMO_RECEIVER },
  ];
  return {
    platforms: {
      credit: { baseUrl: options.creditUrl, appKey: options.appKey, appSecret },
      exchange: {
        baseUrl: options.exchangeUrl,
        appKey: options.appKey,
        appSecret,
        senderCode: DEMO_SENDER,
        encoding: 'GB18030',
      },
    },
    state: 'credit-bridge-state.sqlite',
    output: '.',
    streams: [
      {
        name: 'penalties',
        recordType: 'penalty',
        source: { kind: 'csv', path: 'exports/penalties-gbk.csv', encoding: 'auto' },
        sinks,
      },
      {
        name: 'blacklist',
        recordType: 'blacklist',
        source: { kind: 'jsonl', path: 'exports/blacklist.jsonl' },
        sinks,
      },
      {
        name: 'repairs',
        recordType: 'repair',
        source: { kind: 'jsonl', path: 'exports/repairs.jsonl' },
        sinks,
      },
    ],
  };
}

/**
 * Writes the demo's config into its directory, with a header saying what it is and what to try with it.
 *
 * @example
 * const path = await writeDemoConfig('credit-bridge-demo', demoConfig({ creditUrl, appKey }));
 */
export async function writeDemoConfig(dir: string, config: CreditBridgeConfig): Promise<string> {
  const path = join(dir, DEMO_CONFIG_NAME);
  const header = [
    '# The config `credit-bridge demo` ran with, written anew on every run.',
    "# The platforms were the demo's in-process mock on a port of that run; the state, run report and dead",
    '# letters stay beside this file, so these work after the demo, without any platform:',
    '#   pnpm exec credit-bridge state show   --config credit-bridge-demo/credit-bridge.config.yaml',
    '#   pnpm exec credit-bridge rejects list --config credit-bridge-demo/credit-bridge.config.yaml',
    '#   pnpm exec credit-bridge sync plan    --config credit-bridge-demo/credit-bridge.config.yaml',
    '',
  ].join('\n');
  await writeFile(path, `${header}${stringify(config)}`);
  return path;
}
