import { isCreditBridgeError } from '@credit-bridge/core';
import type { MockRequest, MockResponse } from '../router/mock-request.js';
import { parseRawQuery } from '../router/read-request.js';
import { adminDeliver } from './admin/admin-deliver.js';
import { adminFaults } from './admin/admin-faults.js';
import {
  type AdminPlatforms,
  adminError,
  adminJson,
  platformChoice,
  readAdminBody,
} from './admin/admin-io.js';
import { adminJournal } from './admin/admin-journal.js';
import { adminState } from './admin/admin-state.js';

/**
 * The admin API of the standalone mock (unsigned; served only by the mock), for both platforms:
 * - `GET /__admin/state` — counts, feeds, tasks, apps, faults, journal size; the exchange's messages,
 *   inboxes, catalog and queries under `exchange` (`?include=records`, `?include=messages` add detail);
 * - `POST /__admin/faults` — `{ platform?, route?, script?, rate?, faults?, clear?, latencyMs? }`;
 * - `GET /__admin/journal` — both journals' entries, filtered (`platform`, `operation`, `status`, …, `limit`);
 * - `POST /__admin/reset` — both platforms back to the start;
 * - `POST /__admin/seed` — `{ count?, seed?, platform? }` synthetic records per type;
 * - `POST /__admin/exchange/deliver` — an XML message, or `{ receiverCode, messageType?, count? }` for
 *   synthetic records, dropped into its receiver's inbox.
 * Bad admin requests are 400 `{ error: { code, message } }`.
 *
 * @example
 * const response = handleAdminRequest({ credit, exchange }, mockRequestFromUrl('POST', '/__admin/reset'));
 */
export function handleAdminRequest(platforms: AdminPlatforms, request: MockRequest): MockResponse {
  platforms.credit.state.advance();
  const query = parseRawQuery(request.query) ?? [];
  try {
    const route = `${request.method.toUpperCase()} ${request.path.replace(/\/+$/, '')}`;
    switch (route) {
      case 'GET /__admin/state':
        return adminJson(200, adminState(platforms, query));
      case 'POST /__admin/faults':
        return adminJson(200, adminFaults(platforms, readAdminBody(request)));
      case 'GET /__admin/journal':
        return adminJson(200, adminJournal(platforms, query));
      case 'POST /__admin/reset':
        platforms.credit.reset();
        platforms.exchange.reset();
        return adminJson(200, { reset: true });
      case 'POST /__admin/seed':
        return adminJson(200, seed(platforms, readAdminBody(request)));
      case 'POST /__admin/exchange/deliver':
        return adminJson(200, adminDeliver(platforms, request));
      default:
        return adminJson(404, { error: { code: 'E_NOT_FOUND', message: `no admin route ${route}` } });
    }
  } catch (error) {
    // Bad arguments, and the codec's verdict on a message to deliver, are the caller's to fix.
    if (isCreditBridgeError(error)) {
      return adminJson(400, { error: { code: error.code, message: error.message } });
    }
    throw error;
  }
}

function seed(platforms: AdminPlatforms, body: Record<string, unknown>) {
  const count = body.count ?? 10;
  const seedValue = body.seed;
  if (typeof count !== 'number' || (seedValue !== undefined && typeof seedValue !== 'number')) {
    throw adminError('count and seed must be numbers');
  }
  const options = { count, ...(seedValue === undefined ? {} : { seed: seedValue }) };
  const choice = platformChoice(body.platform);
  if (choice === 'exchange') return platforms.exchange.seed(options);
  const credit = platforms.credit.seed(options);
  return choice === 'credit' ? credit : { ...credit, exchange: platforms.exchange.seed(options) };
}
