/**
 * Where the caller remembers which inbox messages it has processed, by `messageId`, so a message that
 * comes again (its acknowledgement was lost, or it was published twice) is acknowledged without being
 * handled twice. Back it with the same database the handler writes to, ideally in the same transaction.
 */
export interface ProcessedMessageStore {
  /** True when the message was processed before. */
  has(messageId: string): boolean | Promise<boolean>;
  /** Records the message as processed; called after the handler succeeded, before the acknowledgement. */
  add(messageId: string): void | Promise<void>;
}

/** An in-memory {@link ProcessedMessageStore}, for tests and short-lived processes. */
export interface MemoryProcessedStore extends ProcessedMessageStore {
  readonly size: number;
  /** The ids recorded, in the order they were added: persist them to carry the store over. */
  ids(): string[];
}

/**
 * A {@link ProcessedMessageStore} in memory, optionally seeded with ids saved from an earlier run.
 *
 * @example
 * const store = createMemoryProcessedStore();
 * await client.inbox({ handler: save, store });
 */
export function createMemoryProcessedStore(initial: Iterable<string> = []): MemoryProcessedStore {
  const seen = new Set(initial);
  return {
    get size() {
      return seen.size;
    },
    has: (messageId) => seen.has(messageId),
    add: (messageId) => {
      seen.add(messageId);
    },
    ids: () => [...seen],
  };
}
