import { CreditBridgeError } from '@credit-bridge/core';
import { type CreditPlatformClient, createCreditPlatformClient } from '@credit-bridge/credit-platform';
import { createConcurrencyGate } from '../../delivery/create-concurrency-gate.js';
import { createTokenBucket, type Sleep } from '../../delivery/create-token-bucket.js';
import { createCreditPlatformSink } from '../../sinks/create-credit-platform-sink.js';
import type { Sink, SinkPlatform } from '../../sinks/sink.js';
import type { SinkConfig, StreamConfig, SyncConfig } from '../sync-config.js';
import type { SinkRequest, SyncClients, SyncSecrets } from '../sync-deps.js';
import type { PlatformLimiter } from './lane-context.js';
import { sinkIdOf } from './sink-id-of.js';

/** The platforms of a run: clients, limiters and transport retries counted from the clients' events. */
export interface Platforms {
  readonly limiters: ReadonlyMap<SinkPlatform, PlatformLimiter>;
  sinksOf(stream: StreamConfig): Sink[];
  /** Retry events of the clients the run built, per platform; `undefined` for a client passed in. */
  retryEvents(platform: SinkPlatform): number | undefined;
  /** Closes the clients the run built. */
  close(): void;
}

/** What {@link buildPlatforms} needs besides the config. */
export interface BuildPlatformsOptions {
  readonly secrets: SyncSecrets;
  readonly clients: SyncClients;
  readonly sinks: ((request: SinkRequest) => Sink | undefined) | undefined;
  readonly clock: () => number;
  readonly sleep: Sleep;
}

const DEFAULT_CONCURRENCY = 4;

/**
 * Builds each configured platform once per run: its client (or the caller's), a concurrency gate and an
 * optional token bucket shared by every sink to it, and a factory of each stream's sinks. Clients the run
 * builds skip the adapter's local pre-check: the runner has validated every record already.
 *
 * @example
 * const platforms = buildPlatforms(config, { secrets, clients: {}, clock: Date.now, sleep });
 */
export function buildPlatforms(config: SyncConfig, options: BuildPlatformsOptions): Platforms {
  const limiters = new Map<SinkPlatform, PlatformLimiter>();
  const retries = new Map<SinkPlatform, number>();
  const built: (() => void)[] = [];
  let credit = options.clients.credit;
  const creditConfig = config.platforms.credit;
  if (creditConfig !== undefined) limiters.set('credit', limiterOf(creditConfig, options));
  // Built on first use, so a run whose sinks are all supplied by the caller needs no secret.
  const creditClient = (): CreditPlatformClient => {
    if (credit !== undefined) return credit;
    if (creditConfig === undefined)
      throw new CreditBridgeError({
        code: 'E_SYNC_CONFIG',
        message: '[runSync] platforms.credit is not configured',
      });
    const appSecret = options.secrets.credit?.appSecret;
    if (appSecret === undefined || appSecret === '') throw missingSecret('credit');
    retries.set('credit', 0);
    const client = createCreditPlatformClient({
      baseUrl: creditConfig.baseUrl,
      appKey: creditConfig.appKey,
      appSecret,
      precheck: 'off',
      ...(creditConfig.signMethod === undefined ? {} : { signMethod: creditConfig.signMethod }),
      http: {
        clock: options.clock,
        ...(creditConfig.attemptTimeoutMs === undefined
          ? {}
          : { attemptTimeoutMs: creditConfig.attemptTimeoutMs }),
        ...(creditConfig.deadlineMs === undefined ? {} : { deadlineMs: creditConfig.deadlineMs }),
        ...(creditConfig.retry === undefined ? {} : { retry: creditConfig.retry }),
      },
      onEvent: (event) => {
        if (event.type === 'retry') retries.set('credit', (retries.get('credit') ?? 0) + 1);
      },
    });
    credit = client;
    built.push(() => client.close());
    return client;
  };

  const sinkOf = (stream: StreamConfig, sink: SinkConfig): Sink => {
    const supplied = options.sinks?.({ stream, sink, id: sinkIdOf(sink, stream.recordType) });
    if (supplied !== undefined) return supplied;
    switch (sink.platform) {
      case 'credit':
        return createCreditPlatformSink({
          id: sinkIdOf(sink, stream.recordType),
          client: creditClient(),
          recordType: stream.recordType,
          maxRecords: creditConfig?.maxRecords,
          maxBytes: creditConfig?.maxBytes,
        });
      case 'exchange':
        throw new CreditBridgeError({
          code: 'E_SYNC_CONFIG',
          message: `[runSync] stream "${stream.name}": the exchange platform sink is not available yet`,
        });
    }
  };

  return {
    limiters,
    sinksOf: (stream) => stream.sinks.map((sink) => sinkOf(stream, sink)),
    retryEvents: (platform) => retries.get(platform),
    close() {
      for (const close of built) close();
    },
  };
}

function limiterOf(
  platform: {
    concurrency?: number | undefined;
    ratePerSecond?: number | undefined;
    burst?: number | undefined;
  },
  options: BuildPlatformsOptions,
): PlatformLimiter {
  const concurrency = platform.concurrency ?? DEFAULT_CONCURRENCY;
  return {
    gate: createConcurrencyGate(concurrency),
    bucket:
      platform.ratePerSecond === undefined
        ? undefined
        : createTokenBucket({
            ratePerSecond: platform.ratePerSecond,
            burst: platform.burst ?? concurrency,
            clock: options.clock,
            sleep: options.sleep,
          }),
  };
}

function missingSecret(platform: SinkPlatform): CreditBridgeError {
  return new CreditBridgeError({
    code: 'E_SYNC_CONFIG',
    message: `[runSync] platforms.${platform} is configured but deps.secrets.${platform}.appSecret was not given`,
  });
}
