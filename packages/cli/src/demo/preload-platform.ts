import { toWireRecord } from '@credit-bridge/core';
import type { MockServer } from '@credit-bridge/mock';
import type { DemoDataset } from './build-demo-dataset.js';

/**
 * Gives a fresh mock what earlier demo runs delivered to it, straight into its state (in-process, no
 * request): the demo's mock starts empty on every run while its state file persists, and a real
 * platform would still hold those records. Penalties and listings go first, so the repairs end their
 * publication as they did when they were synced.
 *
 * @example
 * preloadPlatform(server, dataset); // 1,224 records
 */
export function preloadPlatform(server: MockServer, dataset: DemoDataset): number {
  const { penalty, blacklist, repair } = dataset.accepted;
  const submit = (type: 'penalty' | 'blacklist' | 'repair', rows: readonly object[]) =>
    server.credit.state.submit(type, rows).accepted;
  return (
    submit(
      'penalty',
      penalty.map((record) => toWireRecord('penalty', record)),
    ) +
    submit(
      'blacklist',
      blacklist.map((record) => toWireRecord('blacklist', record)),
    ) +
    submit(
      'repair',
      repair.map((record) => toWireRecord('repair', record)),
    )
  );
}
