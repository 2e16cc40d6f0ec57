import { toWireRecord } from '@credit-bridge/core';
import type { MockServer } from '@credit-bridge/mock';
import type { DemoDataset } from './build-demo-dataset.js';

/**
 * Gives a fresh mock what earlier demo runs delivered to both platforms, straight into their state
 * (in-process, no request): the demo's mock starts empty on every run while its state file persists,
 * and real platforms would still hold those records. Penalties and listings go first, so the repairs
 * end their publication as they did when they were synced. Returns the records the credit platform took.
 *
 * @example
 * preloadPlatform(server, dataset); // 1,224
 */
export function preloadPlatform(server: MockServer, dataset: DemoDataset): number {
  const { penalty, blacklist, repair } = dataset.accepted;
  const batches = [
    ['penalty', penalty.map((record) => toWireRecord('penalty', record))],
    ['blacklist', blacklist.map((record) => toWireRecord('blacklist', record))],
    ['repair', repair.map((record) => toWireRecord('repair', record))],
  ] as const;
  let accepted = 0;
  for (const [type, rows] of batches) {
    accepted += server.credit.state.submit(type, rows).accepted;
    server.exchange.state.submit(type, rows);
  }
  return accepted;
}
