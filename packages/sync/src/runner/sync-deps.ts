import type { CreditPlatformClient } from '@credit-bridge/credit-platform';
import type { ExchangeClient } from '@credit-bridge/exchange-platform';
import type { Sleep } from '../delivery/create-token-bucket.js';
import type { Sink } from '../sinks/sink.js';
import type { Source } from '../sources/source-row.js';
import type { StateStore } from '../state/state-store.js';
import type { SinkConfig, StreamConfig } from './sync-config.js';
import type { SyncBatchEvent, SyncProgress } from './sync-events.js';

/** A source the caller supplies for a `custom` stream: rows, or a function that opens them. */
export type CustomSource = Source | (() => Source);

/** A sink the runner is about to build: the stream, the sink's configuration and its ledger name. */
export interface SinkRequest {
  readonly stream: StreamConfig;
  readonly sink: SinkConfig;
  readonly id: string;
}

/** Secrets the caller reads from where they are kept (environment, vault); never part of a config file. */
export interface SyncSecrets {
  readonly credit?: { readonly appSecret: string };
  readonly exchange?: { readonly appSecret: string };
}

/** Clients the caller built, used instead of building them from the config. */
export interface SyncClients {
  readonly credit?: CreditPlatformClient;
  readonly exchange?: ExchangeClient;
}

/** What `runSync` works with: the state store, secrets, and every side effect, injectable. */
export interface SyncDeps {
  readonly store: StateStore;
  /** The platforms' secrets (the CLI reads them from environment variables). */
  readonly secrets?: SyncSecrets;
  /** Clients to use instead of building them from `config.platforms`; the caller closes them. */
  readonly clients?: SyncClients;
  /**
   * Builds a configured sink instead of the built-in one (a custom target, a test double); return
   * `undefined` to keep the built-in sink.
   */
  readonly sinks?: (request: SinkRequest) => Sink | undefined;
  /** The rows of `custom` sources, by name. */
  readonly sources?: Readonly<Record<string, CustomSource>>;
  /** Epoch milliseconds; default `Date.now`. */
  readonly clock?: () => number;
  /** Waits between a failed batch's attempts; default a timer the signal cancels. */
  readonly sleep?: Sleep;
  /** Default a timestamp and a random suffix. */
  readonly runId?: string;
  /** Stops the run: reading ends, deliveries under way are cancelled, what was settled is committed. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
  readonly onBatch?: (event: SyncBatchEvent) => void;
}
