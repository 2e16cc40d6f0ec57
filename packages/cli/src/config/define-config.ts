import type { CreditBridgeConfig } from './config-schema.js';

/**
 * Types a config written in TypeScript or JavaScript (`credit-bridge.config.ts`); the file's default
 * export is validated exactly like a YAML or JSON config, secrets included: give `{ env: NAME }`.
 *
 * @example
 * import { defineConfig } from '@credit-bridge/cli';
 * export default defineConfig({
 *   platforms: { credit: { baseUrl: 'http://127.0.0.1:4010', appKey: 'demo-app', appSecret: { env: 'CREDIT_SECRET' } } },
 *   streams: [{ type: 'penalty', source: './exports/处罚.csv' }],
 * });
 */
export function defineConfig(config: CreditBridgeConfig): CreditBridgeConfig {
  return config;
}
