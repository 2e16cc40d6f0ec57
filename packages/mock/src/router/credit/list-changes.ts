import { renameWireFields } from '@credit-bridge/core';
import type { FeedPage } from '../../state/credit/change-feed.js';
import { type Answer, successAnswer } from '../answer.js';
import type { OperationContext } from './operation-context.js';
import { paramTypeAnswer, queryParam } from './request-input.js';

const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * `blacklistChanges` and `repairChanges`: a page of the feed after `cursor` (from the start without one),
 * `limit` items at most (1 to the profile's maximum, default its default); 200 `{ items, nextCursor,
 * hasMore }` under the profile's paging names. A cursor of another feed or of no feed is `E_PARAM_TYPE`.
 */
export function listChanges(context: OperationContext, feed: 'blacklist' | 'repair'): Answer {
  const { profile, platform } = context;
  const paging = profile.paging;
  const cursor = queryParam(context, paging.cursorParam);
  const limitText = queryParam(context, paging.limitParam);
  if (cursor === null || (cursor !== undefined && !CURSOR.test(cursor))) {
    return paramTypeAnswer(context, paging.cursorParam, 'must be a cursor the feed returned');
  }
  const limit = limitText === undefined ? paging.defaultLimit : Number(limitText);
  if (
    limitText === null ||
    !/^\d{1,6}$/.test(limitText ?? '1') ||
    !(limit >= 1 && limit <= paging.maxLimit)
  ) {
    return paramTypeAnswer(context, paging.limitParam, `must be an integer from 1 to ${paging.maxLimit}`, [
      {
        code: 'E_PARAM_TYPE',
        field: paging.limitParam,
        message: `expected an integer from 1 to ${paging.maxLimit}`,
      },
    ]);
  }
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
