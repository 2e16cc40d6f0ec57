import { CREDIT_PLATFORM_OPERATIONS, EXCHANGE_PLATFORM_OPERATIONS } from '@credit-bridge/core';
import type { FaultSpec } from '../../state/faults/fault.js';
import { type AdminPlatforms, adminError, platformChoice } from './admin-io.js';

/**
 * `POST /__admin/faults`: `{ platform?, route?, script?, rate?, faults?, clear?, latencyMs? }`. The route
 * is `*` or an operation of either platform; without `platform` an operation's own platform is meant, and
 * `*` means both.
 */
export function adminFaults(platforms: AdminPlatforms, body: Record<string, unknown>) {
  const route = body.route ?? '*';
  const named = platformChoice(body.platform);
  const credit = (CREDIT_PLATFORM_OPERATIONS as readonly unknown[]).includes(route);
  const exchange = (EXCHANGE_PLATFORM_OPERATIONS as readonly unknown[]).includes(route);
  if (typeof route !== 'string' || (route !== '*' && !credit && !exchange)) {
    throw adminError(
      `route must be "*" or one of ${[...CREDIT_PLATFORM_OPERATIONS, ...EXCHANGE_PLATFORM_OPERATIONS].join(', ')}`,
    );
  }
  if ((named === 'credit' && exchange) || (named === 'exchange' && credit)) {
    throw adminError(`${route} is not an operation of the ${named} platform`);
  }
  const targets =
    named !== 'both'
      ? [platforms[named]]
      : credit
        ? [platforms.credit]
        : exchange
          ? [platforms.exchange]
          : [platforms.credit, platforms.exchange];
  if (body.latencyMs !== undefined && (typeof body.latencyMs !== 'number' || !(body.latencyMs >= 0)))
    throw adminError('latencyMs must be a number >= 0');
  if (body.script !== undefined && !Array.isArray(body.script))
    throw adminError('script must be an array of faults');
  if (body.rate !== undefined && typeof body.rate !== 'number')
    throw adminError('rate must be a number from 0 to 1');
  if (body.faults !== undefined && !Array.isArray(body.faults)) throw adminError('faults must be an array');
  for (const platform of targets) {
    if (body.clear === true) platform.faults.clear();
    if (typeof body.latencyMs === 'number') platform.latencyMs = body.latencyMs;
    if (body.script !== undefined) platform.faults.script(route, body.script as FaultSpec[]);
    if (typeof body.rate === 'number') {
      platform.faults.setProbability({
        route,
        rate: body.rate,
        ...(body.faults === undefined ? {} : { faults: body.faults as FaultSpec[] }),
      });
    }
  }
  return {
    faults: platforms.credit.faults.snapshot(),
    latencyMs: platforms.credit.latencyMs,
    exchange: { faults: platforms.exchange.faults.snapshot(), latencyMs: platforms.exchange.latencyMs },
  };
}
