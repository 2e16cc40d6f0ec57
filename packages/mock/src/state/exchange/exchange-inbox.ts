/** A message waiting in a department's inbox, as the platform keeps it. */
export interface InboxMessage {
  readonly messageId: string;
  readonly correlationId?: string;
  readonly messageType: string;
  readonly senderCode: string;
  readonly receiverCode: string;
  readonly resourceCode?: string;
  readonly sendTime: string;
  /** When the platform accepted the message, epoch milliseconds. */
  readonly receivedAt: number;
  /** `application/xml; charset=…` with the message's own encoding. */
  readonly contentType: string;
  /** The message bytes exactly as published. */
  readonly bytes: Uint8Array;
}

/** An inbox entry as listed: the message, its position and how often it has been listed. */
export type InboxEntry = InboxMessage & {
  /** The position just after this entry, for `after`. */
  readonly cursor: string;
  readonly deliveryCount: number;
  /** Epoch milliseconds of the first acknowledgement. */
  readonly acknowledgedAt?: number;
};

/** A page of an inbox. */
export interface InboxPage {
  readonly items: readonly InboxEntry[];
  readonly nextCursor: string;
  readonly hasMore: boolean;
}

/** Every department's inbox. */
export interface ExchangeInboxes {
  /**
   * Appends a message to its receiver's inbox and returns the entry. An inbox holds a `messageId` once: a
   * second delivery of the same id to the same receiver (the admin hook twice, two departments routing
   * the same message) is a no-op that returns the entry already held, acknowledged or not, first bytes
   * kept.
   */
  deliver(message: InboxMessage): InboxEntry;
  /**
   * The receiver's unacknowledged messages after `cursor` (from the oldest without one), at most `limit`,
   * each counted as delivered once more. `undefined` when the cursor is not one of this inbox's form.
   */
  list(receiverCode: string, cursor: string | undefined, limit: number): InboxPage | undefined;
  /** Acknowledges a message of the receiver's inbox (again: the first time stays); `undefined` when absent. */
  acknowledge(receiverCode: string, messageId: string, now: number): InboxEntry | undefined;
  /** Every entry of a receiver's inbox, acknowledged ones included, oldest first. */
  entries(receiverCode: string): readonly InboxEntry[];
  /** Per receiver: messages held and messages still unacknowledged. */
  summary(): Record<string, { readonly messages: number; readonly unacknowledged: number }>;
  clear(): void;
}

/** One receiver's inbox: entries in arrival order, and where each `messageId` stands among them. */
interface Inbox {
  readonly entries: InboxEntry[];
  readonly positions: Map<string, number>;
}

const CURSOR = /^i1-(\d{16})$/;
const cursorOf = (sequence: number): string => `i1-${String(sequence).padStart(16, '0')}`;

/**
 * Creates the inboxes: one per receiver, entries in arrival order, each redelivered on every listing that
 * reaches it until it is acknowledged (exchange-envelope.md, "Inbox semantics"). Cursors read
 * `i1-<16-digit position>` as in the contract's examples; clients treat them as opaque. A message is
 * addressed by its `messageId` (`POST inbox/{messageId}/ack`), so an inbox holds each id once.
 *
 * @example
 * const inboxes = createExchangeInboxes();
 * inboxes.deliver(message);
 * inboxes.list(message.receiverCode, undefined, 20)?.items[0]?.deliveryCount; // 1
 */
export function createExchangeInboxes(): ExchangeInboxes {
  let inboxes = new Map<string, Inbox>();
  const inboxOf = (receiverCode: string): Inbox => {
    let inbox = inboxes.get(receiverCode);
    if (inbox === undefined) {
      inbox = { entries: [], positions: new Map() };
      inboxes.set(receiverCode, inbox);
    }
    return inbox;
  };
  return {
    deliver(message) {
      const { entries, positions } = inboxOf(message.receiverCode);
      const held = positions.get(message.messageId);
      const existing = held === undefined ? undefined : entries[held];
      if (existing !== undefined) return existing;
      const entry: InboxEntry = { ...message, cursor: cursorOf(entries.length + 1), deliveryCount: 0 };
      positions.set(message.messageId, entries.length);
      entries.push(entry);
      return entry;
    },
    list(receiverCode, cursor, limit) {
      let from = 0;
      if (cursor !== undefined) {
        const match = CURSOR.exec(cursor);
        if (match === null) return undefined;
        from = Number(match[1]);
      }
      const { entries } = inboxOf(receiverCode);
      const waiting = entries
        .map((entry, index) => ({ entry, index }))
        .filter(({ entry, index }) => index >= from && entry.acknowledgedAt === undefined);
      const page = waiting.slice(0, limit).map(({ entry, index }) => {
        const delivered = { ...entry, deliveryCount: entry.deliveryCount + 1 };
        entries[index] = delivered;
        return delivered;
      });
      return {
        items: page,
        nextCursor: page.at(-1)?.cursor ?? cursor ?? cursorOf(0),
        hasMore: waiting.length > page.length,
      };
    },
    acknowledge(receiverCode, messageId, now) {
      const { entries, positions } = inboxOf(receiverCode);
      const index = positions.get(messageId);
      const entry = index === undefined ? undefined : entries[index];
      if (index === undefined || entry === undefined) return undefined;
      if (entry.acknowledgedAt !== undefined) return entry;
      const acknowledged = { ...entry, acknowledgedAt: now };
      entries[index] = acknowledged;
      return acknowledged;
    },
    entries: (receiverCode) => [...(inboxes.get(receiverCode)?.entries ?? [])],
    summary: () =>
      Object.fromEntries(
        [...inboxes].map(([code, { entries }]) => [
          code,
          {
            messages: entries.length,
            unacknowledged: entries.filter((entry) => entry.acknowledgedAt === undefined).length,
          },
        ]),
      ),
    clear() {
      inboxes = new Map();
    },
  };
}
