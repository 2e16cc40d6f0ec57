import { shanghaiSeconds } from '../../state/credit/shanghai-seconds.js';
import { type Answer, successAnswer } from '../answer.js';
import { paramTypeAnswer, readPaging } from '../request-input.js';
import type { ExchangeContext } from './exchange-context.js';

/**
 * `listInbox`: the caller's unacknowledged messages after `after` (from the oldest without it), `limit`
 * at most (1 to the profile's maximum, default its default); 200 `{ items, nextCursor, hasMore }`, each
 * item with the message's header fields, `deliveryCount` and its exact bytes in base64.
 */
export function listInbox(context: ExchangeContext): Answer {
  const { profile, platform, department } = context;
  const paging = profile.paging;
  const read = readPaging(context, paging, 'must be a cursor the inbox returned');
  if (!read.ok) return read.answer;
  const page = platform.state.inboxes.list(department.code, read.value.cursor, read.value.limit);
  if (page === undefined)
    return paramTypeAnswer(context, paging.cursorParam, 'is not a cursor of this inbox');
  return successAnswer(context, {
    [paging.itemsField]: page.items.map((item) => ({
      cursor: item.cursor,
      messageId: item.messageId,
      ...(item.correlationId === undefined ? {} : { correlationId: item.correlationId }),
      messageType: item.messageType,
      senderCode: item.senderCode,
      receiverCode: item.receiverCode,
      ...(item.resourceCode === undefined ? {} : { resourceCode: item.resourceCode }),
      sendTime: item.sendTime,
      receivedAt: shanghaiSeconds(item.receivedAt),
      deliveryCount: item.deliveryCount,
      contentType: item.contentType,
      payload: Buffer.from(item.bytes).toString('base64'),
    })),
    [paging.nextCursorField]: page.nextCursor,
    [paging.hasMoreField]: page.hasMore,
  });
}
