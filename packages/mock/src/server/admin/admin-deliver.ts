import { randomUUID } from 'node:crypto';
import { isRecordMessageType } from '@credit-bridge/core';
import type { MockRequest } from '../../router/mock-request.js';
import { headerReader } from '../../router/read-request.js';
import { shanghaiSeconds } from '../../state/credit/shanghai-seconds.js';
import type { InboxEntry } from '../../state/exchange/exchange-inbox.js';
import { syntheticMessage } from '../../state/exchange/synthetic-message.js';
import { type AdminPlatforms, adminError, readAdminBody } from './admin-io.js';

const CREDIT_CENTRE = '11420100CBG000015N';

/**
 * `POST /__admin/exchange/deliver`: drops a message into its receiver's inbox, unsigned, as if a
 * department had published it — the XML as sent (`Content-Type: application/xml`), or synthetic records
 * from `{ receiverCode, messageType?, count?, seed?, senderCode?, encoding? }` (XZCF, 1 record and the
 * credit centre as sender by default).
 */
export function adminDeliver(platforms: AdminPlatforms, request: MockRequest) {
  const { exchange } = platforms;
  const contentType = headerReader(request.headers)('content-type') ?? '';
  let entry: InboxEntry;
  if (/xml/i.test(contentType)) {
    entry = exchange.deliver(request.body);
  } else {
    const body = readAdminBody(request);
    if (body.encoding !== undefined && body.encoding !== 'UTF-8' && body.encoding !== 'GB18030') {
      throw adminError('encoding must be UTF-8 or GB18030');
    }
    entry = exchange.deliver(synthetic(platforms, body), {
      encoding: body.encoding === 'GB18030' ? 'GB18030' : 'UTF-8',
    });
  }
  return {
    messageId: entry.messageId,
    messageType: entry.messageType,
    senderCode: entry.senderCode,
    receiverCode: entry.receiverCode,
    cursor: entry.cursor,
    bytes: entry.bytes.length,
  };
}

function synthetic(platforms: AdminPlatforms, body: Record<string, unknown>) {
  const { receiverCode, messageType = 'XZCF', count = 1, seed, senderCode = CREDIT_CENTRE } = body;
  if (typeof receiverCode !== 'string') throw adminError('receiverCode is required (a department code)');
  if (!isRecordMessageType(messageType)) throw adminError('messageType must be XZCF, XZXK, SXMD or XYXF');
  if (typeof count !== 'number' || (seed !== undefined && typeof seed !== 'number'))
    throw adminError('count and seed must be numbers');
  if (typeof senderCode !== 'string') throw adminError('senderCode must be a department code');
  const now = platforms.exchange.clock.now();
  return syntheticMessage({
    messageType,
    messageId: randomUUID(),
    senderCode,
    receiverCode,
    sendTime: shanghaiSeconds(now),
    today: platforms.exchange.state.today(),
    count,
    ...(seed === undefined ? {} : { seed }),
  });
}
