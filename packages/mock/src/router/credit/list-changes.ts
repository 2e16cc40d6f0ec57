import { renameWireFields } from '@credit-bridge/core';
import type { FeedPage } from '../../state/credit/change-feed.js';
import { type Answer, successAnswer } from '../answer.js';
import { paramTypeAnswer, readPaging } from '../request-input.js';
import type { OperationContext } from './operation-context.js';

/**
 * `blacklistChanges` and `repairChanges`: a page of the feed after `cursor` (from the start without one),
 * `limit` items at most (1 to the profile's maximum, default its default); 200 `{ items, nextCursor,
 * hasMore }` under the profile's paging names. A cursor of another feed or of no feed is `E_PARAM_TYPE`.
 */
export function listChanges(context: OperationContext, feed: 'blacklist' | 'repair'): Answer {
  const { profile, platform } = context;
  const paging = profile.paging;
  const read = readPaging(context, paging, 'must be a cursor the feed returned');
  if (!read.ok) return read.answer;
  const { cursor, limit } = read.value;
  const page: FeedPage<{ record: Record<string, string> }> | undefined =
    feed === 'blacklist'
      ? platform.state.blacklistChanges(cursor, limit)
      : platform.state.repairChanges(cursor, limit);
  if (page === undefined) return paramTypeAnswer(context, paging.cursorParam, 'is not a cursor of this feed');
  return successAnswer(context, {
    [paging.itemsField]: page.items.map((item) => ({
      ...item,
      record: renameWireFields(profile, item.record, 'toPlatform'),
    })),
    [paging.nextCursorField]: page.nextCursor,
    [paging.hasMoreField]: page.hasMore,
  });
}
