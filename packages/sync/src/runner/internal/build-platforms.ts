import { CreditBridgeError } from '@credit-bridge/core';
import { type CreditPlatformClient, createCreditPlatformClient } from '@credit-bridge/credit-platform';
import { createExchangeClient, type ExchangeClient } from '@credit-bridge/exchange-platform';
import type { HttpEvent } from '@credit-bridge/http';
import { createConcurrencyGate } from '../../delivery/create-concurrency-gate.js';
import { createTokenBucket, type Sleep } from '../../delivery/create-token-bucket.js';
import { createCreditPlatformSink } from '../../sinks/create-credit-platform-sink.js';
import { createExchangeSink } from '../../sinks/create-exchange-sink.js';
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

/** What both platforms' configurations say about the transport. */
type TransportConfig = Pick<
  NonNullable<SyncConfig['platforms']['credit']>,
  'attemptTimeoutMs' | 'deadlineMs' | 'retry'
>;

const DEFAULT_CONCURRENCY = 4;

/**
 * Builds each configured platform once per run: its client (or the caller's), a concurrency gate and an
 * optional token bucket shared by every sink to it, and a factory of each stream's sinks. Clients are
 * built on first use, so a run whose sinks the caller supplies needs no secret; clients the run builds
 * skip the credit adapter's local pre-check (the runner validated every record) and count their
 * transport's retry events for the report.
 *
 * @example
 * const platforms = buildPlatforms(config, { secrets, clients: {}, sinks: undefined, clock: Date.now, sleep });
 */
export function buildPlatforms(config: SyncConfig, options: BuildPlatformsOptions): Platforms {
  const { credit, exchange } = config.platforms;
  const limiters = new Map<SinkPlatform, PlatformLimiter>();
  if (credit !== undefined) limiters.set('credit', limiterOf(credit, options));
  if (exchange !== undefined) limiters.set('exchange', limiterOf(exchange, options));
  const retries = new Map<SinkPlatform, number>();
  const closers: (() => void)[] = [];
  const countRetries = (platform: SinkPlatform) => {
    retries.set(platform, 0);
    return (event: { type: string } | HttpEvent) => {
      if (event.type === 'retry') retries.set(platform, (retries.get(platform) ?? 0) + 1);
    };
  };
  const http = (platform: TransportConfig) => ({
    clock: options.clock,
    ...(platform.attemptTimeoutMs === undefined ? {} : { attemptTimeoutMs: platform.attemptTimeoutMs }),
    ...(platform.deadlineMs === undefined ? {} : { deadlineMs: platform.deadlineMs }),
    ...(platform.retry === undefined ? {} : { retry: platform.retry }),
  });

  let creditClient = options.clients.credit;
  const creditOf = (): CreditPlatformClient => {
    if (creditClient !== undefined) return creditClient;
    if (credit === undefined) throw notConfigured('credit');
    const client = createCreditPlatformClient({
      baseUrl: credit.baseUrl,
      appKey: credit.appKey,
      appSecret: secretOf(options.secrets, 'credit'),
      precheck: 'off',
      ...(credit.signMethod === undefined ? {} : { signMethod: credit.signMethod }),
      http: http(credit),
      onEvent: countRetries('credit'),
    });
    closers.push(() => client.close());
    creditClient = client;
    return client;
  };

  let exchangeClient = options.clients.exchange;
  const exchangeOf = (): ExchangeClient => {
    if (exchangeClient !== undefined) return exchangeClient;
    if (exchange === undefined) throw notConfigured('exchange');
    const client = createExchangeClient({
      baseUrl: exchange.baseUrl,
      appKey: exchange.appKey,
      appSecret: secretOf(options.secrets, 'exchange'),
      senderCode: exchange.senderCode,
      ...(exchange.regionCode === undefined ? {} : { regionCode: exchange.regionCode }),
      ...(exchange.signMethod === undefined ? {} : { signMethod: exchange.signMethod }),
      ...(exchange.encoding === undefined ? {} : { encoding: exchange.encoding }),
      ...(exchange.digestAlgorithm === undefined ? {} : { digestAlgorithm: exchange.digestAlgorithm }),
      clock: options.clock,
      http: http(exchange),
      onEvent: countRetries('exchange'),
    });
    closers.push(() => client.close());
    exchangeClient = client;
    return client;
  };

  const sinkOf = (stream: StreamConfig, sink: SinkConfig): Sink => {
    const id = sinkIdOf(sink, stream.recordType);
    const supplied = options.sinks?.({ stream, sink, id });
    if (supplied !== undefined) return supplied;
    switch (sink.platform) {
      case 'credit':
        return createCreditPlatformSink({
          id,
          client: creditOf(),
          recordType: stream.recordType,
          maxRecords: credit?.maxRecords,
          maxBytes: credit?.maxBytes,
        });
      case 'exchange':
        return createExchangeSink({
          id,
          client: exchangeOf(),
          recordType: stream.recordType,
          receiverCode: sink.receiverCode,
          messageType: sink.messageType,
          resourceCode: sink.resourceCode,
          maxRecords: exchange?.maxRecords,
          maxBytes: exchange?.maxBytes,
        });
    }
  };

  return {
    limiters,
    sinksOf: (stream) => stream.sinks.map((sink) => sinkOf(stream, sink)),
    retryEvents: (platform) => retries.get(platform),
    close() {
      for (const close of closers) close();
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

function secretOf(secrets: SyncSecrets, platform: SinkPlatform): string {
  const secret = secrets[platform]?.appSecret;
  if (secret === undefined || secret === '') {
    throw new CreditBridgeError({
      code: 'E_SYNC_CONFIG',
      message: `[runSync] platforms.${platform} is configured but deps.secrets.${platform}.appSecret was not given`,
    });
  }
  return secret;
}

function notConfigured(platform: SinkPlatform): CreditBridgeError {
  return new CreditBridgeError({
    code: 'E_SYNC_CONFIG',
    message: `[runSync] platforms.${platform} is not configured`,
  });
}
