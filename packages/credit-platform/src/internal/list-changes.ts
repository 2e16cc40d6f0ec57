import { CreditBridgeError, type CreditPlatformOperation, resolvePath } from '@credit-bridge/core';
import { z } from 'zod';
import type { ChangeFeed, ChangePage, ChangesOptions } from '../model/change-feed.js';
import { contractViolation } from './contract-violation.js';
import type { PlatformCaller } from './create-platform-caller.js';
import { cursorSchema } from './wire-values.js';

/** A feed operation and the schema of its items. */
export interface FeedSpec<T extends { cursor: string }> extends ChangesOptions {
  op: CreditPlatformOperation;
  operation: string;
  item: z.ZodType<T>;
}

function pageSchema<T>(caller: PlatformCaller, item: z.ZodType<T>): z.ZodType<ChangePage<T>> {
  const { itemsField, nextCursorField, hasMoreField, maxLimit } = caller.profile.paging;
  return z
    .object({
      [itemsField]: z.array(item).max(maxLimit),
      [nextCursorField]: cursorSchema,
      [hasMoreField]: z.boolean(),
    })
    .transform((page) => ({
      items: page[itemsField] as T[],
      nextCursor: page[nextCursorField] as string,
      hasMore: page[hasMoreField] as boolean,
    }));
}

function limitOf(caller: PlatformCaller, spec: FeedSpec<{ cursor: string }>): number {
  const limit = spec.limit ?? caller.options.pageSize;
  const max = caller.profile.paging.maxLimit;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > max) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[${spec.operation}] limit must be an integer from 1 to ${max}, got ${limit}`,
    });
  }
  return limit;
}

/**
 * A change feed under the profile's paging names (cursor and limit parameters; items, next cursor and
 * has-more fields): pages are fetched lazily, each validated, until the platform says there is no more
 * right now. A page that claims more but moves nowhere is a contract violation, not an endless loop.
 *
 * @example
 * const feed = listChanges(caller, { op: 'blacklistChanges', operation: 'blacklist.changes', item, cursor });
 * for await (const change of feed) { apply(change); save(feed.cursor); }
 */
export function listChanges<T extends { cursor: string }>(
  caller: PlatformCaller,
  spec: FeedSpec<T>,
): ChangeFeed<T> {
  const { cursorParam, limitParam } = caller.profile.paging;
  const limit = String(limitOf(caller, spec));
  const schema = pageSchema(caller, spec.item);
  let cursor = spec.cursor;

  async function* fetchPages(): AsyncGenerator<ChangePage<T>> {
    for (;;) {
      const from = cursor;
      const answer = await caller.call({
        op: spec.op,
        operation: spec.operation,
        query: from === undefined ? { [limitParam]: limit } : { [cursorParam]: from, [limitParam]: limit },
        signal: spec.signal,
        data: schema,
      });
      const page = answer.data;
      caller.emit({
        type: 'page',
        operation: spec.operation,
        items: page.items.length,
        hasMore: page.hasMore,
        nextCursor: page.nextCursor,
      });
      if (page.hasMore && page.items.length === 0 && page.nextCursor === from) {
        throw contractViolation(
          {
            method: 'GET',
            path: resolvePath(caller.profile, spec.op),
            operation: spec.operation,
            requestId: answer.requestId,
            attempts: answer.attempts,
          },
          { [caller.profile.envelope.fields.data]: page },
          {
            path: [caller.profile.envelope.fields.data, caller.profile.paging.nextCursorField],
            message: 'a cursor that moves when more items are announced',
          },
        );
      }
      yield page;
      if (!page.hasMore) return;
    }
  }

  return {
    get cursor() {
      return cursor;
    },
    async *pages() {
      for await (const page of fetchPages()) {
        cursor = page.nextCursor;
        yield page;
      }
    },
    async *[Symbol.asyncIterator]() {
      for await (const page of fetchPages()) {
        for (const item of page.items) {
          cursor = item.cursor;
          yield item;
        }
        cursor = page.nextCursor;
      }
    },
  };
}
