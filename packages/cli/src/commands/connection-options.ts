import type { OptionSpec } from '../cli/command.js';
import { CONFIG_OPTION } from '../cli/command.js';

/**
 * The options of commands that call the credit platform directly (`check`, `report get`): a config
 * file, or the base URL and app key on the command line; the secret always from the environment.
 */
export const CREDIT_CONNECTION_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  config: { ...CONFIG_OPTION, description: 'read platforms.credit from this config file' },
  'base-url': {
    type: 'string',
    value: '<url>',
    description: 'the credit platform (default platforms.credit.baseUrl, or CREDIT_BRIDGE_CREDIT_URL)',
  },
  'app-key': {
    type: 'string',
    value: '<key>',
    description: 'the app key (default platforms.credit.appKey, or CREDIT_BRIDGE_CREDIT_APP_KEY)',
  },
};

/** The paragraph on where a direct command's connection comes from. */
export const CONNECTION_HELP = `The secret comes only from the environment: CREDIT_BRIDGE_CREDIT_APP_SECRET, or the variable
the config names with appSecret: { env: NAME }. Against the mock (credit-bridge mock serve):
  export CREDIT_BRIDGE_CREDIT_URL=http://127.0.0.1:4010 CREDIT_BRIDGE_CREDIT_APP_KEY=demo-app
  export CREDIT_BRIDGE_CREDIT_APP_SECRET=demo-secret-change-me`;
