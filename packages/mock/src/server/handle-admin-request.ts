import {
  CREDIT_PLATFORM_OPERATIONS,
  CreditBridgeError,
  isCreditBridgeError,
  type RecordType,
  toShanghaiTimestamp,
} from '@credit-bridge/core';
import type { CreditPlatform } from '../platform/create-credit-platform.js';
import type { MockRequest, MockResponse } from '../router/mock-request.js';
import { bodyText, parseRawQuery } from '../router/read-request.js';
import type { FaultSpec } from '../state/faults/fault.js';
import type { JournalFilter } from '../state/journal/journal-entry.js';

const encoder = new TextEncoder();

/**
 * The admin API of the standalone mock (unsigned; served only by the mock):
 * - `GET /__admin/state` — counts, feeds' heads, tasks, apps, faults, journal size (`?include=records` adds
 *   every record's newest version as a wire row);
 * - `POST /__admin/faults` — `{ route?, script?, rate?, faults?, clear?, latencyMs? }`;
 * - `GET /__admin/journal` — entries, filtered by `operation`, `status`, `errorCode`, `appKey`,
 *   `idempotencyKey`, `fault`, newest `limit`;
 * - `POST /__admin/reset` — back to the start;
 * - `POST /__admin/seed` — `{ count?, seed? }` synthetic records per type.
 *
 * @example
 * const response = handleAdminRequest(platform, mockRequestFromUrl('POST', '/__admin/reset'));
 */
export function handleAdminRequest(platform: CreditPlatform, request: MockRequest): MockResponse {
  platform.state.advance();
  try {
    const route = `${request.method.toUpperCase()} ${request.path.replace(/\/+$/, '')}`;
    switch (route) {
      case 'GET /__admin/state':
        return json(200, stateOf(platform, parseRawQuery(request.query) ?? []));
      case 'POST /__admin/faults':
        return json(200, configureFaults(platform, readBody(request)));
      case 'GET /__admin/journal':
        return json(200, journalOf(platform, parseRawQuery(request.query) ?? []));
      case 'POST /__admin/reset':
        platform.reset();
        return json(200, { reset: true });
      case 'POST /__admin/seed': {
        const body = readBody(request);
        const count = body.count ?? 10;
        const seed = body.seed;
        if (typeof count !== 'number' || (seed !== undefined && typeof seed !== 'number')) {
          throw adminError('count and seed must be numbers');
        }
        return json(200, platform.seed({ count, ...(seed === undefined ? {} : { seed }) }));
      }
      default:
        return json(404, { error: { code: 'E_NOT_FOUND', message: `no admin route ${route}` } });
    }
  } catch (error) {
    if (isCreditBridgeError(error) && error.code === 'E_ARGUMENT') {
      return json(400, { error: { code: 'E_ARGUMENT', message: error.message } });
    }
    throw error;
  }
}

function adminError(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_ARGUMENT', message: `[admin] ${message}` });
}

function readBody(request: MockRequest): Record<string, unknown> {
  if (request.body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(bodyText(request.body));
  } catch {
    throw adminError('the body is not well-formed JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw adminError('the body must be a JSON object');
  return value as Record<string, unknown>;
}

function stateOf(platform: CreditPlatform, query: [string, string][]) {
  const includeRecords = query.some(([name, value]) => name === 'include' && value === 'records');
  const records = includeRecords
    ? Object.fromEntries(
        (['penalty', 'license', 'blacklist', 'repair'] as const).map((type: RecordType) => [
          type,
          platform.state.data.stores[type].all().map(({ wire }) => wire),
        ]),
      )
    : undefined;
  return {
    profile: platform.profile.name,
    now: toShanghaiTimestamp(platform.clock.now()),
    today: platform.state.today(),
    credit: platform.state.summary(),
    apps: platform.auth.appKeys(),
    nonces: platform.auth.nonceCount(),
    idempotencyKeys: platform.idempotency.size(),
    latencyMs: platform.latencyMs,
    faults: platform.faults.snapshot(),
    journal: {
      entries: platform.journal.entries().length,
      capacity: platform.journal.capacity,
      dropped: platform.journal.dropped(),
    },
    ...(records === undefined ? {} : { records }),
  };
}

function configureFaults(platform: CreditPlatform, body: Record<string, unknown>) {
  const route = body.route ?? '*';
  if (
    typeof route !== 'string' ||
    (route !== '*' && !(CREDIT_PLATFORM_OPERATIONS as readonly string[]).includes(route))
  ) {
    throw adminError(`route must be "*" or one of ${CREDIT_PLATFORM_OPERATIONS.join(', ')}`);
  }
  if (body.clear === true) platform.faults.clear();
  if (body.latencyMs !== undefined) {
    if (typeof body.latencyMs !== 'number' || !(body.latencyMs >= 0))
      throw adminError('latencyMs must be a number >= 0');
    platform.latencyMs = body.latencyMs;
  }
  if (body.script !== undefined) {
    if (!Array.isArray(body.script)) throw adminError('script must be an array of faults');
    platform.faults.script(route, body.script as FaultSpec[]);
  }
  if (body.rate !== undefined) {
    if (typeof body.rate !== 'number') throw adminError('rate must be a number from 0 to 1');
    if (body.faults !== undefined && !Array.isArray(body.faults)) throw adminError('faults must be an array');
    platform.faults.setProbability({
      route,
      rate: body.rate,
      ...(body.faults === undefined ? {} : { faults: body.faults as FaultSpec[] }),
    });
  }
  return { faults: platform.faults.snapshot(), latencyMs: platform.latencyMs };
}

function journalOf(platform: CreditPlatform, query: [string, string][]) {
  const get = (name: string) => query.find(([key]) => key === name)?.[1];
  const filter: Record<string, string | number> = {};
  for (const name of [
    'operation',
    'errorCode',
    'appKey',
    'idempotencyKey',
    'fault',
    'method',
    'code',
  ] as const) {
    const value = get(name);
    if (value !== undefined) filter[name] = value;
  }
  const status = get('status');
  if (status !== undefined) filter.status = Number(status);
  const found = platform.journal.find(filter as JournalFilter);
  const limit = Number(get('limit') ?? found.length);
  return {
    count: found.length,
    capacity: platform.journal.capacity,
    dropped: platform.journal.dropped(),
    entries: found.slice(Math.max(0, found.length - limit)),
  };
}

function json(status: number, value: unknown): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: encoder.encode(JSON.stringify(value, null, 2)),
  };
}
