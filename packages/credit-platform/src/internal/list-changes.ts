import { type CreditPlatformOperation, resolvePath } from '@credit-bridge/core';
import { checkPageLimit, cursorPages } from '@credit-bridge/http';
import { z } from 'zod';
import type { ChangeFeed, ChangePage, ChangesOptions } from '../model/change-feed.js';
import type { PlatformCaller } from './create-platform-caller.js';
import { cursorSchema } from './wire-values.js';

/** A feed operation and the schema of its items. */
export interface FeedSpec<T extends { cursor: string }> extends ChangesOptions {
  op: CreditPlatformOperation;
  operation: string;
  item: z.ZodType<T>;
}

/** A page under the profile's paging names; `cursorPages` reads it under the contract's. */
function pageSchema<T>(caller: PlatformCaller, item: z.ZodType<T>): z.ZodType<Record<string, unknown>> {
  const { itemsField, nextCursorField, hasMoreField, maxLimit } = caller.profile.paging;
  return z.object({
    [itemsField]: z.array(item).max(maxLimit),
    [nextCursorField]: cursorSchema,
    [hasMoreField]: z.boolean(),
  });
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
  const { profile } = caller;
  const limit = checkPageLimit(
    spec.operation,
    spec.limit ?? caller.options.pageSize,
    profile.paging.maxLimit,
  );
  const schema = pageSchema(caller, spec.item);
  let cursor = spec.cursor;

  function fetchPages(): AsyncGenerator<ChangePage<T>> {
    return cursorPages<T>({
      paging: profile.paging,
      from: cursor,
      limit,
      dataField: profile.envelope.fields.data,
      noun: 'items',
      fetch: async (query) => {
        const answer = await caller.call({
          op: spec.op,
          operation: spec.operation,
          query,
          signal: spec.signal,
          data: schema,
        });
        const context = {
          method: 'GET',
          path: resolvePath(profile, spec.op),
          operation: spec.operation,
          requestId: answer.requestId,
          attempts: answer.attempts,
        };
        return { data: answer.data, context };
      },
      onPage: (page) =>
        caller.emit({
          type: 'page',
          operation: spec.operation,
          items: page.items.length,
          hasMore: page.hasMore,
          nextCursor: page.nextCursor,
        }),
    });
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
