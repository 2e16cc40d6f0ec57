import type { ExchangePlatformOperation } from '@credit-bridge/core';
import type { Handled } from '../serve-request.js';
import { acknowledgeMessage } from './acknowledge-message.js';
import type { ExchangeContext } from './exchange-context.js';
import { getCatalog } from './get-catalog.js';
import { listInbox } from './list-inbox.js';
import { publishMessage } from './publish-message.js';
import { sharedQuery } from './shared-query.js';

/** Runs one operation of the exchange platform against its state (the signature already checked). */
export function dispatchExchangeOperation(op: ExchangePlatformOperation, context: ExchangeContext): Handled {
  switch (op) {
    case 'publishMessage':
      return publishMessage(context);
    case 'listInbox':
      return { answer: listInbox(context) };
    case 'acknowledgeMessage':
      return acknowledgeMessage(context);
    case 'getCatalog':
      return { answer: getCatalog(context) };
    case 'sharedQuery':
      return { answer: sharedQuery(context) };
  }
}
